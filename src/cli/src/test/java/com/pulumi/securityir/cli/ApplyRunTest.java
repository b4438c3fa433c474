package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.ProgressEvent;
import com.pulumi.securityir.core.reconcile.ProgressListener;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.core.reconcile.StopCause;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ApplyRunTest {

  private static CasesPlan plan(FakeCaseGateway gateway, CasesFile file) {
    return new CasesPlanner(gateway, Fixtures.PLANNER, 4).plan(file, Deadline.none());
  }

  private static ApplyResult apply(
      FakeCaseGateway gateway,
      CasesPlan plan,
      int parallel,
      ProgressListener listener,
      CancellationSignal cancel) {
    return new ApplyRun(new Reconciler(gateway, Fixtures.PLANNER), parallel)
        .apply(plan, listener, cancel, Deadline.none());
  }

  @Test
  void makesExactlyOneCallPerPlannedStepAndNoFurtherRead() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", DETECTION_AND_ANALYSIS)
            .with("1000000003", POST_INCIDENT_ACTIVITIES);
    CasesPlan plan =
        plan(
            gateway,
            Fixtures.file(
                "two-steps",
                "1000000001",
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                "one-step",
                "1000000002",
                POST_INCIDENT_ACTIVITIES,
                "close",
                "1000000003",
                CLOSED));
    int readsForPlan = gateway.calls().size();

    ApplyResult result = apply(gateway, plan, 8, ProgressListener.NONE, CancellationSignal.NEVER);

    assertEquals(ExitCodes.OK, result.exitCode());
    assertEquals(3, result.convergedCount());
    assertEquals(
        readsForPlan + plan.stepCount(), gateway.calls().size(), gateway.calls().toString());
    assertEquals(
        List.of(
            new FakeCaseGateway.Call(
                "UpdateCaseStatus", FakeCaseGateway.id("1000000001"), DETECTION_AND_ANALYSIS),
            new FakeCaseGateway.Call(
                "UpdateCaseStatus",
                FakeCaseGateway.id("1000000001"),
                CONTAINMENT_ERADICATION_AND_RECOVERY)),
        gateway.mutatingCalls().stream()
            .filter(c -> c.caseId().value().equals("1000000001"))
            .toList());
    assertEquals(CLOSED, gateway.statusOf("1000000003"));
  }

  @Test
  void callsNothingForRefusedUnchangedOrUnreadableCasesAndReportsThemAll() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", CLOSED)
            .with("1000000003", DETECTION_AND_ANALYSIS)
            .failingReads(
                "1000000004",
                new CaseGatewayException(CaseGatewayException.Kind.CASE_NOT_FOUND, "no such case"));
    CasesPlan plan =
        plan(
            gateway,
            Fixtures.file(
                "unchanged",
                "1000000001",
                SUBMITTED,
                "refused",
                "1000000002",
                SUBMITTED,
                "moves",
                "1000000003",
                POST_INCIDENT_ACTIVITIES,
                "missing",
                "1000000004",
                CLOSED));

    ApplyResult result = apply(gateway, plan, 2, ProgressListener.NONE, CancellationSignal.NEVER);

    assertEquals(
        List.of(FakeCaseGateway.id("1000000003")),
        gateway.mutatingCalls().stream().map(FakeCaseGateway.Call::caseId).toList());
    assertInstanceOf(CaseResult.Unchanged.class, result.cases().get(0));
    assertInstanceOf(CaseResult.Refused.class, result.cases().get(1));
    assertInstanceOf(CaseResult.Reconciled.class, result.cases().get(2));
    assertInstanceOf(CaseResult.Unreadable.class, result.cases().get(3));
    assertEquals(1, result.refusedCount());
    assertEquals(1, result.failedCount());
    assertEquals(ExitCodes.ERROR, result.exitCode());
  }

  @Test
  void reportsTheStatusReachedAndTheStepsLeftWhenTheSecondStepFails() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .failingMove(
                "1000000001",
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                new CaseGatewayException(CaseGatewayException.Kind.ACCESS_DENIED, "not allowed"));
    CasesPlan plan =
        plan(
            gateway,
            Fixtures.file("two-steps", "1000000001", CONTAINMENT_ERADICATION_AND_RECOVERY));

    ApplyResult result = apply(gateway, plan, 1, ProgressListener.NONE, CancellationSignal.NEVER);

    CaseResult.Reconciled reconciled =
        assertInstanceOf(CaseResult.Reconciled.class, result.cases().get(0));
    ReconcileOutcome.Stopped stopped =
        assertInstanceOf(ReconcileOutcome.Stopped.class, reconciled.outcome());
    assertEquals(DETECTION_AND_ANALYSIS, stopped.reached().orElseThrow().status());
    assertEquals(1, stopped.applied().size());
    assertEquals(
        List.of(CONTAINMENT_ERADICATION_AND_RECOVERY),
        stopped.remaining().stream().map(t -> t.to()).toList());
    assertEquals(ExitCodes.ERROR, result.exitCode());
    assertEquals(1, result.failedCount());
  }

  @Test
  void stopsBeforeTheNextStepWhenCancelledAndStillReportsEveryCase() {
    AtomicBoolean cancelled = new AtomicBoolean();
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", SUBMITTED)
            .afterEachMove(() -> cancelled.set(true));
    CasesPlan plan =
        plan(
            gateway,
            Fixtures.file(
                "first",
                "1000000001",
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                "second",
                "1000000002",
                CONTAINMENT_ERADICATION_AND_RECOVERY));

    ApplyResult result = apply(gateway, plan, 1, ProgressListener.NONE, cancelled::get);

    // One worker: the first case's first step lands, then nothing else starts.
    assertEquals(1, gateway.mutatingCalls().size(), gateway.mutatingCalls().toString());
    ReconcileOutcome.Stopped first =
        assertInstanceOf(
            ReconcileOutcome.Stopped.class,
            ((CaseResult.Reconciled) result.cases().get(0)).outcome());
    assertInstanceOf(StopCause.Cancelled.class, first.cause());
    assertEquals(DETECTION_AND_ANALYSIS, first.reached().orElseThrow().status());
    assertEquals(1, first.remaining().size());
    ReconcileOutcome.Stopped second =
        assertInstanceOf(
            ReconcileOutcome.Stopped.class,
            ((CaseResult.Reconciled) result.cases().get(1)).outcome());
    assertEquals(SUBMITTED, second.reached().orElseThrow().status());
    assertEquals(2, second.remaining().size());
    assertEquals(ExitCodes.ERROR, result.exitCode());
  }

  @Test
  void passesEveryStepEventToTheListener() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", DETECTION_AND_ANALYSIS);
    CasesPlan plan =
        plan(
            gateway,
            Fixtures.file(
                "a",
                "1000000001",
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                "b",
                "1000000002",
                POST_INCIDENT_ACTIVITIES));
    List<ProgressEvent> events = Collections.synchronizedList(new ArrayList<>());

    apply(gateway, plan, 2, events::add, CancellationSignal.NEVER);

    assertEquals(3, events.stream().filter(ProgressEvent.StepApplied.class::isInstance).count());
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e instanceof ProgressEvent.Planned p
                        && p.caseId().value().equals("1000000002")));
  }
}
