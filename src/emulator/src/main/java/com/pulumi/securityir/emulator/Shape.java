package com.pulumi.securityir.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subset of the service model's shape language the emulator validates against: lengths, ranges,
 * patterns (unanchored, as Smithy specifies), enums, booleans, lists, maps and structures with
 * required members.
 */
sealed interface Shape {

  /** A string with length bounds, an optional unanchored pattern, and whether it is sensitive. */
  record Str(int min, int max, Pattern pattern, boolean sensitive) implements Shape {}

  /** A string enum. */
  record Enum(List<String> values) implements Shape {}

  /** A boxed integer or long with bounds. */
  record Int(long min, long max) implements Shape {}

  /** A boxed boolean: on the wire a JSON {@code true} or {@code false}. */
  record Bool() implements Shape {}

  /** A timestamp: on the REST-JSON wire a JSON number of epoch seconds. */
  record Timestamp() implements Shape {}

  /** A list with size bounds. */
  record ListOf(Shape member, int min, int max) implements Shape {}

  /** A string-keyed map with size bounds. */
  record MapOf(Shape key, Shape value, int min, int max) implements Shape {}

  /** A structure: members in model order and the names of the required ones. */
  record Struct(Map<String, Shape> members, Set<String> required) implements Shape {}

  static Str str(int min, int max) {
    return new Str(min, max, null, false);
  }

  static Str str(int min, int max, String pattern) {
    return new Str(min, max, Pattern.compile(pattern), false);
  }

  static Str sensitive(int min, int max, String pattern) {
    return new Str(min, max, pattern == null ? null : Pattern.compile(pattern), true);
  }

  /** Builds a structure from alternating name/shape pairs. */
  static Struct struct(Set<String> required, Object... namesAndShapes) {
    Map<String, Shape> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndShapes.length; i += 2) {
      members.put((String) namesAndShapes[i], (Shape) namesAndShapes[i + 1]);
    }
    return new Struct(members, required);
  }
}
