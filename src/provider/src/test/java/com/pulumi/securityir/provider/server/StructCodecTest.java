package com.pulumi.securityir.provider.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.testing.Values;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructCodecTest {

  @Test
  void decodesSecretsAndUnknownsByThePulumiWireConventions() {
    PropertyMap decoded =
        StructCodec.decode(
            Values.struct(
                Map.of(
                    "id", Values.secret("8403556009"),
                    "later", Values.string(Values.UNKNOWN),
                    "laterFlag", Values.string("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7"),
                    "n", Values.number(3),
                    "items", Values.list(Values.secret(Values.bool(true))))));
    assertEquals(new PropertyValue.Text("8403556009", true), decoded.get("id").orElseThrow());
    assertEquals(
        new PropertyValue.Unknown(Values.UNKNOWN, false), decoded.get("later").orElseThrow());
    assertEquals(
        new PropertyValue.Unknown("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", false),
        decoded.get("laterFlag").orElseThrow());
    assertEquals(new PropertyValue.Numeric(3, false), decoded.get("n").orElseThrow());
    assertEquals(
        new PropertyValue.Items(List.of(new PropertyValue.Flag(true, true)), false),
        decoded.get("items").orElseThrow());
  }

  @Test
  void reEncodingWhatTheEngineSentGivesTheSameBytes() {
    Struct reference =
        Struct.newBuilder()
            .putFields(StructCodec.SIGNATURE_KEY, Values.string("5cf8f73096256a8f31e491e813e4eb8e"))
            .putFields("urn", Values.string("urn:pulumi:dev::cases::x::y"))
            .build();
    Struct sent =
        Values.struct(
            Map.of(
                "caseId", Values.secret("8403556009"),
                "status", Values.string("Closed"),
                "closeOnDelete", Values.bool(false),
                "__defaults", Values.list(),
                "ref", Value.newBuilder().setStructValue(reference).build(),
                "nothing", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build(),
                "later", Values.secret(Values.string(Values.UNKNOWN)),
                "nested", Values.list(Values.number(1.5), Values.secret(Values.list()))));
    assertEquals(sent, StructCodec.encode(StructCodec.decode(sent)));
  }

  @Test
  void toStringNeverShowsASecretValue() {
    PropertyMap decoded =
        StructCodec.decode(
            Values.struct(
                Map.of(
                    "a", Values.secret("cnry-1"),
                    "b", Values.secret(Values.number(123.25)),
                    "c", Values.secret(Values.list(Values.string("cnry-2"))))));
    assertFalse(decoded.toString().contains("cnry"), decoded::toString);
    assertFalse(decoded.toString().contains("123.25"), decoded::toString);
  }
}
