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
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.RecordingEngineLog;
import com.pulumi.securityir.provider.testing.Values;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;

/**
 * The case record that says why, through the engine's lifecycle over the in-memory case service:
 * after a create, update or close-on-delete applied a step, the case gets exactly one comment
 * saying from which status to which, by which steps, from which Pulumi project, stack and resource
 * (the fixture's URNs are {@code urn:pulumi:dev::cases::TYPE::NAME}), and the note; never in a
 * preview, never with {@code comment: false}, never for a change of the note alone, and a failure
 * to comment is a warning that changes nothing else. No test's note ever reaches the engine log.
 */
class CaseStatusRecordingTest extends CaseStatusLifecycleFixture {

  private static final String NOTE = "contained per runbook IR-7; ticket SEC-4411";
  private static final String OTHER_NOTE = "reopened analysis: new indicators on host 9";
  private static final String FROM_HERE =
      "From: Pulumi project 'cases', stack 'dev', resource 'c' (securityir:index:CaseStatus).";

  private final List<Session> sessions = new ArrayList<>();

  @Override
  Session session() {
    Session session = super.session();
    sessions.add(session);
    return session;
  }

  @AfterEach
  void noNoteReachedTheEngineLog() {
    for (Session session : sessions) {
      for (RecordingEngineLog.Entry entry : session.log().entries()) {
        assertFalse(entry.message().contains(NOTE), entry::toString);
        assertFalse(entry.message().contains(OTHER_NOTE), entry::toString);
      }
    }
  }

  private static Struct declared(CaseId id, String status, Map<String, ?> more) {
    Map<String, Object> fields = new HashMap<>(Map.of("caseId", id.value(), "status", status));
    fields.putAll(more);
    return Values.struct(fields);
  }

  private static Struct noted(CaseId id, String status, String note) {
    return declared(id, status, Map.of("note", note));
  }

  /** A new resource declared by {@code news}, after an up. */
  private State adopted(Struct news) {
    return done(session().up(TYPE, "c", news, Optional.empty()));
  }

  private long commentCalls(CaseId id) {
    return gateway.calls().stream()
        .filter(c -> id.equals(c.caseId()) && c.operation().equals("CreateCaseComment"))
        .count();
  }

  // ---- what is recorded ----------------------------------------------------------------------

