package com.pulumi.securityir.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifecycle rules as a pure function, without HTTP or store. Every expectation is written here
 * from docs/emulator.md ("Implemented operations and lifecycle", "Control plane") and the
 * UpdateCaseStatus text of the API reference, not from the emulator's own table.
 */
class CaseRulesTest {

  private static final String DA = DocumentedLifecycle.DA;
  private static final String CER = DocumentedLifecycle.CER;

  private static final String ID = "1234567890";
  private static final String ACCOUNT = "123456789012";
  private static final Stamp SEEDED = new Stamp(1_700_000_000_000L, "AWS Responder");
  private static final Stamp NOW = new Stamp(1_700_000_600_000L, ACCOUNT);

  private static CaseRecord caseIn(String status, String resolver) {
    return CaseRules.seeded(
        ID,
        "arn:aws:security-ir:us-east-1:" + ACCOUNT + ":case/" + ID,
        SeedCase.of(
            ID,
            "Phishing",
            CaseState.fromWire(status).orElseThrow(),
            Resolver.fromWire(resolver).orElseThrow()),
        SEEDED);
  }

  static Stream<Arguments> everySelfManagedMoveOnBothGraphs() {
    List<Arguments> rows = new ArrayList<>();
    for (String graph : List.of("documented", "extended")) {
      for (String from : DocumentedLifecycle.ALL) {
        if (from.equals("Closed")) {
          continue;
        }
        for (String to : DocumentedLifecycle.SELF_MANAGED_INPUTS) {
          rows.add(Arguments.of(graph, from, to, DocumentedLifecycle.allows(graph, from, to)));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} allowed={3}")
  @MethodSource("everySelfManagedMoveOnBothGraphs")
  void updateCaseStatusOfASelfManagedCaseAppliesExactlyThePublishedMoves(
      String graph, String from, String to, boolean legal) {
    CaseRecord before = caseIn(from, "Self");
    Outcome outcome =
        CaseRules.apply(
            before,
            new CaseChange.UpdateStatus(CaseState.fromWire(to).orElseThrow()),
            TransitionRules.parse(graph).orElseThrow(),
            NOW);
    if (legal) {
      CaseRecord after = assertInstanceOf(Outcome.Applied.class, outcome).next();
      assertEquals(to, after.status().wire());
      assertEquals(NOW.atMillis(), after.lastUpdatedDate());
      assertEquals(before.edits().size() + 1, after.edits().size());
      CaseEdit edit = after.edits().get(after.edits().size() - 1);
      assertEquals("UpdateCaseStatus", edit.action());
      assertEquals(ACCOUNT, edit.principal());
      assertTrue(edit.message().contains(from) && edit.message().contains(to), edit.message());
    } else {
      assertConflict(outcome);
    }
  }

  /**
   * One row per documented rule. {@code change} is an operation, with its target after {@code =};
   * {@code move} is a control-plane move. {@code expected} is the status afterwards, or {@code
   * Conflict} for a refusal; {@code edit} is the action of the audit entry the change adds, or
   * {@code -} for none.
   */
  @ParameterizedTest(name = "{0} case in {1}: {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # resolver | status                 | change                                                | expected               | edit
          # CloseCase works from any open status for both resolver types.
          Self       | Submitted              | CloseCase                                             | Closed                 | CloseCase
          Self       | Post-incident Activities | CloseCase                                           | Closed                 | CloseCase
          AWS        | Acknowledged           | CloseCase                                             | Closed                 | CloseCase
          AWS        | Ready to Close         | CloseCase                                             | Closed                 | CloseCase
          # Closed is terminal; tag operations stay allowed.
          Self       | Closed                 | CloseCase                                             | Conflict               | -
          Self       | Closed                 | UpdateCaseStatus=Detection and Analysis               | Conflict               | -
          Self       | Closed                 | UpdateCase                                            | Conflict               | -
          Self       | Closed                 | UpdateResolverType=AWS                                | Conflict               | -
          Self       | Closed                 | CreateCaseComment                                     | Conflict               | -
          AWS        | Closed                 | TagResource                                           | Closed                 | -
          AWS        | Closed                 | UntagResource                                         | Closed                 | -
          # AWS-supported cases refuse UpdateCaseStatus.
          AWS        | Submitted              | UpdateCaseStatus=Detection and Analysis               | Conflict               | -
          AWS        | Detection and Analysis | UpdateCaseStatus=Containment, Eradication and Recovery | Conflict              | -
          # A move to the status the case is already in is refused.
          Self       | Detection and Analysis | UpdateCaseStatus=Detection and Analysis               | Conflict               | -
          # UpdateResolverType is one-way, Self to AWS; the status stays.
          Self       | Detection and Analysis | UpdateResolverType=AWS                                | Detection and Analysis | UpdateResolverType
          AWS        | Acknowledged           | UpdateResolverType=Self                               | Conflict               | -
          Self       | Submitted              | UpdateResolverType=Self                               | Conflict               | -
          AWS        | Submitted              | UpdateResolverType=AWS                                | Conflict               | -
          # Updates are audited; comments and tags are not case edits.
          Self       | Submitted              | UpdateCase                                            | Submitted              | UpdateCase
          AWS        | Acknowledged           | UpdateCase                                            | Acknowledged           | UpdateCase
          Self       | Submitted              | CreateCaseComment                                     | Submitted              | -
          Self       | Submitted              | TagResource                                           | Submitted              | -
          # The control plane moves a case to any status as responders would; only Closed cannot move.
          AWS        | Submitted              | move=Acknowledged                                     | Acknowledged           | UpdateCaseStatus
          AWS        | Acknowledged           | move=Ready to Close                                   | Ready to Close         | UpdateCaseStatus
          Self       | Detection and Analysis | move=Submitted                                        | Submitted              | UpdateCaseStatus
          AWS        | Ready to Close         | move=Closed                                           | Closed                 | UpdateCaseStatus
          Self       | Closed                 | move=Detection and Analysis                           | Conflict               | -
          AWS        | Acknowledged           | move=Acknowledged                                     | Conflict               | -
          """)
  void eachDocumentedRuleAppliesOrRefusesTheChange(
      String resolver, String status, String change, String expected, String edit) {
    CaseRecord before = caseIn(status, resolver);
    Outcome outcome =
        CaseRules.apply(before, change(change), TransitionRules.DOCUMENTED, stampFor(change));
    if (expected.equals("Conflict")) {
      assertConflict(outcome);
      return;
    }
    CaseRecord after = assertInstanceOf(Outcome.Applied.class, outcome).next();
    assertEquals(expected, after.status().wire());
    if (edit.equals("-")) {
      assertEquals(before.edits(), after.edits());
    } else {
      assertEquals(before.edits().size() + 1, after.edits().size());
      CaseEdit added = after.edits().get(after.edits().size() - 1);
      assertEquals(edit, added.action());
      assertEquals(stampFor(change).principal(), added.principal());
      assertEquals(NOW.atMillis(), added.eventTimestampMillis());
    }
  }

  @Test
  void closeCaseAnswersTheTimeOfClosingAsClosedDate() {
    CaseRecord after =
        applied(
            CaseRules.apply(
                caseIn(CER, "Self"), new CaseChange.Close(), TransitionRules.DOCUMENTED, NOW));
    assertEquals(CaseState.CLOSED, after.status());
    assertEquals(NOW.atMillis(), after.closedDate());
  }

  @Test
  void aCreatedCaseStartsSubmittedWithOneCreateEdit() {
    CaseDetails details =
        new CaseDetails(
            "Phishing",
            "Reported by a user",
            "Security Incident",
            NOW.atMillis(),
            null,
            List.of(),
            List.of(Map.of("email", "responder@example.com")),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    CaseRecord c =
        CaseRules.created(
            ID,
            "arn:aws:security-ir:us-east-1:" + ACCOUNT + ":case/" + ID,
            details,
            Resolver.AWS,
            Map.of("team", "blue"),
            NOW);
    assertEquals(CaseState.SUBMITTED, c.status());
    assertEquals(Resolver.AWS, c.resolverType());
    assertNull(c.closedDate());
    assertEquals(List.of("CreateCase"), c.edits().stream().map(CaseEdit::action).toList());
    assertEquals(Map.of("team", "blue"), c.tags());
  }

  @Test
  void createCaseCommentIsIdempotentByClientToken() {
    CaseChange comment = new CaseChange.AddComment("token-1", "Isolated the host");
    Outcome.Applied first =
        assertInstanceOf(
            Outcome.Applied.class,
            CaseRules.apply(caseIn(DA, "Self"), comment, TransitionRules.DOCUMENTED, NOW));
    Outcome.Applied replay =
        assertInstanceOf(
            Outcome.Applied.class,
            CaseRules.apply(first.next(), comment, TransitionRules.DOCUMENTED, NOW));
    assertEquals(first.commentId(), replay.commentId());
    assertSame(first.next(), replay.next());
    assertEquals(1, replay.next().comments().size());
    Outcome.Applied other =
        assertInstanceOf(
            Outcome.Applied.class,
            CaseRules.apply(
                replay.next(),
                new CaseChange.AddComment(null, "Rotated keys"),
                TransitionRules.DOCUMENTED,
                NOW));
    assertEquals(2, other.next().comments().size());
    assertTrue(other.commentId().isPresent() && !other.commentId().equals(first.commentId()));
  }

  private static CaseRecord applied(Outcome outcome) {
    return assertInstanceOf(Outcome.Applied.class, outcome).next();
  }

  private static void assertConflict(Outcome outcome) {
    Rejection r = assertInstanceOf(Outcome.Rejected.class, outcome).reason();
    assertEquals(Rejection.Kind.CONFLICT, r.kind());
    assertEquals(409, r.kind().httpStatus());
    assertEquals(ID, r.resourceId());
    assertTrue(r.message().contains(ID), r.message());
  }

  private static Stamp stampFor(String change) {
    return change.startsWith("move=") ? new Stamp(NOW.atMillis(), "AWS Responder") : NOW;
  }

  private static CaseChange change(String text) {
    String[] parts = text.split("=", 2);
    String target = parts.length == 2 ? parts[1] : null;
    switch (parts[0]) {
      case "CloseCase":
        return new CaseChange.Close();
      case "UpdateCaseStatus":
        return new CaseChange.UpdateStatus(CaseState.fromWire(target).orElseThrow());
      case "UpdateResolverType":
        return new CaseChange.ChangeResolver(Resolver.fromWire(target).orElseThrow());
      case "UpdateCase":
        return new CaseChange.UpdateDetails(renamed());
      case "CreateCaseComment":
        return new CaseChange.AddComment(null, "Isolated the host");
      case "TagResource":
        return new CaseChange.Tag(Map.of("team", "blue"));
      case "UntagResource":
        return new CaseChange.Untag(List.of("team"));
      case "move":
        return new CaseChange.ResponderMove(CaseState.fromWire(target).orElseThrow());
      default:
        throw new IllegalArgumentException("no such change in the table: " + text);
    }
  }

  private static DetailsPatch renamed() {
    DetailsPatch.ListEdit<Map<String, String>> noEntries =
        new DetailsPatch.ListEdit<>(List.of(), List.of());
    DetailsPatch.ListEdit<String> noStrings = new DetailsPatch.ListEdit<>(List.of(), List.of());
    return new DetailsPatch(
        List.of("title"),
        Optional.of("Renamed"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        noEntries,
        noEntries,
        noStrings,
        noEntries,
        noStrings);
  }
}
