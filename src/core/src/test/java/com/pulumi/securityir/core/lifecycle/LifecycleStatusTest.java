package com.pulumi.securityir.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LifecycleStatusTest {

  /** The CaseStatus enum of the API model, in the model's order, typed from the documentation. */
  private static final List<String> WIRE_NAMES =
      List.of(
          "Submitted",
          "Acknowledged",
          "Detection and Analysis",
          "Containment, Eradication and Recovery",
          "Post-incident Activities",
          "Ready to Close",
          "Closed");

  @Test
  void hasExactlyTheSevenApiStatusesWithTheirWireSpellings() {
    assertEquals(
        WIRE_NAMES,
        Arrays.stream(LifecycleStatus.values()).map(LifecycleStatus::wireName).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SUBMITTED|Submitted",
        "ACKNOWLEDGED|Acknowledged",
        "DETECTION_AND_ANALYSIS|Detection and Analysis",
        "CONTAINMENT_ERADICATION_AND_RECOVERY|Containment, Eradication and Recovery",
        "POST_INCIDENT_ACTIVITIES|Post-incident Activities",
        "READY_TO_CLOSE|Ready to Close",
        "CLOSED|Closed"
      })
  void eachStatusCarriesItsWireSpellingAndPrintsIt(LifecycleStatus status, String wire) {
    assertEquals(wire, status.wireName());
    assertEquals(wire, status.toString());
    assertEquals(Optional.of(status), LifecycleStatus.fromWireName(wire));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "submitted",
        " Closed",
        "Containment, Eradication, and Recovery",
        "Detection and analysis",
        ""
      })
  void fromWireNameAcceptsOnlyTheExactSpelling(String almost) {
    assertEquals(Optional.empty(), LifecycleStatus.fromWireName(almost));
  }

  @Test
  void fromWireNameOfNullIsEmpty() {
    assertEquals(Optional.empty(), LifecycleStatus.fromWireName(null));
  }

  @ParameterizedTest
  @EnumSource(LifecycleStatus.class)
  void onlyClosedIsTerminal(LifecycleStatus status) {
    assertEquals(status == LifecycleStatus.CLOSED, status.isTerminal());
  }

  @ParameterizedTest
  @EnumSource(LifecycleStatus.class)
  void onlyAcknowledgedAndReadyToCloseAreSetOnlyByTheService(LifecycleStatus status) {
    assertEquals(
        status == LifecycleStatus.ACKNOWLEDGED || status == LifecycleStatus.READY_TO_CLOSE,
        status.isSetOnlyByService());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "Submitted|SUBMITTED",
        "submitted|SUBMITTED",
        "SUBMITTED|SUBMITTED",
        "  Submitted  |SUBMITTED",
        "Acknowledged|ACKNOWLEDGED",
        "aCkNoWlEdGeD|ACKNOWLEDGED",
        "Detection and Analysis|DETECTION_AND_ANALYSIS",
        "detection and analysis|DETECTION_AND_ANALYSIS",
        "Detection   and    Analysis|DETECTION_AND_ANALYSIS",
        "\\tDetection\\tand Analysis\\t|DETECTION_AND_ANALYSIS",
        "Containment, Eradication and Recovery|CONTAINMENT_ERADICATION_AND_RECOVERY",
        "Containment, Eradication, and Recovery|CONTAINMENT_ERADICATION_AND_RECOVERY",
        "containment, eradication, and recovery|CONTAINMENT_ERADICATION_AND_RECOVERY",
        "CONTAINMENT,  ERADICATION AND RECOVERY|CONTAINMENT_ERADICATION_AND_RECOVERY",
        "Containment,   Eradication,   and   Recovery|CONTAINMENT_ERADICATION_AND_RECOVERY",
        "Post-incident Activities|POST_INCIDENT_ACTIVITIES",
        "post-incident activities|POST_INCIDENT_ACTIVITIES",
        "POST-INCIDENT ACTIVITIES|POST_INCIDENT_ACTIVITIES",
        "Ready to Close|READY_TO_CLOSE",
        "ready  to  close|READY_TO_CLOSE",
        "Closed|CLOSED",
        "closed|CLOSED",
        "\\tCLOSED\\n|CLOSED"
      })
  void parsesWhatAPersonWritesToTheCanonicalStatus(String text, LifecycleStatus expected) {
    Parsed<LifecycleStatus> parsed = LifecycleStatus.parse(unescape(text));
    if (!(parsed instanceof Parsed.Success<LifecycleStatus> success)) {
      throw new AssertionError("expected success for '" + text + "' but got " + parsed);
    }
    assertEquals(expected, success.value());
    assertEquals(expected.wireName(), success.value().wireName());
  }

  @ParameterizedTest
  @EnumSource(LifecycleStatus.class)
  void parsingTheWireSpellingRoundTrips(LifecycleStatus status) {
    assertEquals(status, LifecycleStatus.parse(status.wireName()).orElseThrow());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" suggests {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Containment|Containment, Eradication and Recovery",
        "containment and recovery|Containment, Eradication and Recovery",
        "closd|Closed",
        "Close|Closed",
        "detection & analysis|Detection and Analysis",
        "Detection|Detection and Analysis",
        "Detection and Analyses|Detection and Analysis",
        "Post incident activities|Post-incident Activities",
        "Post-incident|Post-incident Activities",
        "Submited|Submitted",
        "Acknowleged|Acknowledged",
        "Ready|Ready to Close",
        "Ready to Clsoe|Ready to Close"
      })
  void unknownStatusQuotesInputListsValidValuesAndSuggestsTheClosest(
      String text, String suggestion) {
    String reason = failureReason(LifecycleStatus.parse(text));
    assertTrue(reason.contains("'" + text + "'"), () -> "quotes the input: " + reason);
    assertTrue(reason.contains("did you mean '" + suggestion + "'"), () -> "suggests: " + reason);
    assertListsEveryValidValue(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"banana", "xyzzy", "12345", "Open", "In progress", "?!"})
  void garbageGetsNoSuggestionButStillTheValidValues(String text) {
    String reason = failureReason(LifecycleStatus.parse(text));
    assertTrue(reason.contains("'" + text + "'"), () -> "quotes the input: " + reason);
    assertFalse(reason.contains("did you mean"), () -> "no suggestion: " + reason);
    assertListsEveryValidValue(reason);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void missingStatusSaysNoneWasGivenAndListsValidValues(String text) {
    String reason = failureReason(LifecycleStatus.parse(text));
    assertTrue(reason.startsWith("no status given"), () -> reason);
    assertFalse(reason.contains("did you mean"), () -> reason);
    assertListsEveryValidValue(reason);
  }

  @Test
  void unknownStatusMessageSeparatesTheInputFromTheListOfValidValues() {
    String reason = failureReason(LifecycleStatus.parse("banana"));
    assertEquals(
        "unknown status 'banana'. Valid values: " + LifecycleStatus.quotedWireNames(), reason);
  }

  @Test
  void quotedWireNamesListsAllStatusesInLifecycleOrder() {
    assertEquals(
        "'Submitted', 'Acknowledged', 'Detection and Analysis', 'Containment, Eradication and"
            + " Recovery', 'Post-incident Activities', 'Ready to Close', 'Closed'",
        LifecycleStatus.quotedWireNames());
  }

  @ParameterizedTest
  @CsvSource({"Self,SELF", "AWS,AWS"})
  void resolverTypesUseTheirWireSpellings(String wire, ResolverType expected) {
    assertEquals(wire, expected.wireName());
    assertEquals(wire, expected.toString());
    assertEquals(Optional.of(expected), ResolverType.fromWireName(wire));
  }

  @Test
  void thereAreExactlyTwoResolverTypes() {
    assertEquals(List.of(ResolverType.SELF, ResolverType.AWS), List.of(ResolverType.values()));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"self", "aws", "Aws", " Self", "SELF", ""})
  void resolverTypeFromWireNameIsExact(String almost) {
    assertEquals(Optional.empty(), ResolverType.fromWireName(almost));
  }

  static String failureReason(Parsed<?> parsed) {
    return assertInstanceOf(Parsed.Failure.class, parsed).reason();
  }

  private static void assertListsEveryValidValue(String reason) {
    for (String wire : WIRE_NAMES) {
      assertTrue(reason.contains("'" + wire + "'"), () -> "lists " + wire + ": " + reason);
    }
  }

  /** CSV cannot carry tabs and newlines readably; the table writes them as \t and \n. */
  private static String unescape(String text) {
    return text.replace("\\t", "\t").replace("\\n", "\n");
  }

  @ParameterizedTest
  @EnumSource(LifecycleStatus.class)
  void declaringAcceptsExactlyTheStatusesAnApiCallCanReachOrKeep(LifecycleStatus status) {
    Parsed<LifecycleStatus> declared = LifecycleStatus.parseDeclared(status.wireName());
    if (status.isSetOnlyByService()) {
      String reason = ((Parsed.Failure<LifecycleStatus>) declared).reason();
      assertTrue(reason.contains("'" + status.wireName() + "' is set only by the service"), reason);
    } else {
      assertEquals(status, declared.orElseThrow());
    }
  }
}
