package com.pulumi.securityir.provider;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One top-level property as the engine sent it, with Pulumi's wire conventions (unknown sentinels,
 * secret envelopes) decoded. Built only by {@link #of(Value)}; protobuf stays at this edge.
 */
sealed interface PropertyValue {

  /** The engine's sentinel strings for values not known during a preview. */
  String UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  String UNKNOWN_BOOL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";

  String UNKNOWN_LIST = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";

  /** The key that marks a special object (secret, resource reference, asset...). */
  String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";

  String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

  /** A value whose content is not known yet (preview). */
  record Unknown(boolean secret) implements PropertyValue {}

  /** A string. */
  record Text(String value, boolean secret) implements PropertyValue {
    @Override
    public String toString() {
      return secret ? "Text[secret]" : "Text[" + value + "]";
    }
  }

  /** A boolean. */
  record Flag(boolean value, boolean secret) implements PropertyValue {}

  /** A number. */
  record Numeric(double value, boolean secret) implements PropertyValue {}

  /** Anything else (list, object, null, asset...), described by its kind for messages. */
  record Other(String kind, boolean secret) implements PropertyValue {}

  boolean secret();

  /** A short description of the value's type for messages, e.g. {@code a number}. */
  default String describeType() {
    if (this instanceof Other other) {
      return other.kind();
    }
    if (this instanceof Text) {
      return "a string";
    }
    if (this instanceof Flag) {
      return "a boolean";
    }
    return this instanceof Numeric ? "a number" : "an unknown value";
  }

  static Map<String, PropertyValue> decode(Struct struct) {
    Map<String, PropertyValue> decoded = new LinkedHashMap<>();
    struct.getFieldsMap().forEach((key, value) -> decoded.put(key, of(value)));
    return decoded;
  }

  static PropertyValue of(Value value) {
    return decode(value, false);
  }

  private static PropertyValue decode(Value value, boolean secret) {
    return switch (value.getKindCase()) {
      case STRING_VALUE ->
          isUnknownSentinel(value.getStringValue())
              ? new Unknown(secret)
              : new Text(value.getStringValue(), secret);
      case BOOL_VALUE -> new Flag(value.getBoolValue(), secret);
      case NUMBER_VALUE -> new Numeric(value.getNumberValue(), secret);
      case NULL_VALUE, KIND_NOT_SET -> new Other("null", secret);
      case LIST_VALUE -> new Other("a list", secret);
      case STRUCT_VALUE -> {
        Optional<Value> inner = secretPayload(value.getStructValue());
        yield inner.isPresent() ? decode(inner.get(), true) : new Other("an object", secret);
      }
    };
  }

  private static boolean isUnknownSentinel(String text) {
    // All sentinels (string, bool, number, array, object, asset, archive) share this shape.
    return text.length() == 36
        && (text.equals(UNKNOWN_STRING)
            || text.equals(UNKNOWN_BOOL)
            || text.equals("3eeb2bf0-c639-47a8-9e75-3b44932eb421")
            || text.equals(UNKNOWN_LIST)
            || text.equals("dd056dcd-154b-4c76-9bd3-c8f88648b5ff")
            || text.equals("030794c1-ac77-496b-92df-f27374a8bd58")
            || text.equals("e48ece36-62e2-4504-bad9-02848725956a"));
  }

  private static Optional<Value> secretPayload(Struct struct) {
    Value signature = struct.getFieldsMap().get(SIGNATURE_KEY);
    if (signature != null && SECRET_SIGNATURE.equals(signature.getStringValue())) {
      return Optional.of(struct.getFieldsMap().getOrDefault("value", Value.getDefaultInstance()));
    }
    return Optional.empty();
  }

  /** Wraps a value in Pulumi's secret envelope. */
  static Value secretValue(Value plain) {
    return Value.newBuilder()
        .setStructValue(
            Struct.newBuilder()
                .putFields(
                    SIGNATURE_KEY, Value.newBuilder().setStringValue(SECRET_SIGNATURE).build())
                .putFields("value", plain))
        .build();
  }

  static Value string(String text) {
    return Value.newBuilder().setStringValue(text).build();
  }

  static Value bool(boolean flag) {
    return Value.newBuilder().setBoolValue(flag).build();
  }

  static Value unknownString() {
    return string(UNKNOWN_STRING);
  }

  static Value unknownBool() {
    return string(UNKNOWN_BOOL);
  }

  static Value unknownList() {
    return string(UNKNOWN_LIST);
  }
}
