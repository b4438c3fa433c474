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
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.provider.testing.InMemoryGateway;
import com.pulumi.securityir.provider.testing.InProcessEngine;
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.MutableClock;
import com.pulumi.securityir.provider.testing.Values;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ReadResponse;

/**
 * {@code CaseStatus} through the engine's whole lifecycle, in-process over the in-memory case
 * service: preview and up of a new resource (adopting a case), no-op and multi-step updates, a
 * part-way failure and its resumption, refusals, refresh with drift and of a missing case, import,
 * delete with and without closeOnDelete, unknowns and secrets. Each {@link #session()} is a fresh
 * provider, as each engine operation launches a fresh plugin; the test holds the engine's state.
 */
class CaseStatusLifecycleTest {

  private static final String TYPE = CaseStatusResource.TOKEN;
  private static final String SUBMITTED = "Submitted";
  private static final String DA = "Detection and Analysis";
  private static final String CER = "Containment, Eradication and Recovery";
  private static final String PIA = "Post-incident Activities";

  private final InMemoryGateway gateway = new InMemoryGateway();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final ExecutorService readers = Executors.newFixedThreadPool(4);
  private final InProcessEngine engine =
      new InProcessEngine(gateway.factory(readers, clock), clock);

  @AfterEach
  void stopReaders() {
    readers.shutdownNow();
  }

  private Session session() {
    Session session = engine.open();
    session.handshake();
    assertEquals(List.of(), session.configure(Map.of("region", "us-east-1")));
    return session;
  }

  private static Struct declared(CaseId id, String status) {
    return Values.struct(Map.of("caseId", id.value(), "status", status));
  }

  private static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  private static String status(State state) {
    return Values.text(state.outputs(), "status").orElseThrow();
  }

  private static List<Value> transitions(Struct outputs) {
    return outputs.getFieldsOrThrow("lastTransitions").getListValue().getValuesList();
  }

  private State created(CaseId id, String status) {
    return done(session().up(TYPE, "c", declared(id, status), Optional.empty()));
  }

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
    assertEquals(
        List.of(
            "case "
                + id
                + ": security-ir:UpdateCaseStatus failed for case "
                + id
                + " (ACCESS_DENIED). The case is in '"
                + DA
                + "' after 1 step; remaining: "
                + DA
                + " -> "
                + PIA
                + " (UpdateCaseStatus). Run the update again to resume from the case's live"
                + " status."),
        partial.state().initErrors());
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

  // ---- refresh and import --------------------------------------------------------------------

