package com.pulumi.securityir.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;

/**
 * Renders answer bodies by walking an output {@link Shape}: members in shape order, absent ones
 * left out, timestamps as JSON numbers of epoch seconds. Values come from a {@link Members} view of
 * the domain object (see {@link WireViews}): strings for strings and enums, numbers for integers,
 * booleans, epoch milliseconds for timestamps, lists, string-keyed maps, and {@link Members} or
 * maps for nested structures. Stateless and thread-safe.
 */
final class WireWriter {

  /** The values of a structure's members by name; {@code null} for an absent member. */
  @FunctionalInterface
  interface Members {
    Object get(String member);
  }

  private WireWriter() {}

  static JsonObject object(Shape.Struct shape, Members source) {
    JsonObject out = new JsonObject();
    for (Map.Entry<String, Shape> m : shape.members().entrySet()) {
      Object value = source.get(m.getKey());
      if (value != null) {
        out.add(m.getKey(), value(m.getValue(), value));
      }
    }
    return out;
  }

  private static JsonElement value(Shape shape, Object value) {
    if (shape instanceof Shape.Str || shape instanceof Shape.Enum) {
      return new JsonPrimitive((String) value);
    }
    if (shape instanceof Shape.Int) {
      return new JsonPrimitive((Number) value);
    }
    if (shape instanceof Shape.Bool) {
      return new JsonPrimitive((Boolean) value);
    }
    if (shape instanceof Shape.Timestamp) {
      return Wire.seconds((Long) value);
    }
    if (shape instanceof Shape.ListOf l) {
      JsonArray out = new JsonArray();
      for (Object item : (List<?>) value) {
        out.add(value(l.member(), item));
      }
      return out;
    }
    if (shape instanceof Shape.MapOf m) {
      JsonObject out = new JsonObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.add((String) e.getKey(), value(m.value(), e.getValue()));
      }
      return out;
    }
    if (shape instanceof Shape.Struct s) {
      if (value instanceof Members members) {
        return object(s, members);
      }
      Map<?, ?> map = (Map<?, ?>) value;
      return object(s, map::get);
    }
    throw new IllegalArgumentException("Cannot render shape " + shape);
  }
}
