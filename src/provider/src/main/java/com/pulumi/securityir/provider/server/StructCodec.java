package com.pulumi.securityir.provider.server;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The edge between protobuf and the provider: Pulumi's {@code Struct} encoding of properties
 * (unknown sentinels, secret envelopes) to {@link PropertyMap} and back, losslessly for everything
 * the engine sends. Nothing past this class sees protobuf values. Stateless.
 */
public final class StructCodec {

  /** The key that marks a special object (secret, resource reference, asset...). */
  public static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";

  /** The signature of a secret. */
  public static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

  private StructCodec() {}

  public static PropertyMap decode(Struct struct) {
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    struct.getFieldsMap().forEach((key, value) -> values.put(key, decode(value)));
    return new PropertyMap(values);
  }

  public static PropertyValue decode(Value value) {
    return decode(value, false);
  }

  public static Struct encode(PropertyMap properties) {
    Struct.Builder struct = Struct.newBuilder();
    properties.values().forEach((key, value) -> struct.putFields(key, encode(value)));
    return struct.build();
  }

  public static Value encode(PropertyValue value) {
    Value plain = plain(value);
    return value.secret() ? secret(plain) : plain;
  }

  private static PropertyValue decode(Value value, boolean secret) {
    return switch (value.getKindCase()) {
      case STRING_VALUE ->
          PropertyValue.SENTINELS.contains(value.getStringValue())
              ? new PropertyValue.Unknown(value.getStringValue(), secret)
              : new PropertyValue.Text(value.getStringValue(), secret);
      case BOOL_VALUE -> new PropertyValue.Flag(value.getBoolValue(), secret);
      case NUMBER_VALUE -> new PropertyValue.Numeric(value.getNumberValue(), secret);
      case NULL_VALUE, KIND_NOT_SET -> new PropertyValue.Null(secret);
      case LIST_VALUE -> {
        List<PropertyValue> items = new ArrayList<>();
        value.getListValue().getValuesList().forEach(item -> items.add(decode(item, false)));
        yield new PropertyValue.Items(items, secret);
      }
      case STRUCT_VALUE -> {
        Optional<Value> inner = secretPayload(value.getStructValue());
        if (inner.isPresent()) {
          yield decode(inner.get(), true);
        }
        yield new PropertyValue.Fields(decode(value.getStructValue()).values(), secret);
      }
    };
  }

  private static Optional<Value> secretPayload(Struct struct) {
    Value signature = struct.getFieldsMap().get(SIGNATURE_KEY);
    if (signature != null && SECRET_SIGNATURE.equals(signature.getStringValue())) {
      return Optional.of(struct.getFieldsMap().getOrDefault("value", Value.getDefaultInstance()));
    }
    return Optional.empty();
  }

  private static Value plain(PropertyValue value) {
    Value.Builder out = Value.newBuilder();
    if (value instanceof PropertyValue.Text text) {
      out.setStringValue(text.value());
    } else if (value instanceof PropertyValue.Unknown unknown) {
      out.setStringValue(unknown.sentinel());
    } else if (value instanceof PropertyValue.Flag flag) {
      out.setBoolValue(flag.value());
    } else if (value instanceof PropertyValue.Numeric number) {
      out.setNumberValue(number.value());
    } else if (value instanceof PropertyValue.Items items) {
      ListValue.Builder list = ListValue.newBuilder();
      items.items().forEach(item -> list.addValues(encode(item)));
      out.setListValue(list);
    } else if (value instanceof PropertyValue.Fields fields) {
      out.setStructValue(encode(new PropertyMap(fields.fields())));
    } else {
      out.setNullValue(NullValue.NULL_VALUE);
    }
    return out.build();
  }

  /** Wraps a value in Pulumi's secret envelope. */
  private static Value secret(Value plain) {
    return Value.newBuilder()
        .setStructValue(
            Struct.newBuilder()
                .putFields(
                    SIGNATURE_KEY, Value.newBuilder().setStringValue(SECRET_SIGNATURE).build())
                .putFields("value", plain))
        .build();
  }
}
