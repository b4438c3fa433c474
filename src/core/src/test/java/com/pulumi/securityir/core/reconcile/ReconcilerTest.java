package com.pulumi.securityir.core.reconcile;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.ACKNOWLEDGED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.READY_TO_CLOSE;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static com.pulumi.securityir.core.reconcile.FakeCaseGateway.Operation.CLOSE;
import static com.pulumi.securityir.core.reconcile.FakeCaseGateway.Operation.READ;
import static com.pulumi.securityir.core.reconcile.FakeCaseGateway.Operation.UPDATE_STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.plan.RefusalReason;
import com.pulumi.securityir.core.reconcile.FakeCaseGateway.Call;
import com.pulumi.securityir.core.reconcile.FakeCaseGateway.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReconcilerTest {

  private static final CaseId CASE = new CaseId("8403556009");
  private static final Transition S_TO_DA = update(SUBMITTED, DETECTION_AND_ANALYSIS);
  private static final Transition DA_TO_PIA =
      update(DETECTION_AND_ANALYSIS, POST_INCIDENT_ACTIVITIES);
  private static final Transition DA_TO_CER =
      update(DETECTION_AND_ANALYSIS, CONTAINMENT_ERADICATION_AND_RECOVERY);
  private static final Transition CER_TO_PIA =
      update(CONTAINMENT_ERADICATION_AND_RECOVERY, POST_INCIDENT_ACTIVITIES);

  private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
  private final Events events = new Events();

  private static Transition update(LifecycleStatus from, LifecycleStatus to) {
    return new Transition(from, to, ApiOperation.UPDATE_CASE_STATUS);
  }

  private static FakeCaseGateway fakeWith(LifecycleStatus status, ResolverType resolver) {
    return new FakeCaseGateway(GraphVariant.DOCUMENTED).withCase(CASE, status, resolver);
  }

  private Reconciler reconciler(FakeCaseGateway gateway) {
    return reconciler(gateway, GraphVariant.DOCUMENTED);
  }

  private Reconciler reconciler(FakeCaseGateway gateway, GraphVariant variant) {
    return new Reconciler(
        gateway, new Planner(TransitionGraph.of(variant)), clock, Reconciler.DEFAULT_MAX_REPLANS);
  }

  /** A request with the fake's current view of the case as the caller's fresh read. */
  private static ReconcileRequest known(FakeCaseGateway gateway, LifecycleStatus desired) {
    return ReconcileRequest.of(CASE, desired).withKnown(gateway.snapshot(CASE));
  }

  private static List<Transition> appliedTransitions(ReconcileOutcome outcome) {
    return outcome.applied().stream().map(AppliedStep::transition).toList();
  }

  /** Records progress events; thread-safe. */
  static final class Events implements ProgressListener {
    final List<ProgressEvent> received = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(ProgressEvent event) {
      received.add(event);
    }

    List<Class<?>> kinds() {
      return received.stream().<Class<?>>map(Object::getClass).toList();
    }

    long count(Class<?> kind) {
      return received.stream().filter(kind::isInstance).count();
    }
  }

  // ---------------------------------------------------------------- refusals

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            CLOSED, ResolverType.SELF, DETECTION_AND_ANALYSIS, RefusalReason.CLOSED_IS_TERMINAL),
        Arguments.of(SUBMITTED, ResolverType.SELF, ACKNOWLEDGED, RefusalReason.TARGET_NOT_SETTABLE),
        Arguments.of(
            DETECTION_AND_ANALYSIS,
            ResolverType.SELF,
            READY_TO_CLOSE,
            RefusalReason.TARGET_NOT_SETTABLE),
        Arguments.of(
            ACKNOWLEDGED,
            ResolverType.AWS,
            DETECTION_AND_ANALYSIS,
            RefusalReason.AWS_SUPPORTED_CAN_ONLY_CLOSE),
        Arguments.of(
            POST_INCIDENT_ACTIVITIES, ResolverType.SELF, SUBMITTED, RefusalReason.NO_LEGAL_PATH));
  }

  @ParameterizedTest(name = "{1} case in {0} -> {2}: {3}")
  @MethodSource("refusals")
  void refusesWithoutCallingAnythingWhenTheSnapshotIsKnown(
      LifecycleStatus actual,
      ResolverType resolver,
      LifecycleStatus desired,
      RefusalReason reason) {
    FakeCaseGateway fake = fakeWith(actual, resolver);
    ReconcileOutcome outcome = reconciler(fake).reconcile(known(fake, desired), events);

    ReconcileOutcome.Refused refused = assertInstanceOf(ReconcileOutcome.Refused.class, outcome);
    assertEquals(reason, refused.refusal().reason());
    assertEquals(fake.snapshot(CASE), refused.actual());
    assertEquals(List.of(), refused.applied());
    assertEquals(List.of(), fake.calls());
    assertEquals(actual, fake.statusOf(CASE));
    assertEquals(List.of(new ProgressEvent.Planned(CASE, refused.refusal())), events.received);
  }

  @ParameterizedTest(name = "{1} case in {0} -> {2}: {3}")
  @MethodSource("refusals")
  void refusesAfterOneReadAndNoMutatingCallWhenTheSnapshotIsUnknown(
      LifecycleStatus actual,
      ResolverType resolver,
      LifecycleStatus desired,
      RefusalReason reason) {
    FakeCaseGateway fake = fakeWith(actual, resolver);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(ReconcileRequest.of(CASE, desired), events);

    assertEquals(
        reason, assertInstanceOf(ReconcileOutcome.Refused.class, outcome).refusal().reason());
    assertEquals(List.of(READ), fake.operations());
  }

  // ---------------------------------------------------------------- convergence

  @Test
  void convergesInOneStep() {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, DETECTION_AND_ANALYSIS), events);

    ReconcileOutcome.Converged converged =
        assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(DETECTION_AND_ANALYSIS, converged.reached().status());
    assertEquals(List.of(S_TO_DA), appliedTransitions(outcome));
    assertEquals(clock.instant(), converged.applied().get(0).appliedAt());
    assertEquals(List.of(UPDATE_STATUS), fake.operations());
    assertEquals(Optional.of(DETECTION_AND_ANALYSIS), fake.calls().get(0).target());
    assertEquals(DETECTION_AND_ANALYSIS, fake.statusOf(CASE));
  }

  @Test
  void convergesInSeveralStepsAndReportsProgressInOrder() {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Converged converged =
        assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(POST_INCIDENT_ACTIVITIES, converged.reached().status());
    assertEquals(fake.snapshot(CASE), converged.reached());
    assertEquals(List.of(S_TO_DA, DA_TO_PIA), appliedTransitions(outcome));
    assertEquals(POST_INCIDENT_ACTIVITIES, fake.statusOf(CASE));

    List<ProgressEvent> expected =
        List.of(
            new ProgressEvent.Planned(
                CASE,
                new Plan.Path(SUBMITTED, POST_INCIDENT_ACTIVITIES, List.of(S_TO_DA, DA_TO_PIA))),
            new ProgressEvent.StepStarted(CASE, S_TO_DA, 1, 2),
            new ProgressEvent.StepApplied(CASE, converged.applied().get(0), 1, 2),
            new ProgressEvent.StepStarted(CASE, DA_TO_PIA, 2, 2),
            new ProgressEvent.StepApplied(CASE, converged.applied().get(1), 2, 2));
    assertEquals(expected, events.received);
  }

  @ParameterizedTest
  @EnumSource(ResolverType.class)
  void closesWithCloseCaseForEitherResolverType(ResolverType resolver) {
    FakeCaseGateway fake = fakeWith(ACKNOWLEDGED, resolver);
    ReconcileOutcome outcome = reconciler(fake).reconcile(known(fake, CLOSED), events);

    assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(
        List.of(new Transition(ACKNOWLEDGED, CLOSED, ApiOperation.CLOSE_CASE)),
        appliedTransitions(outcome));
    assertEquals(List.of(CLOSE), fake.operations());
    assertEquals(CLOSED, fake.statusOf(CASE));
  }

  @Test
  void alreadyInTheDeclaredStatusMakesNoCall() {
    FakeCaseGateway fake = fakeWith(CLOSED, ResolverType.AWS);
    ReconcileOutcome outcome = reconciler(fake).reconcile(known(fake, CLOSED), events);
    assertEquals(new ReconcileOutcome.Converged(fake.snapshot(CASE), List.of()), outcome);
    assertEquals(List.of(), fake.calls());
  }

  /** Every (actual, desired, variant) pair with a legal path for a self-managed case. */
  static Stream<Arguments> everyConvergingSelfManagedPair() {
    List<Arguments> out = new ArrayList<>();
    for (GraphVariant variant : GraphVariant.values()) {
      Planner planner = new Planner(TransitionGraph.of(variant));
      for (LifecycleStatus actual : LifecycleStatus.values()) {
        for (LifecycleStatus desired : LifecycleStatus.values()) {
          if (planner.plan(actual, desired, ResolverType.SELF) instanceof Plan.Path path) {
            out.add(Arguments.of(variant, actual, desired, path.steps().size()));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} ({3} steps)")
  @MethodSource("everyConvergingSelfManagedPair")
  void withAKnownSnapshotMakesExactlyOneCallPerStep(
      GraphVariant variant, LifecycleStatus actual, LifecycleStatus desired, int steps) {
    FakeCaseGateway fake = new FakeCaseGateway(variant).withCase(CASE, actual, ResolverType.SELF);
    ReconcileOutcome outcome =
        reconciler(fake, variant).reconcile(known(fake, desired), ProgressListener.NONE);

    assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(desired, fake.statusOf(CASE));
    assertEquals(steps, fake.calls().size(), () -> "calls: " + fake.calls());
    assertEquals(steps, fake.mutatingCalls().size());
    assertEquals(steps, outcome.applied().size());
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} ({3} steps)")
  @MethodSource("everyConvergingSelfManagedPair")
  void withoutASnapshotMakesOneReadThenOneCallPerStepAndNoVerificationReads(
      GraphVariant variant, LifecycleStatus actual, LifecycleStatus desired, int steps) {
    FakeCaseGateway fake = new FakeCaseGateway(variant).withCase(CASE, actual, ResolverType.SELF);
    ReconcileOutcome outcome =
        reconciler(fake, variant)
            .reconcile(ReconcileRequest.of(CASE, desired), ProgressListener.NONE);

    assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(desired, fake.statusOf(CASE));
    List<Operation> ops = fake.operations();
    assertEquals(1 + steps, ops.size(), () -> "calls: " + fake.calls());
    assertEquals(READ, ops.get(0));
    assertTrue(ops.subList(1, ops.size()).stream().noneMatch(op -> op == READ));
  }

  // ---------------------------------------------------------------- failures

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {
        "ACCESS_DENIED",
        "CASE_NOT_FOUND",
        "QUOTA_EXCEEDED",
        "NOT_ACTIVE",
        "CREDENTIALS_EXPIRED",
        "THROTTLED"
      })
  void failureAtTheSecondOfTwoStepsStopsWithTheReachedStatusAndWhatRemains(Kind kind) {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF).failCall(2, kind);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(DETECTION_AND_ANALYSIS, stopped.reached().orElseThrow().status());
    assertEquals(List.of(S_TO_DA), appliedTransitions(outcome));
    assertEquals(List.of(DA_TO_PIA), stopped.remaining());
    StopCause.GatewayFailure cause =
        assertInstanceOf(StopCause.GatewayFailure.class, stopped.cause());
    assertEquals(kind, cause.error().kind());
    // A definite failure needs no re-read: the case is where the last confirmed step left it.
    assertEquals(List.of(UPDATE_STATUS, UPDATE_STATUS), fake.operations());
    assertEquals(DETECTION_AND_ANALYSIS, fake.statusOf(CASE));
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"ACCESS_DENIED", "THROTTLED"})
  void failureAtTheFirstStepStopsWithNothingApplied(Kind kind) {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF).failCall(1, kind);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(SUBMITTED, stopped.reached().orElseThrow().status());
    assertEquals(List.of(), stopped.applied());
    assertEquals(List.of(S_TO_DA, DA_TO_PIA), stopped.remaining());
    assertEquals(1, fake.calls().size());
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"SERVICE_ERROR", "UNREACHABLE", "UNEXPECTED_RESPONSE"})
  void outcomeUnknownFailureThatLandedIsRecordedAsReachedViaReRead(Kind kind) {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF).failCallAfterItLands(1, kind);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(DETECTION_AND_ANALYSIS, stopped.reached().orElseThrow().status());
    assertEquals(List.of(S_TO_DA), appliedTransitions(outcome));
    assertEquals(List.of(DA_TO_PIA), stopped.remaining());
    assertEquals(kind, ((StopCause.GatewayFailure) stopped.cause()).error().kind());
    assertEquals(List.of(UPDATE_STATUS, READ), fake.operations());
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"SERVICE_ERROR", "UNREACHABLE", "UNEXPECTED_RESPONSE"})
  void outcomeUnknownFailureThatDidNotLandIsRecordedAsNotApplied(Kind kind) {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF).failCall(1, kind);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(SUBMITTED, stopped.reached().orElseThrow().status());
    assertEquals(List.of(), stopped.applied());
    assertEquals(List.of(S_TO_DA, DA_TO_PIA), stopped.remaining());
    assertEquals(List.of(UPDATE_STATUS, READ), fake.operations());
  }

  @Test
  void outcomeUnknownFailureWhoseReReadAlsoFailsReportsTheLastConfirmedStatus() {
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .failCallAfterItLands(1, Kind.UNREACHABLE)
            .failCall(2, Kind.UNREACHABLE);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, DETECTION_AND_ANALYSIS), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(SUBMITTED, stopped.reached().orElseThrow().status());
    assertEquals(List.of(), stopped.applied());
    assertEquals(Kind.UNREACHABLE, ((StopCause.GatewayFailure) stopped.cause()).error().kind());
    assertEquals(2, fake.calls().size());
  }

  @Test
  void failedInitialReadStopsWithNothingKnownAndNothingCalled() {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF).failCall(1, Kind.ACCESS_DENIED);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(ReconcileRequest.of(CASE, CLOSED), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(Optional.empty(), stopped.reached());
    assertEquals(List.of(), stopped.applied());
    assertEquals(List.of(), stopped.remaining());
    assertEquals(Kind.ACCESS_DENIED, ((StopCause.GatewayFailure) stopped.cause()).error().kind());
    assertEquals(List.of(READ), fake.operations());
    assertEquals(List.of(), events.received);
  }

  @Test
  void unknownCaseStopsWithCaseNotFound() {
    FakeCaseGateway fake = new FakeCaseGateway(GraphVariant.DOCUMENTED);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(ReconcileRequest.of(CASE, CLOSED), events);
    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(Kind.CASE_NOT_FOUND, ((StopCause.GatewayFailure) stopped.cause()).error().kind());
  }

  // ---------------------------------------------------------------- concurrent changes

  @Test
  void responseReportingAnotherStatusMeansSomeoneMovedTheCaseSoItReplansAndConverges() {
    // After our Submitted -> D&A lands, a colleague moves the case on to CER.
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .interfereAfterEachMutation(List.of(CONTAINMENT_ERADICATION_AND_RECOVERY));
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Converged converged =
        assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(POST_INCIDENT_ACTIVITIES, converged.reached().status());
    assertEquals(List.of(CER_TO_PIA), appliedTransitions(outcome));
    assertEquals(List.of(UPDATE_STATUS, READ, UPDATE_STATUS), fake.operations());
    assertEquals(
        List.of(
            ProgressEvent.Planned.class,
            ProgressEvent.StepStarted.class,
            ProgressEvent.Replanned.class,
            ProgressEvent.StepStarted.class,
            ProgressEvent.StepApplied.class),
        events.kinds());
    ProgressEvent.Replanned replanned = (ProgressEvent.Replanned) events.received.get(2);
    assertEquals(CONTAINMENT_ERADICATION_AND_RECOVERY, replanned.observed());
    assertEquals(
        new Plan.Path(
            CONTAINMENT_ERADICATION_AND_RECOVERY, POST_INCIDENT_ACTIVITIES, List.of(CER_TO_PIA)),
        replanned.plan());
  }

  @Test
  void surprisingReportIsTreatedAsAConcurrentChangeEvenWhenTheStepLanded() {
    // The call lands (Submitted -> D&A) but the response names another status; the reconciler
    // trusts neither blindly: it re-reads, finds D&A, re-plans from there and carries on.
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .reportOnCall(1, CONTAINMENT_ERADICATION_AND_RECOVERY);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    assertEquals(
        POST_INCIDENT_ACTIVITIES,
        assertInstanceOf(ReconcileOutcome.Converged.class, outcome).reached().status());
    assertEquals(List.of(UPDATE_STATUS, READ, UPDATE_STATUS), fake.operations());
    assertEquals(Optional.of(POST_INCIDENT_ACTIVITIES), fake.calls().get(2).target());
    assertEquals(1, events.count(ProgressEvent.Replanned.class));
  }

  @Test
  void selfManagedCaseInAcknowledgedCanStillBeClosed() {
    FakeCaseGateway fake = fakeWith(ACKNOWLEDGED, ResolverType.SELF);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(ReconcileRequest.of(CASE, CLOSED), events);
    assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(List.of(READ, CLOSE), fake.operations());
  }

  @Test
  void someoneElseReachingTheDeclaredStatusConvergesWithoutFurtherCalls() {
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .interfereAfterEachMutation(List.of(POST_INCIDENT_ACTIVITIES));
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    assertEquals(
        POST_INCIDENT_ACTIVITIES,
        assertInstanceOf(ReconcileOutcome.Converged.class, outcome).reached().status());
    assertEquals(List.of(UPDATE_STATUS, READ), fake.operations());
  }

  @Test
  void conflictBecauseTheSnapshotWasStaleReReadsReplansAndConverges() {
    // The caller believes D&A, but the case is still in Submitted, from which D&A -> PIA is
    // illegal: the service rejects the call, and the re-read reveals the real status.
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF);
    CaseSnapshot stale = fake.snapshot(CASE).withStatus(DETECTION_AND_ANALYSIS);
    ReconcileOutcome outcome =
        reconciler(fake)
            .reconcile(
                ReconcileRequest.of(CASE, POST_INCIDENT_ACTIVITIES).withKnown(stale), events);

    ReconcileOutcome.Converged converged =
        assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(POST_INCIDENT_ACTIVITIES, converged.reached().status());
    assertEquals(List.of(S_TO_DA, DA_TO_PIA), appliedTransitions(outcome));
    assertEquals(List.of(UPDATE_STATUS, READ, UPDATE_STATUS, UPDATE_STATUS), fake.operations());
    assertEquals(1, events.count(ProgressEvent.Replanned.class));
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"CONFLICT", "INVALID_REQUEST"})
  void rejectionCausedBySomeoneMovingTheCaseReplansAndConverges(Kind kind) {
    // A colleague moves the case to CER just before our D&A -> PIA call, which the service rejects.
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF).failCall(2, kind);
    fake.beforeCall(2, () -> fake.moveBySomeoneElse(CASE, CONTAINMENT_ERADICATION_AND_RECOVERY));
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Converged converged =
        assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
    assertEquals(POST_INCIDENT_ACTIVITIES, converged.reached().status());
    assertEquals(List.of(S_TO_DA, CER_TO_PIA), appliedTransitions(outcome));
    assertEquals(List.of(UPDATE_STATUS, UPDATE_STATUS, READ, UPDATE_STATUS), fake.operations());
    assertEquals(1, events.count(ProgressEvent.Replanned.class));
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"CONFLICT", "INVALID_REQUEST"})
  void rejectionWithoutAnyConcurrentMoveStopsInsteadOfLooping(Kind kind) {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF).failCall(1, kind);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(SUBMITTED, stopped.reached().orElseThrow().status());
    assertEquals(List.of(S_TO_DA, DA_TO_PIA), stopped.remaining());
    assertEquals(kind, ((StopCause.GatewayFailure) stopped.cause()).error().kind());
    assertEquals(List.of(UPDATE_STATUS, READ), fake.operations());
    assertEquals(0, events.count(ProgressEvent.Replanned.class));
  }

  @Test
  void stopsReplanningWhenSomeoneKeepsMovingTheCase() {
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .interfereAfterEachMutation(
                List.of(
                    CONTAINMENT_ERADICATION_AND_RECOVERY,
                    DETECTION_AND_ANALYSIS,
                    CONTAINMENT_ERADICATION_AND_RECOVERY,
                    DETECTION_AND_ANALYSIS,
                    CONTAINMENT_ERADICATION_AND_RECOVERY));
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    StopCause.ReplanLimitReached cause =
        assertInstanceOf(StopCause.ReplanLimitReached.class, stopped.cause());
    assertEquals(Reconciler.DEFAULT_MAX_REPLANS + 1, cause.replans());
    assertEquals(DETECTION_AND_ANALYSIS, cause.lastSeen());
    assertEquals(DETECTION_AND_ANALYSIS, stopped.reached().orElseThrow().status());
    assertEquals(List.of(DA_TO_PIA), stopped.remaining());
    assertTrue(cause.message().contains("moved by someone else 4 times"), cause::message);
    assertEquals(Reconciler.DEFAULT_MAX_REPLANS, events.count(ProgressEvent.Replanned.class));
    // 1 + maxReplans attempts, each a call and a re-read: bounded.
    assertEquals(2 * (Reconciler.DEFAULT_MAX_REPLANS + 1), fake.calls().size());
  }

  @Test
  void replanBoundIsConfigurable() {
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .interfereAfterEachMutation(List.of(CONTAINMENT_ERADICATION_AND_RECOVERY));
    Reconciler noReplans =
        new Reconciler(fake, new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED)), clock, 0);
    ReconcileOutcome outcome = noReplans.reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(1, ((StopCause.ReplanLimitReached) stopped.cause()).replans());
    assertEquals(List.of(UPDATE_STATUS, READ), fake.operations());
  }

  @Test
  void rejectsANegativeReplanBound() {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF);
    Planner planner = new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED));
    assertThrows(IllegalArgumentException.class, () -> new Reconciler(fake, planner, clock, -1));
  }

  @Test
  void someoneClosingTheCaseMidWalkStopsWithTheRefusalAsCause() {
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF).interfereAfterEachMutation(List.of(CLOSED));
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(CLOSED, stopped.reached().orElseThrow().status());
    assertEquals(List.of(), stopped.remaining());
    StopCause.RefusedAfterConcurrentChange cause =
        assertInstanceOf(StopCause.RefusedAfterConcurrentChange.class, stopped.cause());
    assertEquals(RefusalReason.CLOSED_IS_TERMINAL, cause.refusal().reason());
    assertTrue(cause.message().contains("moved by someone else"), cause::message);
    assertEquals(List.of(UPDATE_STATUS, READ), fake.operations());
  }

  @Test
  void caseHandedToAwsMidWalkStopsWithTheAwsRefusal() {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF);
    fake.beforeCall(2, () -> fake.changeResolverBySomeoneElse(CASE, ResolverType.AWS));
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(ResolverType.AWS, stopped.reached().orElseThrow().resolverType());
    assertEquals(List.of(S_TO_DA), appliedTransitions(outcome));
    assertEquals(
        RefusalReason.AWS_SUPPORTED_CAN_ONLY_CLOSE,
        ((StopCause.RefusedAfterConcurrentChange) stopped.cause()).refusal().reason());
    assertEquals(List.of(UPDATE_STATUS, UPDATE_STATUS, READ), fake.operations());
  }

  @Test
  void surprisingReportWhoseReReadFailsStopsAtTheReportedStatus() {
    // The service says the case is now in CER, not D&A; the re-read then fails. The best
    // knowledge of where the case stands is the service's own report.
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .interfereAfterEachMutation(List.of(CONTAINMENT_ERADICATION_AND_RECOVERY))
            .failCall(2, Kind.UNREACHABLE);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, POST_INCIDENT_ACTIVITIES), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertEquals(CONTAINMENT_ERADICATION_AND_RECOVERY, stopped.reached().orElseThrow().status());
    assertEquals(List.of(CER_TO_PIA), stopped.remaining());
    assertEquals(List.of(UPDATE_STATUS, READ), fake.operations());
  }

  // ---------------------------------------------------------------- cancellation and deadline

  @Test
  void cancellationStopsAfterTheStepInFlight() {
    AtomicBoolean cancelled = new AtomicBoolean();
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF).afterCall(1, () -> cancelled.set(true));
    ReconcileOutcome outcome =
        reconciler(fake)
            .reconcile(
                known(fake, POST_INCIDENT_ACTIVITIES).withCancellation(cancelled::get), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertInstanceOf(StopCause.Cancelled.class, stopped.cause());
    assertEquals(DETECTION_AND_ANALYSIS, stopped.reached().orElseThrow().status());
    assertEquals(List.of(S_TO_DA), appliedTransitions(outcome));
    assertEquals(List.of(DA_TO_PIA), stopped.remaining());
    assertEquals(List.of(UPDATE_STATUS), fake.operations());
    assertEquals(DETECTION_AND_ANALYSIS, fake.statusOf(CASE));
  }

  @Test
  void cancellationBeforeTheFirstStepCallsNothing() {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF);
    ReconcileOutcome outcome =
        reconciler(fake).reconcile(known(fake, CLOSED).withCancellation(() -> true), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertInstanceOf(StopCause.Cancelled.class, stopped.cause());
    assertEquals(SUBMITTED, stopped.reached().orElseThrow().status());
    assertEquals(List.of(), fake.calls());
  }

  @Test
  void deadlineStopsBetweenStepsAndIsPassedToEveryCall() {
    Deadline deadline = Deadline.after(Duration.ofSeconds(30), clock);
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .afterCall(2, () -> clock.advance(Duration.ofSeconds(30)));
    ReconcileOutcome outcome =
        reconciler(fake)
            .reconcile(
                ReconcileRequest.of(CASE, POST_INCIDENT_ACTIVITIES).withDeadline(deadline), events);

    ReconcileOutcome.Stopped stopped = assertInstanceOf(ReconcileOutcome.Stopped.class, outcome);
    assertInstanceOf(StopCause.DeadlineExceeded.class, stopped.cause());
    assertEquals(DETECTION_AND_ANALYSIS, stopped.reached().orElseThrow().status());
    assertEquals(List.of(S_TO_DA), appliedTransitions(outcome));
    assertEquals(List.of(DA_TO_PIA), stopped.remaining());
    assertEquals(List.of(READ, UPDATE_STATUS), fake.operations());
    assertTrue(fake.calls().stream().allMatch(c -> c.deadline().equals(deadline)));
  }

  @Test
  void deadlineNotYetPassedLetsTheWalkFinish() {
    Deadline deadline = Deadline.after(Duration.ofSeconds(30), clock);
    FakeCaseGateway fake =
        fakeWith(SUBMITTED, ResolverType.SELF)
            .afterCall(1, () -> clock.advance(Duration.ofSeconds(29)));
    ReconcileOutcome outcome =
        reconciler(fake)
            .reconcile(known(fake, POST_INCIDENT_ACTIVITIES).withDeadline(deadline), events);
    assertInstanceOf(ReconcileOutcome.Converged.class, outcome);
  }

  @Test
  void expiredDeadlineCallsNothingMutating() {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF);
    ReconcileOutcome outcome =
        reconciler(fake)
            .reconcile(known(fake, CLOSED).withDeadline(Deadline.at(clock.instant())), events);
    assertInstanceOf(
        StopCause.DeadlineExceeded.class,
        assertInstanceOf(ReconcileOutcome.Stopped.class, outcome).cause());
    assertEquals(List.of(), fake.calls());
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void concurrentReconcilesOfOneCaseNeverInterleaveAndTheSecondReReads() throws Exception {
    FakeCaseGateway fake = fakeWith(SUBMITTED, ResolverType.SELF);
    CountDownLatch firstCallEntered = new CountDownLatch(1);
    CountDownLatch releaseFirstCall = new CountDownLatch(1);
    fake.blockCall(1, firstCallEntered, releaseFirstCall);
    Reconciler reconciler = reconciler(fake);
    CaseSnapshot readBeforeEither = fake.snapshot(CASE);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<ReconcileOutcome> first =
          pool.submit(
              () -> {
                Thread.currentThread().setName("first");
                return reconciler.reconcile(
                    ReconcileRequest.of(CASE, POST_INCIDENT_ACTIVITIES).withKnown(readBeforeEither),
                    ProgressListener.NONE);
              });
      assertTrue(firstCallEntered.await(10, TimeUnit.SECONDS));
      Thread[] second = new Thread[1];
      Future<ReconcileOutcome> secondOutcome =
          pool.submit(
              () -> {
                Thread.currentThread().setName("second");
                second[0] = Thread.currentThread();
                return reconciler.reconcile(
                    ReconcileRequest.of(CASE, CONTAINMENT_ERADICATION_AND_RECOVERY)
                        .withKnown(readBeforeEither),
                    ProgressListener.NONE);
              });
      awaitBlocked(() -> second[0]);
      releaseFirstCall.countDown();

      assertInstanceOf(ReconcileOutcome.Converged.class, first.get(10, TimeUnit.SECONDS));
      ReconcileOutcome.Converged secondConverged =
          assertInstanceOf(
              ReconcileOutcome.Converged.class, secondOutcome.get(10, TimeUnit.SECONDS));
      assertEquals(
          List.of(update(POST_INCIDENT_ACTIVITIES, CONTAINMENT_ERADICATION_AND_RECOVERY)),
          appliedTransitions(secondConverged));
    } finally {
      pool.shutdownNow();
    }
    List<String> threads = fake.calls().stream().map(Call::thread).toList();
    assertEquals(List.of("first", "first", "second", "second"), threads);
    assertEquals(List.of(UPDATE_STATUS, UPDATE_STATUS, READ, UPDATE_STATUS), fake.operations());
    assertEquals(CONTAINMENT_ERADICATION_AND_RECOVERY, fake.statusOf(CASE));
  }

  /** Waits (bounded) until the thread is parked, i.e. waiting for the case's lock. */
  private static void awaitBlocked(Supplier<Thread> thread) throws InterruptedException {
    for (int i = 0; i < 1_000; i++) {
      Thread t = thread.get();
      if (t != null && (t.getState() == Thread.State.WAITING)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("second reconcile never waited for the first");
  }

  @Test
  void reconcilesManyCasesConcurrentlyAndAllConverge() throws Exception {
    FakeCaseGateway fake = new FakeCaseGateway(GraphVariant.DOCUMENTED);
    Planner planner = new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED));
    List<LifecycleStatus> starts =
        List.of(
            SUBMITTED,
            DETECTION_AND_ANALYSIS,
            CONTAINMENT_ERADICATION_AND_RECOVERY,
            POST_INCIDENT_ACTIVITIES,
            ACKNOWLEDGED);
    List<LifecycleStatus> targets =
        List.of(
            DETECTION_AND_ANALYSIS,
            CONTAINMENT_ERADICATION_AND_RECOVERY,
            POST_INCIDENT_ACTIVITIES,
            CLOSED);
    List<CaseId> ids = new ArrayList<>();
    List<LifecycleStatus> desired = new ArrayList<>();
    List<Integer> expectedSteps = new ArrayList<>();
    for (int i = 0; ids.size() < 50; i++) {
      LifecycleStatus start = starts.get(i % starts.size());
      LifecycleStatus target = targets.get((i / starts.size()) % targets.size());
      if (!(planner.plan(start, target, ResolverType.SELF) instanceof Plan.Path path)) {
        continue;
      }
      CaseId id = new CaseId(String.valueOf(1_000_000_000L + i));
      fake.withCase(id, start, ResolverType.SELF);
      ids.add(id);
      desired.add(target);
      expectedSteps.add(path.steps().size());
    }
    Reconciler reconciler = new Reconciler(fake, planner, clock, Reconciler.DEFAULT_MAX_REPLANS);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ReconcileOutcome>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < ids.size(); i++) {
        ReconcileRequest request = ReconcileRequest.of(ids.get(i), desired.get(i));
        futures.add(pool.submit(() -> reconciler.reconcile(request, events)));
      }
      for (int i = 0; i < ids.size(); i++) {
        ReconcileOutcome outcome = futures.get(i).get(30, TimeUnit.SECONDS);
        assertInstanceOf(ReconcileOutcome.Converged.class, outcome, outcome::toString);
        assertEquals(ids.get(i), outcome.caseId());
        assertEquals(desired.get(i), fake.statusOf(ids.get(i)));
        assertEquals(1 + expectedSteps.get(i), fake.calls(ids.get(i)).size());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(50, events.count(ProgressEvent.Planned.class));
  }

  // ---------------------------------------------------------------- request validation

  @Test
  void requestRejectsASnapshotOfAnotherCase() {
    CaseSnapshot other =
        new CaseSnapshot(new CaseId("1111111111"), SUBMITTED, ResolverType.SELF, "t", "a");
    ReconcileRequest request = ReconcileRequest.of(CASE, CLOSED);
    assertThrows(IllegalArgumentException.class, () -> request.withKnown(other));
  }

  @Test
  void snapshotToStringLeavesOutTheSensitiveTitle() {
    CaseSnapshot snapshot =
        new CaseSnapshot(CASE, SUBMITTED, ResolverType.SELF, "Ransomware at ACME", "arn:x");
    assertFalse(snapshot.toString().contains("Ransomware"), snapshot::toString);
  }

  @Test
  void plannerIsExposedUnchanged() {
    Planner planner = new Planner(TransitionGraph.of(GraphVariant.EXTENDED));
    assertSame(
        planner, new Reconciler(new FakeCaseGateway(GraphVariant.EXTENDED), planner).planner());
  }
}
