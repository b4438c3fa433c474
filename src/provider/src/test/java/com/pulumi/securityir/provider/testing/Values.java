package com.pulumi.securityir.provider.testing;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.server.StructCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Protobuf values as the engine writes them, built by hand from the protocol's rules (secret
 * envelope, unknown sentinels), so tests do not check the codec against itself.
 */
public final class Values {

  /** The engine's unknown-string sentinel. */
  public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  /** The engine's unknown-boolean sentinel. */
  public static final String UNKNOWN_BOOL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";

  private Values() {}

  public static Value string(String text) {
    return Value.newBuilder().setStringValue(text).build();
  }

  public static Value bool(boolean flag) {
    return Value.newBuilder().setBoolValue(flag).build();
  }

  public static Value number(double n) {
    return Value.newBuilder().setNumberValue(n).build();
  }

  public static Value list(Value... items) {
    return Value.newBuilder()
        .setListValue(ListValue.newBuilder().addAllValues(List.of(items)))
        .build();
  }

  /** A value in the engine's secret envelope. */
  public static Value secret(Value plain) {
    return Value.newBuilder()
        .setStructValue(
            Struct.newBuilder()
                .putFields(
                    "4dabf18193072939515e22adb298388d", string("1b47061264138c4ac30d75fd1eb44270"))
                .putFields("value", plain))
        .build();
  }

  public static Value secret(String text) {
    return secret(string(text));
  }

  /** A struct of strings, booleans, numbers, ready-made values, maps and lists. */
  public static Struct struct(Map<String, ?> fields) {
    Struct.Builder struct = Struct.newBuilder();
    fields.forEach((k, v) -> struct.putFields(k, value(v)));
    return struct.build();
  }

  /**
   * A struct of strings, booleans, numbers, ready-made values, and (nested) maps and lists of them.
   */
  private static Value value(Object v) {
    if (v instanceof Value value) {
      return value;
    }
    if (v instanceof Map<?, ?> map) {
      Struct.Builder struct = Struct.newBuilder();
      map.forEach((k, item) -> struct.putFields(String.valueOf(k), value(item)));
      return Value.newBuilder().setStructValue(struct).build();
    }
    if (v instanceof List<?> items) {
      return list(items.stream().map(Values::value).toArray(Value[]::new));
    }
    if (v instanceof Boolean b) {
      return bool(b);
    }
    if (v instanceof Number n) {
      return number(n.doubleValue());
    }
    return string(String.valueOf(v));
  }

  /** Whether {@code key} holds a secret envelope. */
  public static boolean isSecret(Struct struct, String key) {
    Value value = struct.getFieldsMap().get(key);
    return value != null
        && value.hasStructValue()
        && value
            .getStructValue()
            .getFieldsMap()
            .getOrDefault(StructCodec.SIGNATURE_KEY, Value.getDefaultInstance())
            .getStringValue()
            .equals(StructCodec.SECRET_SIGNATURE);
  }

  /** The string under {@code key}, unwrapped from a secret envelope if need be. */
  public static Optional<String> text(Struct struct, String key) {
    Value value = struct.getFieldsMap().get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (isSecret(struct, key)) {
      value = value.getStructValue().getFieldsMap().get("value");
    }
    return value.hasStringValue() ? Optional.of(value.getStringValue()) : Optional.empty();
  }

  /** The boolean under {@code key}, if it is one. */
  public static Optional<Boolean> bool(Struct struct, String key) {
    Value value = struct.getFieldsMap().get(key);
    return value != null && value.hasBoolValue()
        ? Optional.of(value.getBoolValue())
        : Optional.empty();
  }

  /** The decoded form of a string, for codec tests. */
  public static PropertyValue.Text text(String value) {
    return PropertyValue.text(value);
  }
}
