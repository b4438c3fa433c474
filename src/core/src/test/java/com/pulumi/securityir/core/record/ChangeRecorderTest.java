package com.pulumi.securityir.core.record;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.StopCause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeRecorderTest {

  private static final CaseId CASE = new CaseId("8403556009");
  private static final Instant READ_AT = Instant.parse("2026-11-30T09:00:00Z");
  private static final Transition S_TO_DA =
      new Transition(SUBMITTED, DETECTION_AND_ANALYSIS, ApiOperation.UPDATE_CASE_STATUS);
  private static final Transition DA_TO_CER =
      new Transition(
          DETECTION_AND_ANALYSIS,
          CONTAINMENT_ERADICATION_AND_RECOVERY,
          ApiOperation.UPDATE_CASE_STATUS);
  private static final Transition CER_TO_PIA =
      new Transition(
          CONTAINMENT_ERADICATION_AND_RECOVERY,
          POST_INCIDENT_ACTIVITIES,
          ApiOperation.UPDATE_CASE_STATUS);
  private static final Origin STACK = new Origin.PulumiStack("ir-cases", "prod", "phishing");

  /** Keeps comments by token, as the service's idempotency key does; can fail every call. */
  private static final class CommentingGateway implements CaseGateway {
    final Map<String, String> byToken = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    CaseGatewayException failure;

    @Override
    public String addComment(CaseId caseId, String body, String clientToken, Deadline deadline) {
      calls.add(caseId + " " + clientToken);
      if (failure != null) {
        throw failure;
      }
      byToken.putIfAbsent(clientToken, body);
      return String.format("%06d", new ArrayList<>(byToken.keySet()).indexOf(clientToken) + 1);
    }

    @Override
    public CaseSnapshot read(CaseId caseId, Deadline deadline) {
      throw new AssertionError("recording a change reads nothing");
    }

    @Override
    public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline d) {
      throw new AssertionError("recording a change moves nothing");
    }

    @Override
    public LifecycleStatus close(CaseId caseId, Deadline deadline) {
      throw new AssertionError("recording a change moves nothing");
    }

    @Override
    public CasePage listCases(Optional<String> nextToken, Deadline deadline) {
      throw new AssertionError("recording a change lists nothing");
    }
  }

  private static CaseSnapshot at(LifecycleStatus status, Instant lastUpdated) {
    return new CaseSnapshot(
        CASE, status, ResolverType.SELF, "secret title", "arn", Optional.of(lastUpdated));
  }

  private static ReconcileOutcome converged(Transition... steps) {
    List<AppliedStep> applied =
        List.of(steps).stream().map(s -> new AppliedStep(s, READ_AT)).toList();
    return new ReconcileOutcome.Converged(at(steps[steps.length - 1].to(), READ_AT), applied);
  }

  @Test
  void aConvergedWalkIsRecordedWithItsStatusesStepsOriginAndNote() {
    ChangeComment comment =
        ChangeRecord.of(
                Optional.of(at(SUBMITTED, READ_AT)),
                converged(S_TO_DA, DA_TO_CER),
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                STACK,
                Optional.of("  containment approved in INC-42 "))
            .orElseThrow();
    assertEquals(
        "Status changed by securityir from 'Submitted' to 'Containment, Eradication and Recovery'"
            + " in 2 steps:\n"
            + "- Submitted -> Detection and Analysis (UpdateCaseStatus)\n"
            + "- Detection and Analysis -> Containment, Eradication and Recovery (UpdateCaseStatus)\n"
            + "From: Pulumi project 'ir-cases', stack 'prod', resource 'phishing'"
            + " (securityir:index:CaseStatus).\n"
            + "Note: containment approved in INC-42",
        comment.body());
    assertFalse(comment.toString().contains("containment approved"), comment.toString());
    assertTrue(comment.clientToken().length() <= 255, comment.clientToken());
  }

  @Test
  void aPartWayStopIsRecordedWithWhatWasAppliedAndWhatRemains() {
    ReconcileOutcome stopped =
        new ReconcileOutcome.Stopped(
            CASE,
            Optional.of(at(DETECTION_AND_ANALYSIS, READ_AT)),
            List.of(new AppliedStep(S_TO_DA, READ_AT)),
            List.of(DA_TO_CER, CER_TO_PIA),
            new StopCause.Cancelled());
    String body =
        ChangeRecord.of(
                Optional.of(at(SUBMITTED, READ_AT)),
                stopped,
                POST_INCIDENT_ACTIVITIES,
                new Origin.CasesFile("cases.yaml", "phishing", Optional.of("0123abc"), true),
                Optional.empty())
            .orElseThrow()
            .body();
    assertTrue(
        body.startsWith(
            "Status changed by securityir from 'Submitted' to 'Detection and Analysis' in 1 step,"
                + " then stopped short of the declared 'Post-incident Activities':\n"
                + "- Submitted -> Detection and Analysis (UpdateCaseStatus)\nStopped: "),
        body);
    assertTrue(
        body.contains(
            "Remaining: Detection and Analysis -> Containment, Eradication and Recovery"
                + " (UpdateCaseStatus), Containment, Eradication and Recovery -> Post-incident"
                + " Activities (UpdateCaseStatus).\n"),
        body);
    assertTrue(
        body.endsWith(
            "From: securityir CLI, cases file 'cases.yaml', entry 'phishing', git commit 0123abc"
                + " with uncommitted changes."),
        body);
  }

  @Test
  void aWalkThatAppliedNothingIsNotRecordedAndMakesNoCall() {
    CommentingGateway gateway = new CommentingGateway();
    ReconcileOutcome nothing = new ReconcileOutcome.Converged(at(SUBMITTED, READ_AT), List.of());
    RecordResult result =
        new ChangeRecorder(gateway)
            .record(
                Optional.of(at(SUBMITTED, READ_AT)),
                nothing,
                SUBMITTED,
                STACK,
                Optional.of("n"),
                Deadline.none());
    assertInstanceOf(RecordResult.NotNeeded.class, result);
    assertEquals(List.of(), gateway.calls);
  }

  @Test
  void recordingTheSameChangeTwiceAddsOneComment() {
    CommentingGateway gateway = new CommentingGateway();
    ChangeRecorder recorder = new ChangeRecorder(gateway);
    for (String note : List.of("first wording", "second wording")) {
      RecordResult result =
          recorder.record(
              Optional.of(at(SUBMITTED, READ_AT)),
              converged(S_TO_DA),
              DETECTION_AND_ANALYSIS,
              STACK,
              Optional.of(note),
              Deadline.none());
      assertEquals(new RecordResult.Posted("000001"), result);
    }
    assertEquals(2, gateway.calls.size());
    assertEquals(1, gateway.byToken.size());
  }

  @Test
  void theSameMovesFromALaterStartAreAnotherChange() {
    String first =
        ChangeRecord.of(
                Optional.of(at(SUBMITTED, READ_AT)),
                converged(S_TO_DA),
                DETECTION_AND_ANALYSIS,
                STACK,
                Optional.empty())
            .orElseThrow()
            .clientToken();
    String later =
        ChangeRecord.of(
                Optional.of(at(SUBMITTED, READ_AT.plusSeconds(600))),
                converged(S_TO_DA),
                DETECTION_AND_ANALYSIS,
                STACK,
                Optional.empty())
            .orElseThrow()
            .clientToken();
    assertNotEquals(first, later);
  }

  @Test
  void aFailedCommentIsAWarningNamingTheCaseAndCauseNotTheText() {
    CommentingGateway gateway = new CommentingGateway();
    gateway.failure =
        new CaseGatewayException(
            CaseGatewayException.Kind.ACCESS_DENIED,
            "not authorized to perform security-ir:CreateCaseComment");
    RecordResult result =
        new ChangeRecorder(gateway)
            .record(
                Optional.of(at(SUBMITTED, READ_AT)),
                converged(S_TO_DA),
                DETECTION_AND_ANALYSIS,
                STACK,
                Optional.of("private note"),
                Deadline.none());
    String warning = ((RecordResult.Failed) result).warning();
    assertTrue(warning.startsWith("case 8403556009: the status change stands"), warning);
    assertTrue(warning.contains("security-ir:CreateCaseComment"), warning);
    assertFalse(warning.contains("private note"), warning);
  }

  @Test
  void aNoteIsCheckedForBlanknessAndLengthWithoutQuotingIt() {
    assertEquals(Optional.empty(), ChangeRecord.noteProblem("ok"));
    assertTrue(ChangeRecord.noteProblem("  ").isPresent());
    String tooLong = "x".repeat(ChangeRecord.MAX_NOTE_LENGTH + 1);
    String problem = ChangeRecord.noteProblem(tooLong).orElseThrow();
    assertTrue(problem.contains("4001 characters"), problem);
    assertFalse(problem.contains("xxxx"), problem);
  }

  private static final Transition PIA_TO_CLOSED =
      new Transition(POST_INCIDENT_ACTIVITIES, LifecycleStatus.CLOSED, ApiOperation.CLOSE_CASE);

  @Test
  void aCloseIsRecordedBeforeTheWalkBecauseAClosedCaseTakesNoComments() {
    CommentingGateway gateway = new CommentingGateway();
    List<String> order = new ArrayList<>();
    Recorded recorded =
        new ChangeRecorder(gateway)
            .walkAndRecord(
                at(POST_INCIDENT_ACTIVITIES, READ_AT),
                new Plan.Path(
                    POST_INCIDENT_ACTIVITIES, LifecycleStatus.CLOSED, List.of(PIA_TO_CLOSED)),
                () -> {
                  order.add("walk after " + gateway.calls.size() + " comment call(s)");
                  return converged(PIA_TO_CLOSED);
                },
                STACK,
                Optional.empty(),
                Deadline.none());
    assertEquals(List.of("walk after 1 comment call(s)"), order);
    assertEquals(new RecordResult.Posted("000001"), recorded.comment());
    // The same token a record after the walk would carry: a rerun adds nothing.
    assertEquals(
        ChangeRecord.of(
                Optional.of(at(POST_INCIDENT_ACTIVITIES, READ_AT)),
                converged(PIA_TO_CLOSED),
                LifecycleStatus.CLOSED,
                STACK,
                Optional.empty())
            .orElseThrow()
            .clientToken(),
        gateway.calls.get(0).substring(CASE.value().length() + 1));
  }

  @Test
  void aCloseThatDidNotHappenAfterItsCommentIsAWarningSayingSo() {
    CommentingGateway gateway = new CommentingGateway();
    Recorded recorded =
        new ChangeRecorder(gateway)
            .walkAndRecord(
                at(POST_INCIDENT_ACTIVITIES, READ_AT),
                new Plan.Path(
                    POST_INCIDENT_ACTIVITIES, LifecycleStatus.CLOSED, List.of(PIA_TO_CLOSED)),
                () ->
                    new ReconcileOutcome.Stopped(
                        CASE,
                        Optional.of(at(POST_INCIDENT_ACTIVITIES, READ_AT)),
                        List.of(),
                        List.of(PIA_TO_CLOSED),
                        new StopCause.Cancelled()),
                STACK,
                Optional.empty(),
                Deadline.none());
    String warning = ((RecordResult.Failed) recorded.comment()).warning();
    assertTrue(
        warning.endsWith("but the case was not closed as it says: cancelled before the next step"),
        warning);
    assertInstanceOf(ReconcileOutcome.Stopped.class, recorded.outcome());
  }

  @Test
  void aMoveIsRecordedAfterTheWalk() {
    CommentingGateway gateway = new CommentingGateway();
    List<Integer> commentsSeenByWalk = new ArrayList<>();
    Recorded recorded =
        new ChangeRecorder(gateway)
            .walkAndRecord(
                at(SUBMITTED, READ_AT),
                new Plan.Path(SUBMITTED, DETECTION_AND_ANALYSIS, List.of(S_TO_DA)),
                () -> {
                  commentsSeenByWalk.add(gateway.calls.size());
                  return converged(S_TO_DA);
                },
                STACK,
                Optional.empty(),
                Deadline.none());
    assertEquals(List.of(0), commentsSeenByWalk);
    assertEquals(new RecordResult.Posted("000001"), recorded.comment());
  }
}
