package com.pulumi.securityir.provider.casestatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.Values;
import io.grpc.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ReadResponse;

/**
 * {@code CaseStatus} refreshed, imported and deleted through the engine's lifecycle, in-process
 * over the in-memory case service; and what a preview with unknowns and secret inputs may and may
 * not show.
 */
class CaseStatusRefreshImportDeleteTest extends CaseStatusLifecycleFixture {

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
