package com.pulumi.securityir.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a request's members against a {@link Shape.Struct} the way the service does and returns
 * every problem found (validation returns data). Messages name the member and the fix, quote enum
 * values and never quote the content of a sensitive member. Stateless and thread-safe.
 */
final class RequestValidator {

  /** Far beyond any real date (year ~5138) yet safe to convert to epoch milliseconds. */
  private static final BigDecimal MAX_EPOCH_SECONDS = BigDecimal.valueOf(100_000_000_000L);

  private RequestValidator() {}

  /** All problems of {@code input} against {@code shape}; empty when the request is valid. */
  static List<FieldProblem> validate(JsonObject input, Shape.Struct shape) {
    List<FieldProblem> problems = new ArrayList<>();
    checkStruct(input, shape, "", problems);
    return problems;
  }

  private static void checkStruct(
      JsonObject obj, Shape.Struct shape, String prefix, List<FieldProblem> out) {
    for (Map.Entry<String, Shape> m : shape.members().entrySet()) {
      JsonElement v = obj.get(m.getKey());
      if (v != null && !v.isJsonNull()) {
        check(v, m.getValue(), prefix + m.getKey(), out);
      } else if (shape.required().contains(m.getKey())) {
        out.add(
            new FieldProblem(
                prefix + m.getKey(),
                "Member is required but was not provided; add '" + m.getKey() + "'"));
      }
    }
  }

  private static void check(JsonElement v, Shape shape, String path, List<FieldProblem> out) {
    if (shape instanceof Shape.Str s) {
      if (!isString(v)) {
        out.add(new FieldProblem(path, "Expected a JSON string"));
        return;
      }
      String text = v.getAsString();
      int len = text.codePointCount(0, text.length());
      if (len < s.min() || len > s.max()) {
        out.add(
            new FieldProblem(
                path,
                "Length must be between "
                    + s.min()
                    + " and "
                    + s.max()
                    + " characters but was "
                    + len));
      } else if (s.pattern() != null && !s.pattern().matcher(text).find()) {
        out.add(
            new FieldProblem(
                path,
                s.sensitive()
                    ? "Value does not match the required pattern " + s.pattern().pattern()
                    : "Value '"
                        + text
                        + "' does not match the required pattern "
                        + s.pattern().pattern()));
      }
    } else if (shape instanceof Shape.Enum e) {
      if (!isString(v)) {
        out.add(new FieldProblem(path, "Expected a JSON string, one of " + e.values()));
      } else if (!e.values().contains(v.getAsString())) {
        out.add(
            new FieldProblem(path, "Value '" + v.getAsString() + "' is not one of " + e.values()));
      }
    } else if (shape instanceof Shape.Int i) {
      BigDecimal n = number(v);
      if (n == null || n.stripTrailingZeros().scale() > 0) {
        out.add(
            new FieldProblem(
                path, "Expected a whole JSON number between " + i.min() + " and " + i.max()));
      } else if (n.compareTo(BigDecimal.valueOf(i.min())) < 0
          || n.compareTo(BigDecimal.valueOf(i.max())) > 0) {
        out.add(
            new FieldProblem(
                path,
                "Value " + n.toPlainString() + " must be between " + i.min() + " and " + i.max()));
      }
    } else if (shape instanceof Shape.Bool) {
      if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
        out.add(new FieldProblem(path, "Expected a JSON boolean, true or false"));
      }
    } else if (shape instanceof Shape.Timestamp) {
      BigDecimal n = number(v);
      if (n == null) {
        out.add(new FieldProblem(path, "Expected a timestamp as a JSON number of epoch seconds"));
      } else if (n.abs().compareTo(MAX_EPOCH_SECONDS) > 0) {
        out.add(
            new FieldProblem(
                path,
                "Timestamp "
                    + n.toPlainString()
                    + " is out of range; send epoch seconds, e.g. 1700000000"));
      }
    } else if (shape instanceof Shape.ListOf l) {
      if (!v.isJsonArray()) {
        out.add(new FieldProblem(path, "Expected a JSON array"));
        return;
      }
      int size = v.getAsJsonArray().size();
      if (size < l.min() || size > l.max()) {
        out.add(
            new FieldProblem(
                path,
                "Must have between " + l.min() + " and " + l.max() + " items but had " + size));
      }
      for (int k = 0; k < size; k++) {
        JsonElement item = v.getAsJsonArray().get(k);
        if (item.isJsonNull()) {
          out.add(new FieldProblem(path + "[" + k + "]", "List items must not be null"));
        } else {
          check(item, l.member(), path + "[" + k + "]", out);
        }
      }
    } else if (shape instanceof Shape.MapOf m) {
      if (!v.isJsonObject()) {
        out.add(new FieldProblem(path, "Expected a JSON object"));
        return;
      }
      JsonObject o = v.getAsJsonObject();
      if (o.size() < m.min() || o.size() > m.max()) {
        out.add(
            new FieldProblem(
                path,
                "Must have between "
                    + m.min()
                    + " and "
                    + m.max()
                    + " entries but had "
                    + o.size()));
      }
      for (Map.Entry<String, JsonElement> e : o.entrySet()) {
        check(new JsonPrimitive(e.getKey()), m.key(), path + " key", out);
        if (e.getValue().isJsonNull()) {
          out.add(new FieldProblem(path + "." + e.getKey(), "Map values must not be null"));
        } else {
          check(e.getValue(), m.value(), path + "." + e.getKey(), out);
        }
      }
    } else if (shape instanceof Shape.Struct s) {
      if (!v.isJsonObject()) {
        out.add(new FieldProblem(path, "Expected a JSON object"));
        return;
      }
      checkStruct(v.getAsJsonObject(), s, path + ".", out);
    }
  }

  private static boolean isString(JsonElement v) {
    return v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
  }

  private static BigDecimal number(JsonElement v) {
    if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    try {
      return new BigDecimal(v.getAsString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
