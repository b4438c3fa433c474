package com.pulumi.securityir.provider.resource;

import com.pulumi.securityir.core.resource.PropertyType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One property value as the engine means it, with Pulumi's wire conventions (unknown sentinels,
 * secret envelopes) already decoded; protobuf stays in the server's codec. Every value knows
 * whether it was secret, and {@link #toString()} never shows a secret one. Immutable.
 */
public sealed interface PropertyValue {

  /** Whether the engine sent (or must receive) this value in a secret envelope. */
  boolean secret();

  /** The same value with another secrecy. */
  PropertyValue withSecret(boolean secret);

  /** A string. */
  record Text(String value, boolean secret) implements PropertyValue {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Text withSecret(boolean newSecret) {
      return new Text(value, newSecret);
    }

    @Override
    public String toString() {
      return secret ? "Text[secret]" : "Text[" + value + "]";
    }
  }

  /** A boolean. */
  record Flag(boolean value, boolean secret) implements PropertyValue {
    @Override
    public Flag withSecret(boolean newSecret) {
      return new Flag(value, newSecret);
    }

    @Override
    public String toString() {
      return secret ? "Flag[secret]" : "Flag[" + value + "]";
    }
  }

  /** A number. */
  record Numeric(double value, boolean secret) implements PropertyValue {
    @Override
    public Numeric withSecret(boolean newSecret) {
      return new Numeric(value, newSecret);
    }

    @Override
    public String toString() {
      return secret ? "Numeric[secret]" : "Numeric[" + value + "]";
    }
  }

  /** A list. */
  record Items(List<PropertyValue> items, boolean secret) implements PropertyValue {
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public Items withSecret(boolean newSecret) {
      return new Items(items, newSecret);
    }

    @Override
    public String toString() {
      return secret ? "Items[secret]" : "Items" + items;
    }
  }

  /**
   * An object, including the special objects this provider does not interpret (resource references,
   * assets), kept as sent.
   */
  record Fields(Map<String, PropertyValue> fields, boolean secret) implements PropertyValue {
    public Fields {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public Fields withSecret(boolean newSecret) {
      return new Fields(fields, newSecret);
    }

    @Override
    public String toString() {
      return secret ? "Fields[secret]" : "Fields" + fields;
    }
  }

  /** Null. */
  record Null(boolean secret) implements PropertyValue {
    @Override
    public Null withSecret(boolean newSecret) {
      return new Null(newSecret);
    }
  }

  /**
   * A value not known yet (a preview).
   *
   * @param sentinel the engine's sentinel for it, which says what type it will have
   */
  record Unknown(String sentinel, boolean secret) implements PropertyValue {
    public Unknown {
      Objects.requireNonNull(sentinel, "sentinel");
    }

    @Override
    public Unknown withSecret(boolean newSecret) {
      return new Unknown(sentinel, newSecret);
    }
  }

  /** The engine's sentinel for a string not known yet. */
  String UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  /** The engine's sentinel for a boolean not known yet. */
  String UNKNOWN_BOOL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";

  /** The engine's sentinel for a number not known yet. */
  String UNKNOWN_NUMBER = "3eeb2bf0-c639-47a8-9e75-3b44932eb421";

  /** The engine's sentinel for a list not known yet. */
  String UNKNOWN_LIST = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";

  /** The engine's sentinel for an object not known yet. */
  String UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

  /** Every sentinel, including those of assets and archives. */
  List<String> SENTINELS =
      List.of(
          UNKNOWN_STRING,
          UNKNOWN_BOOL,
          UNKNOWN_NUMBER,
          UNKNOWN_LIST,
          UNKNOWN_OBJECT,
          "030794c1-ac77-496b-92df-f27374a8bd58",
          "e48ece36-62e2-4504-bad9-02848725956a");

  /** A value of {@code type} not known yet. */
  static Unknown unknown(PropertyType type) {
    String sentinel =
        switch (type) {
          case STRING -> UNKNOWN_STRING;
          case BOOLEAN -> UNKNOWN_BOOL;
          case INTEGER, NUMBER -> UNKNOWN_NUMBER;
          case ARRAY -> UNKNOWN_LIST;
          case OBJECT -> UNKNOWN_OBJECT;
        };
    return new Unknown(sentinel, false);
  }

  /** A plain string. */
  static Text text(String value) {
    return new Text(value, false);
  }

  /** A plain boolean. */
  static Flag flag(boolean value) {
    return new Flag(value, false);
  }

  /** A short description of the value's type for messages, e.g. {@code a number}. */
  default String describeType() {
    if (this instanceof Text) {
      return "a string";
    }
    if (this instanceof Flag) {
      return "a boolean";
    }
    if (this instanceof Numeric) {
      return "a number";
    }
    if (this instanceof Items) {
      return "a list";
    }
    if (this instanceof Fields) {
      return "an object";
    }
    return this instanceof Null ? "null" : "an unknown value";
  }

  /** Whether this value has the schema type {@code type} (an integer is a whole number). */
  default boolean hasType(PropertyType type) {
    return switch (type) {
      case STRING -> this instanceof Text;
      case BOOLEAN -> this instanceof Flag;
      case NUMBER -> this instanceof Numeric;
      case INTEGER -> this instanceof Numeric n && n.value() == Math.rint(n.value());
      case ARRAY -> this instanceof Items;
      case OBJECT -> this instanceof Fields;
    };
  }
}
