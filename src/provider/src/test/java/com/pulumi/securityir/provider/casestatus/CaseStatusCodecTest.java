package com.pulumi.securityir.provider.casestatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
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

  /** The outputs of {@code inputs} for a closed self-managed case, no step applied. */
  private static PropertyMap outputsOf(CaseStatusInputs inputs) {
    return CODEC.encodeOutputs(
        CaseStatusOutputs.of(
            inputs,
            new CaseSnapshot(
                inputs.caseId(), LifecycleStatus.CLOSED, ResolverType.SELF, "t", "arn"),
            Optional.of(List.of())));
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
            "did you mean 'closeOnDelete'"),
        Arguments.of(
            Map.of("caseId", s("8403556009"), "status", s("Closed"), "note", s("  \n ")),
            "note",
            "note is blank"),
        Arguments.of(
            Map.of("caseId", s("8403556009"), "status", s("Closed"), "note", s("x".repeat(4001))),
            "note",
            "note is 4001 characters long; shorten it to at most 4000"),
        Arguments.of(
            Map.of("caseId", s("8403556009"), "status", s("Closed"), "note", Values.bool(true)),
            "note",
            "note must be a string"),
        Arguments.of(
            Map.of("caseId", s("8403556009"), "status", s("Closed"), "comment", s("no")),
            "comment",
            "comment must be true or false"));
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
  void aNoteTooLongIsReportedByItsLengthNeverQuoted() {
    String canary = "note-canary-" + "y".repeat(4000);
    for (Value note : List.of(s(canary), Values.secret(s(canary)))) {
      List<PropertyProblem> problems =
          CODEC.validate(
              decode(Map.of("caseId", s("8403556009"), "status", s("Closed"), "note", note)));
      assertEquals(1, problems.size(), problems::toString);
      assertFalse(problems.get(0).reason().contains("note-canary"), problems.get(0).reason());
    }
  }

  @Test
  void noteAndCommentAreKeptAsOutputsSecretAndUnknownAsDeclared() {
    CaseStatusInputs inputs =
        known(
            decode(
                Map.of(
                    "caseId",
                    s("8403556009"),
                    "status",
                    s("Closed"),
                    "note",
                    Values.secret(s("why")),
                    "comment",
                    s(Values.UNKNOWN_BOOL))));
    PropertyMap outputs = outputsOf(inputs);
    assertEquals(new PropertyValue.Text("why", true), outputs.get("note").orElseThrow());
    assertEquals(
        new PropertyValue.Unknown(PropertyValue.UNKNOWN_BOOL, false),
        outputs.get("comment").orElseThrow());
    assertEquals(Optional.of("why"), inputs.recording().noteText());
    assertFalse(inputs.toString().contains("why"), inputs::toString);
  }

  @Test
  void anUnsetCommentIsTrueInTheOutputsAndStaysUnsetInTheInputs() {
    CaseStatusInputs inputs =
        known(decode(Map.of("caseId", s("8403556009"), "status", s("Closed"))));
    assertTrue(inputs.recording().enabled());
    assertEquals(
        List.of("caseId", "status", "closeOnDelete"),
        List.copyOf(CODEC.encodeInputs(inputs).names()));
    PropertyMap outputs = outputsOf(inputs);
    assertEquals(PropertyValue.flag(true), outputs.get("comment").orElseThrow());
    assertFalse(outputs.names().contains("note"));
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
