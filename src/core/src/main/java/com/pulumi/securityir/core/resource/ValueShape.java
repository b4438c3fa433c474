package com.pulumi.securityir.core.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a property's values look like inside their schema type: the rules of a string, the items of
 * a list and how many there may be, the values of a string map, the fields of an object type. The
 * one description validation, the schema agreement test and Diff read. Immutable.
 */
public sealed interface ValueShape {

  /** The schema type of values of this shape. */
  PropertyType type();

  /** A string, boolean or number; {@code rules} apply to strings only. */
  record Scalar(PropertyType type, TextRules rules) implements ValueShape {
    public Scalar {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(rules, "rules");
      if (type == PropertyType.ARRAY || type == PropertyType.OBJECT) {
        throw new IllegalArgumentException("a scalar cannot be of type " + type);
      }
    }
  }

  /** A list of {@code minItems} to {@code maxItems} items of one shape. */
  record ListOf(ValueShape items, int minItems, int maxItems) implements ValueShape {
    public ListOf {
      Objects.requireNonNull(items, "items");
    }

    @Override
    public PropertyType type() {
      return PropertyType.ARRAY;
    }
  }

  /** A map from keys following {@code keys} to values of one shape, at most {@code maxEntries}. */
  record MapOf(TextRules keys, ValueShape values, int maxEntries) implements ValueShape {
    public MapOf {
      Objects.requireNonNull(keys, "keys");
      Objects.requireNonNull(values, "values");
    }

    @Override
    public PropertyType type() {
      return PropertyType.OBJECT;
    }
  }

  /** An object of the package's type {@code token} (e.g. {@code securityir:index:Watcher}). */
  record ObjectOf(String token, List<PropertyDescriptor> fields) implements ValueShape {
    public ObjectOf {
      Objects.requireNonNull(token, "token");
      fields = List.copyOf(fields);
    }

    @Override
    public PropertyType type() {
      return PropertyType.OBJECT;
    }

    /** The field of that name, if there is one. */
    public Optional<PropertyDescriptor> field(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
  }

  /** A value of {@code type} with no rule beyond it. */
  static ValueShape any(PropertyType type) {
    return type == PropertyType.ARRAY || type == PropertyType.OBJECT
        ? new Opaque(type)
        : new Scalar(type, TextRules.ANY);
  }

  /** A string following {@code rules}. */
  static Scalar text(TextRules rules) {
    return new Scalar(PropertyType.STRING, rules);
  }

  /** A list or object whose contents are not described (none is an input). */
  record Opaque(PropertyType type) implements ValueShape {
    public Opaque {
      Objects.requireNonNull(type, "type");
    }
  }
}
