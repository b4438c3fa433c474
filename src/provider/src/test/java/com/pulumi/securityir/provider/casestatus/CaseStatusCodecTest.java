package com.pulumi.securityir.provider.casestatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.server.StructCodec;
import com.pulumi.securityir.provider.testing.Values;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStatusCodecTest {

  private static final CaseStatusCodec CODEC = new CaseStatusCodec();

  private static Value s(String text) {
    return Values.string(text);
  }

  private static PropertyMap decode(Map<String, Value> fields) {
    return StructCodec.decode(Struct.newBuilder().putAllFields(fields).build());
  }

  private static CaseStatusInputs known(PropertyMap news) {
    Inputs<CaseStatusInputs> decoded = CODEC.decodeInputs(news);
    return decoded.known().orElseThrow(() -> new AssertionError("not known: " + decoded));
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(Map.of("status", s("Closed")), "caseId", "required"),
        Arguments.of(
            Map.of("caseId", s("12ab"), "status", s("Closed")), "caseId", "10 to 32 digits"),
        Arguments.of(
            Map.of(
                "caseId",
                Value.newBuilder().setNumberValue(8403556009d).build(),
                "status",
                s("Closed")),
            "caseId",
            "quote"),
        Arguments.of(Map.of("caseId", s("8403556009")), "status", "required"),
        Arguments.of(
            Map.of("caseId", s("8403556009"), "status", s("Contaiment")), "status", "did you mean"),
        Arguments.of(
            Map.of("caseId", s("8403556009"), "status", s("Acknowledged")),
            "status",
            "set only by"),
        Arguments.of(
            Map.of("caseId", s("8403556009"), "status", s("Ready to Close")),
            "status",
            "set only by"),
        Arguments.of(
            Map.of("caseId", s("8403556009"), "status", s("Closed"), "closeOnDelete", s("yes")),
            "closeOnDelete",
            "true or false"),
        Arguments.of(
            Map.of(
                "caseId",
                s("8403556009"),
                "status",
                s("Closed"),
                "closedOnDelete",
                Values.bool(true)),
            "closedOnDelete",
            "did you mean 'closeOnDelete'"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void reportsEachBadInputOnItsProperty(Map<String, Value> fields, String property, String hint) {
    List<PropertyProblem> problems = CODEC.validate(decode(fields));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(property, problems.get(0).property());
    assertTrue(problems.get(0).reason().contains(hint), problems.get(0).reason());
  }

  @Test
  void acceptsOxfordCommaSpellingAndDefaultsCloseOnDeleteToFalse() {
    PropertyMap news =
        decode(
            Map.of(
                "caseId",
                s(" 8403556009 "),
                "status",
                s("containment, eradication, and recovery")));
    assertEquals(List.of(), CODEC.validate(news));
    CaseStatusInputs inputs = known(news);
    assertEquals(LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY, inputs.status());
    assertEquals("8403556009", inputs.caseId().value());
    assertFalse(inputs.closeOnDelete());
  }

  @Test
  void unknownValuesAreNotProblemsAndLeaveInputsPartlyUnknown() {
    PropertyMap news = decode(Map.of("caseId", s(Values.UNKNOWN), "status", s("Closed")));
    assertEquals(List.of(), CODEC.validate(news));
    assertInstanceOf(Inputs.Incomplete.class, CODEC.decodeInputs(news));
  }

  @Test
  void secretInvalidValuesAreNeverQuoted() {
    String canary = "99-secret-canary";
    PropertyMap news =
        decode(Map.of("caseId", Values.secret(s(canary)), "status", Values.secret(s(canary))));
    List<PropertyProblem> problems = CODEC.validate(news);
    assertEquals(2, problems.size());
    problems.forEach(p -> assertFalse(p.reason().contains(canary), p.reason()));
  }

  @Test
  void secretEnvelopeIsUnwrappedAndRemembered() {
    PropertyMap news =
        decode(Map.of("caseId", Values.secret(s("8403556009")), "status", s("Closed")));
    CaseStatusInputs inputs = known(news);
    assertTrue(inputs.secretCaseId());
    assertFalse(inputs.secretStatus());
    assertEquals("case [secret id]", inputs.caseLabel());
  }

  @Test
  void checkedInputsUseTheCanonicalSpellingsAndKeepSecretsAndOtherKeys() {
    PropertyMap news =
        decode(
            Map.of(
                "caseId",
                Values.secret(s(" 8403556009 ")),
                "status",
                s("post-INCIDENT   activities"),
                "__defaults",
                Values.list()));
    PropertyMap recorded = StructCodec.decode(StructCodec.encode(CODEC.canonicalInputs(news)));
    assertEquals(new PropertyValue.Text("8403556009", true), recorded.get("caseId").orElseThrow());
    assertEquals(
        PropertyValue.text("Post-incident Activities"), recorded.get("status").orElseThrow());
    assertEquals(news.get("__defaults"), recorded.get("__defaults"));
    assertFalse(recorded.names().contains("closeOnDelete"), "an unset input stays unset");
  }

  @Test
  void aRecordedStateThisCodecDidNotWriteIsNotRead() {
    assertEquals(Optional.empty(), CODEC.decodeOutputs(decode(Map.of("caseId", s("8403556009")))));
    assertEquals(
        Optional.empty(),
        CODEC.decodeOutputs(
            decode(
                Map.of(
                    "caseId", s("8403556009"),
                    "status", s("Closed"),
                    "resolverType", s("Robot")))));
  }
}