  @Test
  void anUpWithANoteAddsOneCommentSayingFromWhereToWhereByWhichStepsFromWhereAndWhy() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    State state = adopted(noted(id, CER, NOTE));
    assertEquals(CER, status(state));
    assertEquals(
        List.of(
            "Status changed by securityir from '"
                + SUBMITTED
                + "' to '"
                + CER
                + "' in 2 steps:\n"
                + "- "
                + SUBMITTED
                + " -> "
                + DA
                + " (UpdateCaseStatus)\n"
                + "- "
                + DA
                + " -> "
                + CER
                + " (UpdateCaseStatus)\n"
                + FROM_HERE
                + "\nNote: "
                + NOTE),
        gateway.comments(id));
    assertEquals(NOTE, Values.text(state.outputs(), "note").orElseThrow());
    assertEquals(Values.bool(true), state.outputs().getFieldsOrThrow("comment"));
  }

  @Test
  void withoutANoteTheCommentHasNoNoteLineAndAnUpChangingNothingAddsNone() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State state = created(id, CER);
    assertEquals(1, gateway.comments(id).size());
    assertFalse(gateway.comments(id).get(0).contains("Note:"), gateway.comments(id)::toString);
    assertFalse(state.outputs().containsFields("note"), "an unset note is no output");

    CaseId idle = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    created(idle, DA);
    assertEquals(List.of(), gateway.comments(idle), "nothing changed, nothing to record");
    assertEquals(0, commentCalls(idle));
  }

  @Test
  void aPreviewCommentsNothing() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    Session session = session();
    done(session.preview(TYPE, "c", noted(id, CER, NOTE), Optional.empty()));
    State before = created(id, SUBMITTED);
    long commentsBefore = commentCalls(id);
    done(session().preview(TYPE, "c", noted(id, PIA, NOTE), Optional.of(before)));
    assertEquals(commentsBefore, commentCalls(id), "no comment call in a preview");
    assertEquals(0, commentsBefore, "adopting a case in its status records nothing");
    assertEquals(List.of(), gateway.comments(id));
  }

  @Test
  void commentFalseTurnsRecordingOff() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    State state = adopted(declared(id, CER, Map.of("comment", false, "note", NOTE)));
    assertEquals(CER, status(state));
    assertEquals(List.of("UpdateCaseStatus", "UpdateCaseStatus"), gateway.mutations(id));
    assertEquals(0, commentCalls(id));
    assertEquals(Values.bool(false), state.outputs().getFieldsOrThrow("comment"));
  }

  // ---- a note-only change ----------------------------------------------------------------

  @Test
  void changingOnlyTheNoteIsAnUpdateThatMakesNoCallBeyondTheReadEveryDiffUses() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    State before = adopted(noted(id, DA, NOTE));
    int callsBefore = gateway.callCount();
    long readsBefore = gateway.reads(id);
    Step step = session().up(TYPE, "c", noted(id, DA, OTHER_NOTE), Optional.of(before));
    Step.Done done = assertInstanceOf(Step.Done.class, step, step::toString);
    assertTrue(done.changed(), "the state must record the new note");
    DiffResponse diff = done.diff().orElseThrow();
    assertEquals(List.of("note"), diff.getDiffsList());
    assertEquals(List.of(), diff.getReplacesList());
    assertEquals(
        1, gateway.callCount() - callsBefore, "only the read Check starts, which Diff waits for");
    assertEquals(1, gateway.reads(id) - readsBefore);
    assertEquals(OTHER_NOTE, Values.text(done.state().outputs(), "note").orElseThrow());
    assertEquals(DA, status(done.state()));
    assertEquals(List.of(), transitions(done.state().outputs()));
    assertEquals(1, gateway.comments(id).size(), "a note on a change already recorded adds none");
  }

  @Test
  void anUpdateWhoseOnlyChangeIsTheNoteOrCommentMakesNoCallAtAll() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State before = adopted(noted(id, DA, NOTE));
    Struct news = declared(id, DA, Map.of("note", OTHER_NOTE, "comment", false));
    Session session = session();
    int callsBefore = gateway.callCount();
    UpdateResponse updated =
        session.call(session.server()::update, update(before, news, false)).orElseThrow();
    assertEquals(callsBefore, gateway.callCount(), "no GetCase, no move, no comment");
    assertEquals(OTHER_NOTE, Values.text(updated.getProperties(), "note").orElseThrow());
    assertEquals(Values.bool(false), updated.getProperties().getFieldsOrThrow("comment"));
    assertEquals(DA, Values.text(updated.getProperties(), "status").orElseThrow());
    assertEquals(
        before.outputs().getFieldsOrThrow("caseArn"),
        updated.getProperties().getFieldsOrThrow("caseArn"));
  }

  @Test
  void aSecretNoteStaysSecretInTheOutputs() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    State state = adopted(declared(id, DA, Map.of("note", Values.secret(NOTE))));
    assertTrue(Values.isSecret(state.outputs(), "note"));
    assertEquals(NOTE, Values.text(state.outputs(), "note").orElseThrow());
    assertTrue(gateway.comments(id).get(0).endsWith("Note: " + NOTE));
  }

  @Test
  void anUnknownNoteInAPreviewIsAnUnknownOutputAndAChange() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State before = created(id, DA);
    Step step =
        session()
            .preview(
                TYPE, "c", declared(id, DA, Map.of("note", Values.UNKNOWN)), Optional.of(before));
    Step.Done done = assertInstanceOf(Step.Done.class, step, step::toString);
    assertEquals(List.of("note"), done.diff().orElseThrow().getDiffsList());
    assertEquals(Values.string(Values.UNKNOWN), done.state().outputs().getFieldsOrThrow("note"));
    assertEquals(List.of(), gateway.mutations(id));
  }

  // ---- part-way stops, resumes and retries ---------------------------------------------------

  @Test
  void aPartWayStopCommentsWhatWasAppliedAndWhereItStoppedAndTheResumeCommentsTheRest() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    gateway.fail(id, "UpdateCaseStatus", 2, Kind.ACCESS_DENIED);
    Step step = session().up(TYPE, "c", noted(id, PIA, NOTE), Optional.empty());
    Step.Partial partial = assertInstanceOf(Step.Partial.class, step, step::toString);
    assertEquals(DA, status(partial.state()));
    assertEquals(
        List.of(
            "Status changed by securityir from '"
                + SUBMITTED
                + "' to '"
                + DA
                + "' in 1 step, then stopped short of the declared '"
                + PIA
                + "':\n"
                + "- "
                + SUBMITTED
                + " -> "
                + DA
                + " (UpdateCaseStatus)\n"
                + "Stopped: security-ir:UpdateCaseStatus failed for case "
                + id
                + " (ACCESS_DENIED).\n"
                + "Remaining: "
                + DA
                + " -> "
                + PIA
                + " (UpdateCaseStatus).\n"
                + FROM_HERE
                + "\nNote: "
                + NOTE),
        gateway.comments(id));

    done(session().up(TYPE, "c", noted(id, PIA, NOTE), Optional.of(partial.state())));
    List<String> comments = gateway.comments(id);
    assertEquals(2, comments.size(), comments::toString);
    assertEquals(
        "Status changed by securityir from '"
            + DA
            + "' to '"
            + PIA
            + "' in 1 step:\n"
            + "- "
            + DA
            + " -> "
            + PIA
            + " (UpdateCaseStatus)\n"
            + FROM_HERE
            + "\nNote: "
            + NOTE,
        comments.get(1));
  }

  @Test
  void aWalkStoppedByItsDeadlineStillRecordsWhatItApplied() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    gateway.beforeEachMutation(id, () -> clock.advance(Duration.ofSeconds(2)));
    Step step = session().up(TYPE, "c", noted(id, CER, NOTE), Optional.empty(), 1.0);
    Step.Partial partial = assertInstanceOf(Step.Partial.class, step, step::toString);
    assertEquals(DA, status(partial.state()));
    List<String> comments = gateway.comments(id);
    assertEquals(1, comments.size(), () -> comments + " " + step.messages());
    assertTrue(
        comments
            .get(0)
            .startsWith(
                "Status changed by securityir from '"
                    + SUBMITTED
                    + "' to '"
                    + DA
                    + "' in 1 step, then stopped short of the declared '"
                    + CER
                    + "'"),
        comments.get(0));
    assertTrue(
        comments.get(0).contains("Stopped: the operation's deadline passed before the next step."),
        comments.get(0));
  }

  @Test
  void aRetriedUpdateOfTheSameChangeAddsNoSecondComment() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    State before = created(id, SUBMITTED);
    UpdateRequest request = update(before, noted(id, CER, NOTE), false);
    Session first = session();
    first.call(first.server()::update, request).orElseThrow();
    // The engine never saw the answer and sends the same Update again, from a new process.
    Session retry = session();
    UpdateResponse again = retry.call(retry.server()::update, request).orElseThrow();
    assertEquals(CER, Values.text(again.getProperties(), "status").orElseThrow());
    assertEquals(List.of("UpdateCaseStatus", "UpdateCaseStatus"), gateway.mutations(id));
    assertEquals(1, gateway.comments(id).size(), gateway.comments(id)::toString);
  }

  // ---- a failure to comment ------------------------------------------------------------------

  @Test
  void aFailingCommentIsAWarningNamingTheCaseAndCauseAndTheOutputsAreAsWithoutIt() {
    CaseId commented = gateway.seed(LifecycleStatus.SUBMITTED);
    CaseId silent = gateway.seed(LifecycleStatus.SUBMITTED);
    gateway.fail(commented, "CreateCaseComment", 1, Kind.THROTTLED);
    Step step = session().up(TYPE, "c", noted(commented, CER, NOTE), Optional.empty());
    State state = done(step);
    State without = adopted(declared(silent, CER, Map.of("note", NOTE, "comment", false)));
    assertEquals(List.of(), gateway.comments(commented));
    String warning =
        "case "
            + commented
            + ": the status change stands, but the comment recording it was not added:"
            + " security-ir:CreateCaseComment failed for case "
            + commented
            + " (THROTTLED).";
    assertEquals(
        List.of(new RecordingEngineLog.Entry("warning", state.urn(), warning)),
        sessions.get(0).log().entries().stream()
            .filter(e -> e.severity().equals("warning"))
            .toList());
    assertTrue(step.messages().contains(warning), "the warning reaches the row before the answer");
    assertEquals(status(without), status(state));
    assertEquals(
        stepsOf(without.outputs()), stepsOf(state.outputs()), "the same steps are recorded");
  }

  @Test
  void aFailingCommentAfterAPartWayStopLeavesThePartialStateAsWithoutIt() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    gateway.fail(id, "UpdateCaseStatus", 2, Kind.ACCESS_DENIED);
    gateway.fail(id, "CreateCaseComment", 1, Kind.UNREACHABLE);
    Step step = session().up(TYPE, "c", noted(id, PIA, NOTE), Optional.empty());
    Step.Partial partial = assertInstanceOf(Step.Partial.class, step, step::toString);
    assertEquals(DA, status(partial.state()));
    assertEquals(1, transitions(partial.state().outputs()).size());
    assertEquals(List.of(deniedAtTheSecondStepToPia(id)), partial.state().initErrors());
    assertTrue(
        step.messages().stream().anyMatch(m -> m.contains("CreateCaseComment failed")),
        step.messages()::toString);
    assertEquals(List.of(), gateway.comments(id));
  }

  @Test
  void aWarningAboutASecretCaseIdNeverShowsIt() {
    CaseId id = gateway.seed(LifecycleStatus.SUBMITTED);
    gateway.fail(id, "CreateCaseComment", 1, Kind.ACCESS_DENIED);
    Step step =
        session()
            .up(
                TYPE,
                "c",
                Values.struct(Map.of("caseId", Values.secret(id.value()), "status", DA)),
                Optional.empty());
    done(step);
    assertTrue(
        step.messages().stream()
            .anyMatch(m -> m.startsWith("case [secret id]: the status change stands")),
        step.messages()::toString);
    step.messages().forEach(m -> assertFalse(m.contains(id.value()), m));
  }

  // ---- close on delete ---------------------------------------------------------------------

  @Test
  void closingOnDeleteIsRecordedWithTheNoteOfTheRecordedState() {
    CaseId id = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State state = adopted(declared(id, DA, Map.of("closeOnDelete", true, "note", NOTE)));
    session().destroy(state).orElseThrow();
    assertEquals(List.of("CloseCase"), gateway.mutations(id));
    assertEquals(
        List.of(
            "Status changed by securityir from '"
                + DA
                + "' to 'Closed' in 1 step:\n"
                + "- "
                + DA
                + " -> Closed (CloseCase)\n"
                + FROM_HERE
                + "\nNote: "
                + NOTE),
        gateway.comments(id));

    CaseId quiet = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);
    State off = adopted(declared(quiet, DA, Map.of("closeOnDelete", true, "comment", false)));
    session().destroy(off).orElseThrow();
    assertEquals(List.of("CloseCase"), gateway.mutations(quiet));
    assertEquals(0, commentCalls(quiet));
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static UpdateRequest update(State before, Struct news, boolean preview) {
    return UpdateRequest.newBuilder()
        .setId(before.id())
        .setUrn(before.urn())
        .setName(before.name())
        .setType(TYPE)
        .setOlds(before.outputs())
        .setOldInputs(before.inputs())
        .setNews(news)
        .setPreview(preview)
        .build();
  }

  /** The from, to and operation of each recorded transition (the times differ between cases). */
  private static List<String> stepsOf(Struct outputs) {
    return transitions(outputs).stream()
        .map(Value::getStructValue)
        .map(
            s ->
                Values.text(s, "from").orElseThrow()
                    + " > "
                    + Values.text(s, "to").orElseThrow()
                    + " "
                    + Values.text(s, "operation").orElseThrow())
        .toList();
  }
}
