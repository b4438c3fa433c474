package com.pulumi.securityir.core.reconcile;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordingTest {

  private static final CaseId ID = CaseId.parse("8403556009").orElseThrow();
  private static final Transition SUBMITTED_TO_DA =
      new Transition(SUBMITTED, DETECTION_AND_ANALYSIS, ApiOperation.UPDATE_CASE_STATUS);
  private static final Transition DA_TO_CER =
      new Transition(
          DETECTION_AND_ANALYSIS,
          CONTAINMENT_ERADICATION_AND_RECOVERY,
          ApiOperation.UPDATE_CASE_STATUS);
  private static final Transition CER_TO_CLOSED =
      new Transition(CONTAINMENT_ERADICATION_AND_RECOVERY, CLOSED, ApiOperation.CLOSE_CASE);

  @Test
  void aStepNamesBothStatusesInTheApiSpellingAndTheOperation() {
    assertEquals(
        "Submitted -> Detection and Analysis (UpdateCaseStatus)", Wording.step(SUBMITTED_TO_DA));
  }

  @Test
  void stepsAreJoinedInOrder() {
    assertEquals(
        "Detection and Analysis -> Containment, Eradication and Recovery (UpdateCaseStatus),"
            + " Containment, Eradication and Recovery -> Closed (CloseCase)",
        Wording.steps(List.of(DA_TO_CER, CER_TO_CLOSED)));
  }

  @Test
  void aStopPartWayNamesWhereTheCaseIsWhatRemainsAndHowToResume() {
    ReconcileOutcome.Stopped stopped =
        new ReconcileOutcome.Stopped(
            ID,
            Optional.of(snapshot(DETECTION_AND_ANALYSIS)),
            List.of(new AppliedStep(SUBMITTED_TO_DA, Instant.EPOCH)),
            List.of(DA_TO_CER),
            new StopCause.Cancelled());
    assertEquals(
        "The case is in 'Detection and Analysis' after 1 step; remaining: Detection and Analysis"
            + " -> Containment, Eradication and Recovery (UpdateCaseStatus). Run apply again to"
            + " resume from the case's live status.",
        Wording.whereStopped(stopped, "Run apply again"));
  }

  @Test
  void aStopBeforeAnyReadSaysNothingWasChanged() {
    ReconcileOutcome.Stopped stopped =
        new ReconcileOutcome.Stopped(
            ID, Optional.empty(), List.of(), List.of(), new StopCause.Cancelled());
    assertEquals("Nothing was changed.", Wording.whereStopped(stopped, "Run apply again"));
  }

  private static CaseSnapshot snapshot(
      com.pulumi.securityir.core.lifecycle.LifecycleStatus status) {
    return new CaseSnapshot(ID, status, ResolverType.SELF, "t", "arn:aws:security-ir:::case/1");
  }
}
