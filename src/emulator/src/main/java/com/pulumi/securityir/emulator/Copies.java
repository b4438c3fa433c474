package com.pulumi.securityir.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmodifiable copies for the components of the emulator's records. Maps keep their insertion
 * order, because tags and structure members are answered in the order they were given; {@code null}
 * becomes empty, so records never hold a null collection (the state file may omit one).
 */
final class Copies {

  private Copies() {}

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static Map<String, String> map(Map<String, String> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A list of structures whose members are all strings, such as watchers or regions. */
  static List<Map<String, String>> entries(List<Map<String, String>> values) {
    return values == null ? List.of() : values.stream().map(Copies::map).toList();
  }

  static <T> List<T> append(List<T> values, T value) {
    List<T> out = new ArrayList<>(values);
    out.add(value);
    return List.copyOf(out);
  }
}