  @Test
  void refreshReportsDriftKeepsTheLastTransitionsAndTheEnginesDiffShowsIt() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State before = created(id, CER);
    gateway.moveBySomeoneElse(id, LifecycleStatus.POST_INCIDENT_ACTIVITIES);
    Session session = session();
    ReadResponse read = session.refresh(before).orElseThrow();
    assertEquals(id.value(), read.getId());
    assertEquals(PIA, Values.text(read.getProperties(), "status").orElseThrow());
    assertEquals(
        before.outputs().getFieldsOrThrow("lastTransitions"),
        read.getProperties().getFieldsOrThrow("lastTransitions"));
    assertFalse(read.hasInputs(), "a refresh keeps the recorded inputs");
    assertTrue(read.getRefreshBeforeUpdate());
    // The engine's refresh Diff: olds are what Read returned, news the inputs recorded before.
    DiffResponse drift =
        session
            .call(
                session.server()::diff,
                DiffRequest.newBuilder()
                    .setId(id.value())
                    .setUrn(before.urn())
                    .setType(TYPE)
                    .setOlds(read.getProperties())
                    .setOldInputs(before.inputs())
                    .setNews(before.inputs())
                    .build())
            .orElseThrow();
    assertEquals(DiffResponse.DiffChanges.DIFF_SOME, drift.getChanges());
    assertEquals(List.of("status"), drift.getDiffsList());
    assertEquals(List.of(), gateway.mutations(id).subList(1, gateway.mutations(id).size()));
  }

  @Test
  void refreshOfACaseThatNoLongerExistsReportsItGone() {
    CaseId ghost = new CaseId("9999999999");
    State recorded =
        new State(
            TYPE, "ghost", ghost.value(), declared(ghost, DA), declared(ghost, DA), List.of());
    assertEquals("", session().refresh(recorded).orElseThrow().getId());
  }

  @Test
  void importBuildsInputsAndOutputsFromTheCaseAndAnUnchangedProgramIsThenANoOp() {
    CaseId id = gateway.seed(LifecycleStatus.POST_INCIDENT_ACTIVITIES);
    ReadResponse read = session().importResource(TYPE, "imported", id.value()).orElseThrow();
    assertEquals(id.value(), read.getId());
    assertEquals(
        Values.struct(Map.of("caseId", id.value(), "status", PIA, "closeOnDelete", false)),
        read.getInputs());
    assertEquals(PIA, Values.text(read.getProperties(), "status").orElseThrow());
    assertEquals(List.of(), transitions(read.getProperties()));
    State imported =
        new State(
            TYPE, "imported", read.getId(), read.getInputs(), read.getProperties(), List.of());
    Step.Done same =
        assertInstanceOf(
            Step.Done.class,
            session().up(TYPE, "imported", read.getInputs(), Optional.of(imported)));
    assertFalse(same.changed());
    assertEquals(List.of(), gateway.mutations(id));
  }

  @Test
  void importOfSomethingThatIsNotACaseIdIsRefusedWithoutACall() {
    Status refused =
        session().importResource(TYPE, "imported", "../cases/8403556009").status().orElseThrow();
    assertEquals(Status.Code.INVALID_ARGUMENT, refused.getCode());
    assertEquals(
        "cannot read CaseStatus with id '../cases/8403556009': the id of a CaseStatus resource is"
            + " the case id, 10 to 32 digits, e.g. pulumi import securityir:index:CaseStatus"
            + " my-case 8403556009",
        refused.getDescription());
    assertEquals(0, gateway.callCount());
  }

  // ---- delete --------------------------------------------------------------------------------

  @Test
  void destroyLeavesTheCaseUnchangedUnlessCloseOnDeleteIsSet() {
    CaseId kept = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    CaseId closing = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State keptState = created(kept, DA);
    State closingState =
        done(
            session()
                .up(
                    TYPE,
                    "closing",
                    Values.struct(
                        Map.of("caseId", closing.value(), "status", DA, "closeOnDelete", true)),
                    Optional.empty()));
    int callsBefore = gateway.callCount();
    Session session = session();
    assertTrue(session.destroy(keptState).value().isPresent());
    assertEquals(callsBefore, gateway.callCount(), "leaving a case needs no call");
    assertEquals(
        List.of(
            "case "
                + kept
                + ": no longer managed by Pulumi; left unchanged in AWS (last seen '"
                + DA
                + "'). Set closeOnDelete: true to close cases when they are removed."),
        session.log().messagesFor(keptState.urn()));
    assertTrue(session.destroy(closingState).value().isPresent());
    assertEquals(List.of("CloseCase"), gateway.mutations(closing));
    assertEquals(LifecycleStatus.CLOSED, gateway.statusOf(closing));
    assertEquals(List.of(), gateway.mutations(kept));
  }

  @Test
  void aCloseOnDeleteThatFailsKeepsTheResourceWithTheCodeOfItsKind() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State state =
        done(
            session()
                .up(
                    TYPE,
                    "c",
                    Values.struct(
                        Map.of("caseId", id.value(), "status", DA, "closeOnDelete", true)),
                    Optional.empty()));
    gateway.fail(id, "CloseCase", 1, Kind.ACCESS_DENIED);
    Status status = session().destroy(state).status().orElseThrow();
    assertEquals(Status.Code.PERMISSION_DENIED, status.getCode());
    assertTrue(status.getDescription().startsWith("case " + id + ": could not close on delete: "));
  }

  // ---- unknowns and secrets ------------------------------------------------------------------

  @Test
  void unknownInputsInAPreviewMakeNoCallAtAll() {
    Step step =
        session()
            .preview(
                TYPE,
                "later",
                Values.struct(Map.of("caseId", Values.UNKNOWN, "status", CER)),
                Optional.empty());
    State state = done(step);
    assertEquals(Values.UNKNOWN, Values.text(state.outputs(), "caseId").orElseThrow());
    assertEquals(CER, status(state));
    assertEquals(Values.bool(false), state.outputs().getFieldsOrThrow("closeOnDelete"));
    assertEquals("", state.id());
    assertEquals(0, gateway.callCount());
  }

  @Test
  void anUnknownProviderConfigurationInAPreviewMakesNoCallEither() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    Session session = engine.open();
    session.handshake();
    assertEquals(List.of(), session.configure(Map.of("region", Values.UNKNOWN)));
    State state = done(session.preview(TYPE, "c", declared(id, CER), Optional.empty()));
    assertEquals(id.value(), state.id());
    assertEquals(CER, status(state));
    assertEquals(0, gateway.callCount());
  }

  @Test
  void aFailureAboutACaseWithASecretIdNeverShowsTheId() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    gateway.fail(id, "UpdateCaseStatus", 1, Kind.ACCESS_DENIED);
    Struct news =
        Struct.newBuilder()
            .putFields("caseId", Values.secret(id.value()))
            .putFields("status", Values.string(CER))
            .build();
    Step.Failed failed =
        assertInstanceOf(Step.Failed.class, session().up(TYPE, "s", news, Optional.empty()));
    assertEquals(Status.Code.PERMISSION_DENIED, failed.status().getCode());
    assertFalse(failed.status().getDescription().contains(id.value()), failed.status()::toString);

    Struct missing =
        Struct.newBuilder()
            .putFields("caseId", Values.secret("9999999999"))
            .putFields("status", Values.string(CER))
            .build();
    Step.Failed notFound =
        assertInstanceOf(
            Step.Failed.class, session().preview(TYPE, "m", missing, Optional.empty()));
    assertEquals(Status.Code.NOT_FOUND, notFound.status().getCode());
    assertFalse(notFound.status().getDescription().contains("9999999999"), notFound::toString);
  }

  @Test
  void secretInputsStaySecretInOutputsAndNeverReachAMessage() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    gateway.fail(id, "UpdateCaseStatus", 2, Kind.SERVICE_ERROR);
    Struct news =
        Struct.newBuilder()
            .putFields("caseId", Values.secret(id.value()))
            .putFields("status", Values.secret(PIA))
            .build();
    Session session = session();
    Step.Partial partial =
        assertInstanceOf(Step.Partial.class, session.up(TYPE, "s", news, Optional.empty()));
    assertTrue(Values.isSecret(partial.state().outputs(), "caseId"));
    assertTrue(Values.isSecret(partial.state().outputs(), "status"));
    assertTrue(partial.state().initErrors().get(0).startsWith("case [secret id]: "));
    assertFalse(
        partial.state().initErrors().get(0).contains(id.value()),
        "the gateway's message names the case; a secret id is redacted from it");

    State state = done(session().up(TYPE, "s", news, Optional.of(partial.state())));
    assertTrue(Values.isSecret(state.outputs(), "caseId"));
    assertTrue(Values.isSecret(state.outputs(), "status"));
    assertEquals(PIA, status(state));
    assertTrue(
        session.log().entries().stream().allMatch(e -> e.message().startsWith("case [secret id]")),
        () -> session.log().entries().toString());
    // Case ids appear in gateway messages; the provider's own sentences never name a secret one.
    assertTrue(
        session.log().entries().stream().noneMatch(e -> e.message().contains(": case " + id)));
  }
}
