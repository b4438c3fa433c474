package com.pulumi.securityir.provider.casestatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.Values;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pulumirpc.Provider.DiffResponse;

/**
 * {@code CaseStatus} created and updated through the engine's lifecycle, in-process over the
 * in-memory case service: preview and up of a new resource (adopting a case), no-op and multi-step
 * updates, replacement, a part-way failure and its resumption, failures that changed nothing,
 * timeout, cancel and refusals.
 */
class CaseStatusLifecycleTest extends CaseStatusLifecycleFixture {

  // ---- create (adopt) ----------------------------------------------------------------------

  @Test
  void previewOfANewResourcePlansFromTheLiveStatusAndChangesNothing() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    Step step =
        session()
            .preview(
                TYPE,
                "c",
                declared(id, "containment, eradication, and recovery"),
                Optional.empty());
    State planned = done(step);
    assertEquals(CER, status(planned));
    assertEquals(id.value(), planned.id());
    assertEquals(
        Values.string("6a19a0b0-7e62-4c92-b797-7f8e31da9cc2"),
        planned.outputs().getFieldsOrThrow("lastTransitions"),
        "the transitions are not known until the up");
    assertEquals(
        List.of("case " + id + ": " + SUBMITTED + " -> " + DA + " -> " + CER + " (2 steps)"),
        step.messages());
    assertEquals(List.of(), gateway.mutations(id));
    assertEquals(1, gateway.reads(id));
  }

  @Test
  void upAdoptsTheCaseAndWalksEachStepTellingTheRowBeforeItAnswers() {
    CaseId id = gateway.seed("phishing on host 7", LifecycleStatus.SUBMITTED, ResolverType.SELF);
    Step step = session().up(TYPE, "c", declared(id, CER), Optional.empty());
    State state = done(step);
    assertEquals(id.value(), state.id());
    assertEquals(CER, status(state));
    assertEquals(List.of("UpdateCaseStatus", "UpdateCaseStatus"), gateway.mutations(id));
    assertEquals(1, gateway.reads(id), "the walk plans from the read Check started");
    assertEquals(
        List.of(
            "case " + id + ": " + SUBMITTED + " -> " + DA + " -> " + CER + " (2 steps)",
            "case " + id + ": step 1/2: " + SUBMITTED + " -> " + DA + " (UpdateCaseStatus)",
            "case " + id + ": applied step 1/2: " + SUBMITTED + " -> " + DA + " (UpdateCaseStatus)",
            "case " + id + ": step 2/2: " + DA + " -> " + CER + " (UpdateCaseStatus)",
            "case " + id + ": applied step 2/2: " + DA + " -> " + CER + " (UpdateCaseStatus)"),
        step.messages());
    List<Value> steps = transitions(state.outputs());
    assertEquals(2, steps.size());
    Struct first = steps.get(0).getStructValue();
    assertEquals(SUBMITTED, Values.text(first, "from").orElseThrow());
    assertEquals(DA, Values.text(first, "to").orElseThrow());
    assertEquals("UpdateCaseStatus", Values.text(first, "operation").orElseThrow());
    assertEquals("2026-03-01T09:00:00Z", Values.text(first, "time").orElseThrow());
    assertEquals("Self", Values.text(state.outputs(), "resolverType").orElseThrow());
    assertTrue(Values.text(state.outputs(), "caseArn").orElseThrow().endsWith("case/" + id));
    assertTrue(Values.isSecret(state.outputs(), "title"), "the title is sensitive");
    assertEquals("phishing on host 7", Values.text(state.outputs(), "title").orElseThrow());
  }

  @Test
  void adoptingACaseAlreadyInTheDeclaredStatusConvergesWithoutAMove() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    Step step = session().up(TYPE, "c", declared(id, DA), Optional.empty());
    assertEquals(DA, status(done(step)));
    assertEquals(List.of(), transitions(done(step).outputs()));
    assertEquals(List.of(), gateway.mutations(id));
    assertEquals(List.of(), step.messages());
  }

  // ---- updates -------------------------------------------------------------------------------

  @Test
  void anUnchangedDeclarationIsANoOpWithoutAMutatingCall() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State before = created(id, DA);
    Step step = session().up(TYPE, "c", declared(id, DA), Optional.of(before));
    Step.Done same = assertInstanceOf(Step.Done.class, step);
    assertEquals(DiffResponse.DiffChanges.DIFF_NONE, same.diff().orElseThrow().getChanges());
    assertFalse(same.changed());
    assertEquals(List.of(), gateway.mutations(id));
  }

  @Test
  void anUpdateWalksEveryLegalStepAndPreviewAndUpShareOneRead() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    State before = created(id, SUBMITTED);
    long readsBefore = gateway.reads(id);
    Session session = session();
    State planned = done(session.preview(TYPE, "c", declared(id, PIA), Optional.of(before)));
    assertEquals(PIA, status(planned));
    assertEquals(List.of(), gateway.mutations(id));
    Step step = session.up(TYPE, "c", declared(id, PIA), Optional.of(before));
    State after = done(step);
    assertEquals(PIA, status(after));
    assertEquals(List.of("UpdateCaseStatus", "UpdateCaseStatus"), gateway.mutations(id));
    assertEquals(1, gateway.reads(id) - readsBefore, "one read per case per plugin process");
    assertEquals(
        List.of(DiffResponse.DiffChanges.DIFF_SOME, List.of("status")),
        List.of(
            ((Step.Done) step).diff().orElseThrow().getChanges(),
            ((Step.Done) step).diff().orElseThrow().getDiffsList()));
  }

  @Test
  void changingTheCaseIdReplacesTheResource() {
    CaseId first = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    CaseId second = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State before = created(first, DA);
    Step.Done replaced =
        assertInstanceOf(
            Step.Done.class, session().up(TYPE, "c", declared(second, CER), Optional.of(before)));
    assertEquals(List.of("caseId"), replaced.diff().orElseThrow().getReplacesList());
    assertEquals(second.value(), replaced.state().id());
    assertEquals(CER, status(replaced.state()));
  }

  // ---- part-way failure ----------------------------------------------------------------------

  @Test
  void aFailurePartWayRecordsTheReachedStateAndTheNextUpResumesFromIt() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    gateway.fail(id, "UpdateCaseStatus", 2, Kind.ACCESS_DENIED);
    Step step = session().up(TYPE, "c", declared(id, PIA), Optional.empty());
    Step.Partial partial = assertInstanceOf(Step.Partial.class, step, step::toString);
    assertEquals(id.value(), partial.state().id());
    assertEquals(DA, status(partial.state()), "the status actually reached is recorded");
    assertEquals(1, transitions(partial.state().outputs()).size());
    assertEquals(List.of(deniedAtTheSecondStepToPia(id)), partial.state().initErrors());
    assertTrue(partial.detail().getRefreshBeforeUpdate());

    Step resumed = session().up(TYPE, "c", declared(id, PIA), Optional.of(partial.state()));
    assertEquals(PIA, status(done(resumed)));
    assertEquals(
        List.of("UpdateCaseStatus", "UpdateCaseStatus", "UpdateCaseStatus"),
        gateway.mutations(id),
        "the failed call, then only the remaining step: nothing applied twice");
  }

  /** A failure that changed nothing: the gRPC code of its kind, and no reached state. */
  static Stream<Arguments> failuresBeforeAnyChange() {
    return Stream.of(
        Arguments.of(Kind.ACCESS_DENIED, Status.Code.PERMISSION_DENIED),
        Arguments.of(Kind.THROTTLED, Status.Code.RESOURCE_EXHAUSTED),
        Arguments.of(Kind.CREDENTIALS_EXPIRED, Status.Code.UNAUTHENTICATED),
        Arguments.of(Kind.UNREACHABLE, Status.Code.UNAVAILABLE),
        Arguments.of(Kind.NOT_ACTIVE, Status.Code.FAILED_PRECONDITION));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("failuresBeforeAnyChange")
  void aFailureBeforeAnyChangeIsAPlainErrorWithTheCodeOfItsKind(Kind kind, Status.Code code) {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    gateway.fail(id, "UpdateCaseStatus", 1, kind);
    Step.Failed failed =
        assertInstanceOf(
            Step.Failed.class, session().up(TYPE, "c", declared(id, CER), Optional.empty()));
    assertEquals("Create", failed.rpc());
    assertEquals(code, failed.status().getCode(), failed.status()::toString);
    assertTrue(
        failed
            .status()
            .getDescription()
            .endsWith(
                "The case is in '"
                    + DA
                    + "' after 0 steps; remaining: "
                    + DA
                    + " -> "
                    + CER
                    + " (UpdateCaseStatus). Run the update again to resume from the case's live"
                    + " status."),
        failed.status()::getDescription);
    assertEquals(LifecycleStatus.DETECTION_AND_ANALYSIS, gateway.statusOf(id));
  }

  @Test
  void aPreviewOfAMissingCaseIsNotFound() {
    CaseId ghost = new CaseId("9999999999");
    Step.Failed failed =
        assertInstanceOf(
            Step.Failed.class, session().preview(TYPE, "c", declared(ghost, DA), Optional.empty()));
    assertEquals(Status.Code.NOT_FOUND, failed.status().getCode(), failed.status()::toString);
  }

  @Test
  void aTimeoutStopsAfterTheStepInFlightAndRecordsWhereItStopped() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    gateway.beforeEachMutation(id, () -> clock.advance(Duration.ofSeconds(2)));
    Step step = session().up(TYPE, "c", declared(id, CER), Optional.empty(), 1.0);
    Step.Partial partial = assertInstanceOf(Step.Partial.class, step, step::toString);
    assertEquals(DA, status(partial.state()));
    assertTrue(partial.state().initErrors().get(0).contains("deadline passed"));
    assertEquals(List.of("UpdateCaseStatus"), gateway.mutations(id));
  }

  @Test
  void cancelStopsAfterTheStepInFlightAndBeforeAnyStepChangesNothing() {
    CaseId moving = gateway.seed(LifecycleStatus.SUBMITTED);
    Session session = session();
    gateway.beforeEachMutation(moving, session::cancel);
    Step.Partial partial =
        assertInstanceOf(
            Step.Partial.class, session.up(TYPE, "a", declared(moving, CER), Optional.empty()));
    assertEquals(DA, status(partial.state()));
    assertTrue(partial.state().initErrors().get(0).contains("cancelled"));

    CaseId idle = gateway.seed(LifecycleStatus.SUBMITTED);
    Step.Failed failed =
        assertInstanceOf(
            Step.Failed.class, session.up(TYPE, "b", declared(idle, CER), Optional.empty()));
    assertEquals(Status.Code.CANCELLED, failed.status().getCode());
    assertEquals(List.of(), gateway.mutations(idle));
  }

  // ---- refusals ------------------------------------------------------------------------------

  @Test
  void aClosedCaseCannotBeReopenedAndThePreviewSaysWhyWithoutAnyMove() {
    CaseId id = gateway.seed(LifecycleStatus.CLOSED);
    State before = created(id, "Closed");
    Step step = session().preview(TYPE, "c", declared(id, DA), Optional.of(before));
    Step.Failed failed = assertInstanceOf(Step.Failed.class, step, step::toString);
    // At Diff when the read is done by then, else at the Update(preview) that plans from it.
    assertTrue(List.of("Diff", "Update").contains(failed.rpc()), failed::toString);
    assertEquals(Status.Code.FAILED_PRECONDITION, failed.status().getCode());
    assertTrue(
        failed
            .status()
            .getDescription()
            .startsWith(
                "case "
                    + id
                    + ": cannot move case from"
                    + " 'Closed' to '"
                    + DA
                    + "': the case is Closed, and closed cases cannot be reopened"),
        failed.status()::getDescription);
    assertEquals(List.of(), gateway.mutations(id));
  }

  @Test
  void anAwsSupportedCaseCanOnlyBeClosed() {
    CaseId id = gateway.seed("aws", LifecycleStatus.ACKNOWLEDGED, ResolverType.AWS);
    Step.Failed refused =
        assertInstanceOf(
            Step.Failed.class, session().up(TYPE, "c", declared(id, CER), Optional.empty()));
    assertEquals(Status.Code.FAILED_PRECONDITION, refused.status().getCode());
    assertTrue(refused.status().getDescription().contains("AWS responders"));
    assertEquals("Closed", status(created(id, "Closed")));
    assertEquals(List.of("CloseCase"), gateway.mutations(id));
  }
}
