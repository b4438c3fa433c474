package com.pulumi.securityir.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStatusInputsTest {

  private static Value s(String text) {
    return PropertyValue.string(text);
  }

  private static Map<String, PropertyValue> decode(Map<String, Value> fields) {
    return PropertyValue.decode(Struct.newBuilder().putAllFields(fields).build());
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
                PropertyValue.bool(true)),
            "closedOnDelete",
            "did you mean 'closeOnDelete'"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void reportsEachBadInputOnItsProperty(Map<String, Value> fields, String property, String hint) {
    List<PropertyProblem> problems = CaseStatusInputs.validate(decode(fields));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(property, problems.get(0).property());
    assertTrue(problems.get(0).reason().contains(hint), problems.get(0).reason());
  }

  @Test
  void acceptsOxfordCommaSpellingAndDefaultsCloseOnDeleteToFalse() {
    Map<String, PropertyValue> news =
        decode(
            Map.of(
                "caseId",
                s(" 8403556009 "),
                "status",
                s("containment, eradication, and recovery")));
    assertEquals(List.of(), CaseStatusInputs.validate(news));
    CaseStatusInputs inputs =
        assertInstanceOf(CaseStatusInputs.Declared.Known.class, CaseStatusInputs.fromChecked(news))
            .inputs();
    assertEquals(LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY, inputs.status());
    assertEquals("8403556009", inputs.caseId().value());
    assertFalse(inputs.closeOnDelete());
  }

  @Test
  void unknownValuesAreNotProblemsAndLeaveInputsPartlyUnknown() {
    Map<String, PropertyValue> news =
        decode(Map.of("caseId", s(PropertyValue.UNKNOWN_STRING), "status", s("Closed")));
    assertEquals(List.of(), CaseStatusInputs.validate(news));
    assertInstanceOf(
        CaseStatusInputs.Declared.PartlyUnknown.class, CaseStatusInputs.fromChecked(news));
  }

  @Test
  void secretInvalidValuesAreNeverQuoted() {
    String canary = "99-secret-canary";
    Map<String, PropertyValue> news =
        decode(
            Map.of(
                "caseId",
                PropertyValue.secretValue(s(canary)),
                "status",
                PropertyValue.secretValue(s(canary))));
    List<PropertyProblem> problems = CaseStatusInputs.validate(news);
    assertEquals(2, problems.size());
    problems.forEach(p -> assertFalse(p.reason().contains(canary), p.reason()));
  }

  @Test
  void secretEnvelopeIsUnwrappedAndRemembered() {
    Map<String, PropertyValue> news =
        decode(Map.of("caseId", PropertyValue.secretValue(s("8403556009")), "status", s("Closed")));
    CaseStatusInputs inputs =
        assertInstanceOf(CaseStatusInputs.Declared.Known.class, CaseStatusInputs.fromChecked(news))
            .inputs();
    assertTrue(inputs.secretCaseId());
    assertFalse(inputs.secretStatus());
    assertEquals("case [secret id]", inputs.caseLabel());
  }
}
