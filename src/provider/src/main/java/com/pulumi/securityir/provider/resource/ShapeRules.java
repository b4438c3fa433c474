package com.pulumi.securityir.provider.resource;

import com.pulumi.securityir.core.resource.PropertyDescriptor;
import com.pulumi.securityir.core.resource.TextRules;
import com.pulumi.securityir.core.resource.ValueShape;
import com.pulumi.securityir.core.text.OneLine;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a value's {@link ValueShape} inside its schema type: string lengths, patterns, enums
 * and timestamps, list and map bounds, object fields. Each problem names the path to the value
 * (e.g. {@code watchers[2].email}) and never quotes a secret value. Stateless.
 */
public final class ShapeRules {

  private ShapeRules() {}

  /**
   * Every problem of {@code value} (already of the shape's type) at {@code path}; unknown values
   * are not problems.
   *
   * @param secret whether the value is secret, so no problem quotes it
   */
  static List<String> check(String path, ValueShape shape, PropertyValue value, boolean secret) {
    List<String> problems = new ArrayList<>();
    visit(path, shape, value, secret || value.secret(), problems);
    return problems;
  }

  /** An RFC 3339 date-time ({@code 2026-05-01T09:30:00Z}, any offset) as an instant. */
  public static Optional<Instant> instant(String text) {
    try {
      return Optional.of(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static void visit(
      String path, ValueShape shape, PropertyValue value, boolean secret, List<String> problems) {
    if (value instanceof PropertyValue.Unknown) {
      return;
    }
    if (!value.hasType(shape.type())) {
      problems.add(
          path
              + " must be "
              + DescriptorRules.expected(shape.type())
              + ", got "
              + value.describeType());
      return;
    }
    boolean hidden = secret || value.secret();
    if (shape instanceof ValueShape.Scalar scalar && value instanceof PropertyValue.Text text) {
      text(path, scalar.rules(), text.value(), hidden).ifPresent(problems::add);
    } else if (shape instanceof ValueShape.ListOf list
        && value instanceof PropertyValue.Items items) {
      int n = items.items().size();
      if (n < list.minItems() || n > list.maxItems()) {
        problems.add(
            path + " must have " + bounds(list.minItems(), list.maxItems(), "item") + ", got " + n);
      }
      for (int i = 0; i < n; i++) {
        visit(path + "[" + i + "]", list.items(), items.items().get(i), hidden, problems);
      }
    } else if (shape instanceof ValueShape.MapOf map
        && value instanceof PropertyValue.Fields fields) {
      if (fields.fields().size() > map.maxEntries()) {
        problems.add(
            path
                + " must have at most "
                + map.maxEntries()
                + " entries, got "
                + fields.fields().size());
      }
      for (Map.Entry<String, PropertyValue> entry : fields.fields().entrySet()) {
        String keyPath = path + "['" + OneLine.input(entry.getKey()) + "']";
        text(
                path + " key '" + OneLine.input(entry.getKey()) + "'",
                map.keys(),
                entry.getKey(),
                false)
            .ifPresent(problems::add);
        visit(keyPath, map.values(), entry.getValue(), hidden, problems);
      }
    } else if (shape instanceof ValueShape.ObjectOf object
        && value instanceof PropertyValue.Fields fields) {
      List<String> names = object.fields().stream().map(PropertyDescriptor::name).toList();
      for (String key : fields.fields().keySet()) {
        if (object.field(key).isEmpty()) {
          problems.add(path + ": " + UnknownProperty.message(key, names));
        }
      }
      for (PropertyDescriptor field : object.fields()) {
        PropertyValue given = fields.fields().get(field.name());
        String fieldPath = path + "." + field.name();
        if (given == null || given instanceof PropertyValue.Null) {
          if (field.required()) {
            problems.add(fieldPath + " is required");
          }
        } else {
          visit(fieldPath, field.shape(), given, hidden || field.secret(), problems);
        }
      }
    }
  }

  private static Optional<String> text(String path, TextRules rules, String value, boolean secret) {
    int length = value.length();
    if (length < rules.minLength() || length > rules.maxLength()) {
      return Optional.of(
          path
              + " must be "
              + bounds(rules.minLength(), rules.maxLength(), "character")
              + " long, got "
              + length);
    }
    if (!rules.allowed().isEmpty() && !rules.allowed().contains(value)) {
      return Optional.of(
          path
              + (secret ? " (secret)" : " '" + OneLine.input(value) + "'")
              + " must be one of "
              + (rules.allowed().size() <= 8
                  ? String.join(", ", rules.allowed().stream().map(v -> "'" + v + "'").toList())
                  : rules.allowed().size() + " values, e.g. '" + rules.allowed().get(0) + "'"));
    }
    if (rules.pattern().isPresent()
        && !Pattern.compile(rules.pattern().get()).matcher(value).matches()) {
      return Optional.of(
          path
              + " must match the pattern "
              + rules.pattern().get()
              + (secret ? " (the value is secret)" : ""));
    }
    if (rules.timestamp() && instant(value).isEmpty()) {
      return Optional.of(
          path + " must be an RFC 3339 date-time with an offset, e.g. 2026-05-01T09:30:00Z");
    }
    return Optional.empty();
  }

  private static String bounds(int min, int max, String noun) {
    if (max == Integer.MAX_VALUE) {
      return "at least " + min + " " + noun + (min == 1 ? "" : "s");
    }
    if (min == max) {
      return "exactly " + min + " " + noun + (min == 1 ? "" : "s");
    }
    return (min == 0 ? "at most " + max : min + " to " + max) + " " + noun + "s";
  }
}
