package com.pulumi.securityir.provider;

import static com.pulumi.securityir.provider.harness.EngineHarness.secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.provider.config.ProviderConfiguration;
import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EmulatorProcess.Call;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.pulumi.securityir.provider.harness.EngineSession.State;
import com.pulumi.securityir.provider.harness.EngineSession.Step;
import io.grpc.Status;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ReadResponse;

/**
 * The provider plugin driven as the Pulumi engine drives it: a real plugin process per engine
 * operation, the emulator behind the real AWS SDK client, assertions on RPC answers, on the engine
 * log and on the emulator's call log.
 */
class ProviderIT {

  private static final String SECRET_KEY_CANARY = "canary-secret-key-7f3a9c";
  private static final String DA = "Detection and Analysis";
  private static final String CER = "Containment, Eradication and Recovery";
  private static final String PIA = "Post-incident Activities";
  private static final Set<String> MUTATING = Set.of("UpdateCaseStatus", "CloseCase");

  private static EmulatorProcess emulator;

  @BeforeAll
  static void startEmulator() throws Exception {
    emulator = EmulatorProcess.start();
  }

  @AfterAll
  static void stopEmulator() throws Exception {
    emulator.close();
  }

  @BeforeEach
  void resetEmulator() {
    emulator.clearFaults();
    emulator.clearCalls();
  }

  private static Map<String, Object> config() {
    Map<String, Object> config = new HashMap<>();
    config.put("region", "us-east-1");
    config.put("endpoint", emulator.endpoint().toString());
    config.put("accessKey", secret("AKIDCANARY0000000000"));
    config.put("secretKey", secret(SECRET_KEY_CANARY));
    config.put("maxRetries", 0);
    config.put("version", "0.1.0");
    return config;
  }

  /** One engine operation: a fresh plugin process, handshake and configure, then the work. */
  private static <T> T operation(OperationBody<T> body) throws Exception {
    try (EngineHarness harness = EngineHarness.launch()) {
      EngineSession session = new EngineSession(harness);
      session.handshake();
      assertEquals(List.of(), session.configure(config()));
      T result = body.run(session, harness);
      assertEquals("", harness.strayStdout(), "nothing but the port may reach stdout");
      assertFalse(harness.stderr().contains(SECRET_KEY_CANARY), "secret in the plugin's stderr");
      harness.logs().forEach(l -> assertFalse(l.getMessage().contains(SECRET_KEY_CANARY)));
      return result;
    }
  }

  @FunctionalInterface
  private interface OperationBody<T> {
    T run(EngineSession session, EngineHarness harness) throws Exception;
  }

  private static Map<String, Object> inputs(String caseId, String status) {
    return Map.of("caseId", caseId, "status", status);
  }

  private static List<String> mutatingCalls(String caseId) {
    return emulator.callsFor(caseId).stream()
        .filter(c -> MUTATING.contains(c.operation()))
        .map(Call::operation)
        .toList();
  }

  private static long reads(String caseId) {
    return emulator.callsFor(caseId).stream().filter(c -> c.operation().equals("GetCase")).count();
  }

  private static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  // ---- preview and up of a new resource ---------------------------------------------------

  @Test
  void previewOfNewResourceShowsPlannedPathAndChangesNothing() throws Exception {
    String caseId = emulator.seed("phishing", "Submitted", "Self");
    State planned =
        operation(
            (session, harness) -> {
              State state =
                  done(
                      session.preview(
                          "phish",
                          inputs(caseId, "containment, eradication, and recovery"),
                          Optional.empty()));
              assertTrue(
                  harness
                      .messagesFor(EngineSession.urn("phish"))
                      .contains(
                          "case " + caseId + ": Submitted -> " + DA + " -> " + CER + " (2 steps)"),
                  () -> "plan message missing: " + harness.logs());
              return state;
            });
    assertEquals(CER, planned.status());
    assertEquals(List.of(), mutatingCalls(caseId), "a preview must not change anything");
    assertEquals(1, reads(caseId), "one read per case per plugin process");
  }

  @Test
  void upOfNewResourceAdoptsCaseAndWalksPathStepByStep() throws Exception {
    String caseId = emulator.seed("phishing", "Submitted", "Self");
    State state =
        operation(
            (session, harness) -> {
              State s = done(session.up("phish", inputs(caseId, CER), Optional.empty()));
              List<String> messages = harness.messagesFor(EngineSession.urn("phish"));
              assertTrue(
                  messages.stream()
                      .anyMatch(m -> m.contains("applied step 1/2: Submitted -> " + DA)),
                  messages::toString);
              assertTrue(
                  messages.stream()
                      .anyMatch(m -> m.contains("applied step 2/2: " + DA + " -> " + CER)),
                  messages::toString);
              return s;
            });
    assertEquals(caseId, state.id());
    assertEquals(CER, state.status());
    assertEquals("Self", EngineHarness.text(state.outputs(), "resolverType"));
    assertTrue(EngineHarness.text(state.outputs(), "caseArn").endsWith("case/" + caseId));
    assertTrue(EngineHarness.isSecret(state.outputs(), "title"), "the case title is sensitive");
    assertEquals(
        2, state.outputs().getFieldsOrThrow("lastTransitions").getListValue().getValuesCount());
    assertEquals(List.of("UpdateCaseStatus", "UpdateCaseStatus"), mutatingCalls(caseId));
    assertEquals(1, reads(caseId));
  }

  // ---- updates --------------------------------------------------------------------------

  @Test
  void unchangedDeclarationIsANoOpWithoutMutatingCalls() throws Exception {
    String caseId = emulator.seed("noop", DA, "Self");
    State created = operation((s, h) -> done(s.up("noop", inputs(caseId, DA), Optional.empty())));
    emulator.clearCalls();
    Step step = operation((s, h) -> s.up("noop", inputs(caseId, DA), Optional.of(created)));
    Step.Done done = assertInstanceOf(Step.Done.class, step);
    assertEquals(DiffResponse.DiffChanges.DIFF_NONE, done.diff().orElseThrow().getChanges());
    assertFalse(done.changed());
    assertEquals(List.of(), mutatingCalls(caseId));
  }

  @Test
  void multiStepUpdateMovesThroughEachLegalStatus() throws Exception {
    String caseId = emulator.seed("multi", "Submitted", "Self");
    State created =
        operation((s, h) -> done(s.up("multi", inputs(caseId, "Submitted"), Optional.empty())));
    emulator.clearCalls();
    State updated =
        operation(
            (s, h) -> {
              State preview = done(s.preview("multi", inputs(caseId, PIA), Optional.of(created)));
              assertEquals(PIA, preview.status());
              assertEquals(List.of(), mutatingCalls(caseId));
              return done(s.up("multi", inputs(caseId, PIA), Optional.of(created)));
            });
    assertEquals(PIA, updated.status());
    assertEquals(List.of("UpdateCaseStatus", "UpdateCaseStatus"), mutatingCalls(caseId));
    assertEquals(1, reads(caseId), "preview and up in one process share one read");
  }

  @Test
  void driftFromConsoleIsDetectedAgainstLiveStatusAndCorrected() throws Exception {
    String caseId = emulator.seed("drift", DA, "Self");
    State created = operation((s, h) -> done(s.up("drift", inputs(caseId, DA), Optional.empty())));
    emulator.move(caseId, PIA);
    emulator.clearCalls();
    State corrected =
        operation(
            (s, h) -> {
              Step preview = s.preview("drift", inputs(caseId, DA), Optional.of(created));
              assertEquals(
                  DiffResponse.DiffChanges.DIFF_SOME,
                  assertInstanceOf(Step.Done.class, preview).diff().orElseThrow().getChanges());
              return done(s.up("drift", inputs(caseId, DA), Optional.of(created)));
            });
    assertEquals(DA, corrected.status());
    assertEquals(List.of("UpdateCaseStatus"), mutatingCalls(caseId));
  }

  @Test
  void changingCaseIdReplacesTheResource() throws Exception {
    String first = emulator.seed("one", DA, "Self");
    String second = emulator.seed("two", DA, "Self");
    State created = operation((s, h) -> done(s.up("swap", inputs(first, DA), Optional.empty())));
    Step step = operation((s, h) -> s.up("swap", inputs(second, CER), Optional.of(created)));
    Step.Done done = assertInstanceOf(Step.Done.class, step);
    assertEquals(List.of("caseId"), done.diff().orElseThrow().getReplacesList());
    assertEquals(second, done.state().id());
    assertEquals(CER, done.state().status());
  }

  // ---- partial failure and concurrent change ----------------------------------------------

  @Test
  void failureAtSecondStepRecordsReachedStatusAndNextUpResumes() throws Exception {
    String caseId = emulator.seed("partial", "Submitted", "Self");
    emulator.fault(
        Map.of(
            "operation",
            "UpdateCaseStatus",
            "caseId",
            caseId,
            "error",
            "AccessDeniedException",
            "after",
            1,
            "times",
            1));
    Step step = operation((s, h) -> s.up("partial", inputs(caseId, PIA), Optional.empty()));
    Step.Partial partial =
        assertInstanceOf(Step.Partial.class, step, () -> "expected partial failure: " + step);
    assertEquals(caseId, partial.state().id());
    assertEquals(DA, partial.state().status(), "the status actually reached is recorded");
    String reason = String.join(" ", partial.state().initErrors());
    assertTrue(reason.contains(DA) && reason.contains(PIA), reason);
    assertTrue(reason.contains("security-ir:UpdateCaseStatus"), reason);

    emulator.clearCalls();
    State resumed =
        operation(
            (s, h) -> done(s.up("partial", inputs(caseId, PIA), Optional.of(partial.state()))));
    assertEquals(PIA, resumed.status());
    assertEquals(
        List.of("UpdateCaseStatus"), mutatingCalls(caseId), "resumes from the reached status");
  }

  @Test
  void failureBeforeAnyChangeIsAPlainError() throws Exception {
    String caseId = emulator.seed("plain", DA, "Self");
    emulator.fault(
        Map.of(
            "operation",
            "UpdateCaseStatus",
            "caseId",
            caseId,
            "error",
            "AccessDeniedException",
            "times",
            1));
    Step step = operation((s, h) -> s.up("plain", inputs(caseId, CER), Optional.empty()));
    Step.Failed failed = assertInstanceOf(Step.Failed.class, step);
    assertTrue(EngineHarness.initFailure(failed.error()).isEmpty());
    assertTrue(
        failed.error().getStatus().getDescription().contains("security-ir:UpdateCaseStatus"));
    // AccessDeniedException that changed nothing is PERMISSION_DENIED (before: UNAVAILABLE).
    assertEquals(Status.Code.PERMISSION_DENIED, failed.error().getStatus().getCode());
  }

  /** The service's error on the first move, and the gRPC code of a failure that changed nothing. */
  static Stream<Arguments> serviceErrors() {
    return Stream.of(
        Arguments.of("ResourceNotFoundException", Status.Code.NOT_FOUND),
        Arguments.of("ValidationException", Status.Code.INVALID_ARGUMENT),
        Arguments.of("AccessDeniedException", Status.Code.PERMISSION_DENIED),
        Arguments.of("InvalidTokenException", Status.Code.UNAUTHENTICATED),
        Arguments.of("ThrottlingException", Status.Code.RESOURCE_EXHAUSTED),
        Arguments.of("ServiceQuotaExceededException", Status.Code.RESOURCE_EXHAUSTED),
        Arguments.of("InternalServerException", Status.Code.UNAVAILABLE),
        Arguments.of("ConflictException", Status.Code.FAILED_PRECONDITION),
        Arguments.of(
            "SecurityIncidentResponseNotActiveException", Status.Code.FAILED_PRECONDITION));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("serviceErrors")
  void aFailureThatChangedNothingCarriesTheCodeOfItsKind(String error, Status.Code code)
      throws Exception {
    String caseId = emulator.seed("coded", DA, "Self");
    emulator.fault(
        Map.of("operation", "UpdateCaseStatus", "caseId", caseId, "error", error, "times", 1));
    Step step = operation((s, h) -> s.up("coded", inputs(caseId, CER), Optional.empty()));
    Step.Failed failed = assertInstanceOf(Step.Failed.class, step, () -> error + ": " + step);
    assertEquals(code, failed.error().getStatus().getCode(), failed.error()::toString);
    assertTrue(EngineHarness.initFailure(failed.error()).isEmpty());
    assertTrue(
        emulator.callsFor(caseId).stream()
            .filter(c -> MUTATING.contains(c.operation()))
            .allMatch(c -> c.status() >= 400),
        () -> "no move was accepted: " + emulator.callsFor(caseId));
  }

  @Test
  void caseMovedByConsoleDuringUpIsReplannedFromItsNewStatus() throws Exception {
    String caseId = emulator.seed("race", "Submitted", "Self");
    State created =
        operation((s, h) -> done(s.up("race", inputs(caseId, "Submitted"), Optional.empty())));
    emulator.clearCalls();
    State raced =
        operation(
            (s, h) -> {
              // The engine's Diff reads the case (Submitted); then someone moves it.
              Step preview = s.preview("race", inputs(caseId, CER), Optional.of(created));
              assertInstanceOf(Step.Done.class, preview);
              emulator.move(caseId, DA);
              State state = done(s.up("race", inputs(caseId, CER), Optional.of(created)));
              assertTrue(
                  h.messagesFor(EngineSession.urn("race")).stream()
                      .anyMatch(m -> m.contains("re-planned")),
                  () -> h.logs().toString());
              return state;
            });
    assertEquals(CER, raced.status());
    List<Call> calls = emulator.callsFor(caseId);
    assertEquals(
        409,
        calls.stream()
            .filter(c -> c.operation().equals("UpdateCaseStatus"))
            .findFirst()
            .orElseThrow()
            .status());
    assertEquals(
        2, reads(caseId), "one read per process, plus the re-read the rejected step required");
  }

  @Test
  void timeoutStopsAfterTheStepInFlightAndRecordsItsResult() throws Exception {
    String caseId = emulator.seed("slow", "Submitted", "Self");
    emulator.fault(Map.of("operation", "UpdateCaseStatus", "latencyMs", 4500));
    // The 3 s timeout passes while step 1 (4.5 s) is in flight: that step finishes, no other
    // starts. (3 s leaves a cold plugin on a busy machine time to send step 1 at all.)
    Step step = operation((s, h) -> s.up("slow", inputs(caseId, CER), Optional.empty(), 3.0));
    Step.Partial partial =
        assertInstanceOf(Step.Partial.class, step, () -> "expected partial: " + step);
    assertEquals(DA, partial.state().status());
    String reason = String.join(" ", partial.state().initErrors());
    assertTrue(reason.contains("deadline") && reason.contains(CER), reason);
    assertEquals(List.of("UpdateCaseStatus"), mutatingCalls(caseId));
  }

  @Test
  void cancelStopsAfterTheStepInFlightAndReportsPartialProgress() throws Exception {
    String caseId = emulator.seed("cancelled", "Submitted", "Self");
    emulator.fault(Map.of("operation", "UpdateCaseStatus", "latencyMs", 1500));
    Step step =
        operation(
            (s, h) -> {
              ExecutorService engineWorker = Executors.newSingleThreadExecutor();
              try {
                Future<Step> up =
                    engineWorker.submit(
                        () -> s.up("cancelled", inputs(caseId, CER), Optional.empty()));
                // The plugin announces each step on the resource's row before making its call.
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (h.messagesFor(EngineSession.urn("cancelled")).stream()
                    .noneMatch(m -> m.contains("step 1/2"))) {
                  if (System.nanoTime() > giveUp) {
                    throw new AssertionError("step 1 never started: " + h.logs());
                  }
                  Thread.sleep(10);
                }
                h.provider().cancel(Empty.getDefaultInstance());
                return up.get(30, TimeUnit.SECONDS);
              } finally {
                engineWorker.shutdownNow();
              }
            });
    Step.Partial partial =
        assertInstanceOf(Step.Partial.class, step, () -> "expected partial: " + step);
    assertEquals(DA, partial.state().status());
    assertTrue(String.join(" ", partial.state().initErrors()).contains("cancelled"));
    assertEquals(List.of("UpdateCaseStatus"), mutatingCalls(caseId));
  }

  // ---- refusals -----------------------------------------------------------------------

  @Test
  void closedCaseCannotBeReopenedAndPreviewSaysWhy() throws Exception {
    String caseId = emulator.seed("closed", "Closed", "Self");
    State created =
        operation((s, h) -> done(s.up("closed", inputs(caseId, "Closed"), Optional.empty())));
    Step step = operation((s, h) -> s.preview("closed", inputs(caseId, DA), Optional.of(created)));
    // The refusal fails the preview at Diff, or at the Update(preview) that plans from the live
    // status when Diff answered before the read completed.
    Step.Failed failed = assertInstanceOf(Step.Failed.class, step);
    String message = failed.error().getStatus().getDescription();
    assertTrue(message.contains("cannot be reopened") && message.contains(DA), message);
    assertEquals(Status.Code.FAILED_PRECONDITION, failed.error().getStatus().getCode());
    assertEquals(List.of(), mutatingCalls(caseId));
  }

  @Test
  void awsSupportedCaseCanOnlyBeClosed() throws Exception {
    String caseId = emulator.seed("aws", "Acknowledged", "AWS");
    Step refused = operation((s, h) -> s.up("aws", inputs(caseId, CER), Optional.empty()));
    String message =
        assertInstanceOf(Step.Failed.class, refused).error().getStatus().getDescription();
    assertTrue(message.contains("AWS responders"), message);
    assertEquals(List.of(), mutatingCalls(caseId));

    State closed =
        operation((s, h) -> done(s.up("aws", inputs(caseId, "Closed"), Optional.empty())));
    assertEquals("Closed", closed.status());
    assertEquals(List.of("CloseCase"), mutatingCalls(caseId));
  }

  @Test
  void checkReturnsAFailurePerBadInputWithoutCallingTheService() throws Exception {
    List<CheckFailure> failures =
        operation(
            (s, h) -> {
              Step step =
                  s.preview(
                      "bad",
                      Map.of(
                          "caseId",
                          8403556009L,
                          "status",
                          "Contaiment",
                          "closeOnDelete",
                          "yes",
                          "colour",
                          "red"),
                      Optional.empty());
              return assertInstanceOf(Step.CheckFailed.class, step).failures();
            });
    Map<String, String> byProperty = new HashMap<>();
    failures.forEach(f -> byProperty.put(f.getProperty(), f.getReason()));
    assertTrue(byProperty.get("caseId").contains("quote"), byProperty::toString);
    assertTrue(
        byProperty.get("status").contains("did you mean '" + CER + "'"), byProperty::toString);
    assertTrue(byProperty.get("closeOnDelete").contains("true or false"), byProperty::toString);
    assertTrue(byProperty.get("colour").contains("unknown property"), byProperty::toString);
    assertEquals(List.of(), emulator.calls());
  }

  // ---- refresh, import, destroy --------------------------------------------------------

  @Test
  void refreshReturnsLiveStatusAndKeepsLastTransitions() throws Exception {
    String caseId = emulator.seed("refresh", DA, "Self");
    State created =
        operation((s, h) -> done(s.up("refresh", inputs(caseId, CER), Optional.empty())));
    emulator.move(caseId, PIA);
    ReadResponse read = operation((s, h) -> s.refresh(created));
    assertEquals(caseId, read.getId());
    assertEquals(PIA, EngineHarness.text(read.getProperties(), "status"));
    assertEquals(
        created.outputs().getFieldsOrThrow("lastTransitions"),
        read.getProperties().getFieldsOrThrow("lastTransitions"));
  }

  @Test
  void refreshOfUnknownCaseReportsItGone() throws Exception {
    State ghost =
        new State(
            "ghost",
            "9999999999",
            EngineHarness.struct(inputs("9999999999", DA)),
            EngineHarness.struct(inputs("9999999999", DA)),
            List.of());
    ReadResponse read = operation((s, h) -> s.refresh(ghost));
    assertEquals("", read.getId());
  }

  @Test
  void importBuildsInputsAndOutputsFromTheCase() throws Exception {
    String caseId = emulator.seed("imported", PIA, "Self");
    ReadResponse read = operation((s, h) -> s.importCase("imported", caseId));
    assertEquals(caseId, read.getId());
    assertEquals(PIA, EngineHarness.text(read.getInputs(), "status"));
    assertEquals(caseId, EngineHarness.text(read.getInputs(), "caseId"));
    assertEquals(PIA, EngineHarness.text(read.getProperties(), "status"));
    assertEquals(List.of(), mutatingCalls(caseId));
  }

  @Test
  void destroyLeavesCaseUnchangedUnlessCloseOnDelete() throws Exception {
    String kept = emulator.seed("kept", DA, "Self");
    String closed = emulator.seed("closing", DA, "Self");
    State keptState = operation((s, h) -> done(s.up("kept", inputs(kept, DA), Optional.empty())));
    State closingState =
        operation(
            (s, h) ->
                done(
                    s.up(
                        "closing",
                        Map.of("caseId", closed, "status", DA, "closeOnDelete", true),
                        Optional.empty())));
    emulator.clearCalls();
    operation(
        (s, h) -> {
          s.destroy(keptState);
          s.destroy(closingState);
          assertTrue(
              h.messagesFor(EngineSession.urn("kept")).stream()
                  .anyMatch(m -> m.contains("left unchanged")),
              () -> h.logs().toString());
          return null;
        });
    assertEquals(List.of(), emulator.callsFor(kept));
    assertEquals(List.of("CloseCase"), mutatingCalls(closed));
  }

  // ---- the case record that says why ------------------------------------------------------

  @Test
  void anUpRecordsItsChangeAsOneCommentWithTheNoteAndNeitherAPreviewNorANoteOnlyUpdateAddsOne()
      throws Exception {
    String note = "contained per runbook IR-7; ticket SEC-4411";
    String reworded = "contained per runbook IR-7 (step 3); ticket SEC-4411";
    String caseId = emulator.seed("noted", "Submitted", "Self");
    Map<String, Object> declared = Map.of("caseId", caseId, "status", DA, "note", note);
    Step.Done updated =
        operation(
            (s, h) -> {
              done(s.preview("noted", declared, Optional.empty()));
              assertEquals(List.of(), listComments(caseId), "a preview records nothing");
              State created = done(s.up("noted", declared, Optional.empty()));
              assertEquals(1, listComments(caseId).size(), "the up records its change once");
              emulator.clearCalls();
              Step step =
                  s.up(
                      "noted",
                      Map.of("caseId", caseId, "status", DA, "note", reworded),
                      Optional.of(created));
              assertEquals(
                  List.of(),
                  emulator.callsFor(caseId),
                  "a note-only update: no read beyond the process's one, no move, no comment");
              h.logs().forEach(l -> assertFalse(l.getMessage().contains("IR-7"), l.getMessage()));
              assertFalse(h.stderr().contains("IR-7"), "a note reached the plugin's stderr");
              return assertInstanceOf(Step.Done.class, step, step::toString);
            });
    assertEquals(List.of("note"), updated.diff().orElseThrow().getDiffsList());
    assertEquals(reworded, EngineHarness.text(updated.state().outputs(), "note"));
    List<String> comments = listComments(caseId);
    assertEquals(1, comments.size(), comments::toString);
    String body = comments.get(0);
    assertTrue(body.contains("from 'Submitted' to '" + DA + "' in 1 step"), body);
    assertTrue(body.contains("Submitted -> " + DA + " (UpdateCaseStatus)"), body);
    assertTrue(body.contains("Pulumi project 'cases', stack 'dev', resource 'noted'"), body);
    assertTrue(body.endsWith("Note: " + note), body);
  }

  /**
   * The case's comment bodies through ListComments, sent by hand as the API model describes it (the
   * emulator checks that a request is SigV4-signed, not the signature).
   */
  private static List<String> listComments(String caseId) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                emulator.endpoint().resolve("/v1/cases/" + caseId + "/list-comments"))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDCANARY0000000000/20260301/us-east-1/security-ir/"
                    + "aws4_request, SignedHeaders=host, Signature=0")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response::body);
    List<String> bodies = new ArrayList<>();
    JsonParser.parseString(response.body())
        .getAsJsonObject()
        .getAsJsonArray("items")
        .forEach(item -> bodies.add(item.getAsJsonObject().get("body").getAsString()));
    return bodies;
  }

  // ---- secrets, unknowns, handshake, concurrency ---------------------------------------

  @Test
  void secretInputsStaySecretInOutputsAndNeverReachLogs() throws Exception {
    String caseId = emulator.seed("secret", DA, "Self");
    Struct news =
        Struct.newBuilder()
            .putFields("caseId", secret(caseId))
            .putFields("status", secret(CER))
            .build();
    State state =
        operation(
            (s, h) -> {
              State st = done(s.up("secret", news, Optional.empty()));
              h.logs().forEach(l -> assertFalse(l.getMessage().contains(caseId), l.getMessage()));
              return st;
            });
    assertTrue(EngineHarness.isSecret(state.outputs(), "caseId"));
    assertTrue(EngineHarness.isSecret(state.outputs(), "status"));
    assertEquals(CER, EngineHarness.text(state.outputs(), "status"));
  }

  @Test
  void unknownInputsDuringPreviewMakeNoCallAndNoCrash() throws Exception {
    Step step =
        operation(
            (s, h) ->
                s.preview(
                    "later",
                    Map.of("caseId", EngineHarness.UNKNOWN, "status", CER),
                    Optional.empty()));
    State state = done(step);
    assertEquals(EngineHarness.UNKNOWN, EngineHarness.text(state.outputs(), "caseId"));
    assertEquals(List.of(), emulator.calls());
  }

  @Test
  void worksWithEnginesThatNeverCallHandshake() throws Exception {
    String caseId = emulator.seed("legacy", "Submitted", "Self");
    try (EngineHarness harness = EngineHarness.launch()) {
      EngineSession session = new EngineSession(harness);
      assertEquals(List.of(), session.configure(config()));
      State state = done(session.up("legacy", inputs(caseId, DA), Optional.empty()));
      assertEquals(DA, state.status());
      assertFalse(
          harness.provider().getPluginInfo(Empty.getDefaultInstance()).getVersion().isEmpty());
    }
  }

  @Test
  void schemaServedByGetSchemaIsTheCheckedInSchemaJson() throws Exception {
    String served =
        operation(
            (s, h) ->
                h.provider()
                    .getSchema(pulumirpc.Provider.GetSchemaRequest.getDefaultInstance())
                    .getSchema());
    // schema.json as checked in, plus what only the build knows: its version (and a download URL
    // when the build was given one; none by default).
    JsonObject servedObject = JsonParser.parseString(served).getAsJsonObject();
    assertEquals(
        System.getProperty("securityir.version"), servedObject.remove("version").getAsString());
    assertEquals(
        JsonParser.parseString(Files.readString(EngineHarness.projectDir().resolve("schema.json"))),
        servedObject);
    JsonObject resource =
        JsonParser.parseString(served)
            .getAsJsonObject()
            .getAsJsonObject("resources")
            .getAsJsonObject(EngineSession.TYPE);
    assertEquals(
        Set.copyOf(CaseStatusResource.DESCRIPTOR.inputNames()),
        resource.getAsJsonObject("inputProperties").keySet());
    JsonObject provider =
        JsonParser.parseString(served).getAsJsonObject().getAsJsonObject("provider");
    assertEquals(
        Set.copyOf(ProviderConfiguration.KEYS),
        provider.getAsJsonObject("inputProperties").keySet());
  }

  @Test
  void manyResourcesUpdateConcurrentlyWithOneReadAndExactlyThePlannedCallsEach() throws Exception {
    int count = 24;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(emulator.seed("bulk-" + i, "Submitted", "Self"));
    }
    operation(
        (s, h) -> {
          ExecutorService workers = Executors.newFixedThreadPool(8);
          try {
            List<Future<Step>> steps = new ArrayList<>();
            for (int i = 0; i < count; i++) {
              String name = "bulk-" + i;
              String id = ids.get(i);
              steps.add(workers.submit(() -> s.up(name, inputs(id, CER), Optional.empty())));
            }
            for (Future<Step> f : steps) {
              assertEquals(CER, done(f.get()).status());
            }
          } finally {
            workers.shutdownNow();
          }
          return null;
        });
    for (String id : ids) {
      assertEquals(1, reads(id));
      assertEquals(List.of("UpdateCaseStatus", "UpdateCaseStatus"), mutatingCalls(id));
    }
  }

  @Test
  void badProviderConfigurationIsReportedPerKeyWithoutSecrets() throws Exception {
    try (EngineHarness harness = EngineHarness.launch()) {
      EngineSession session = new EngineSession(harness);
      List<CheckFailure> failures =
          session.configure(
              Map.of(
                  "endpoint", "http://example.com",
                  "secretKey", secret(SECRET_KEY_CANARY),
                  "maxRetries", 99,
                  "transitionGraph", "fancy",
                  "regoin", "us-east-1"));
      Map<String, String> byKey = new HashMap<>();
      failures.forEach(f -> byKey.put(f.getProperty(), f.getReason()));
      assertTrue(byKey.get("endpoint").contains("https://"), byKey::toString);
      assertTrue(byKey.get("accessKey").contains("access key id"), byKey::toString);
      assertTrue(byKey.get("maxRetries").contains("from 0 to 9, got 99;"), byKey::toString);
      assertTrue(byKey.get("transitionGraph").contains("documented"), byKey::toString);
      assertTrue(byKey.get("regoin").contains("did you mean 'region'"), byKey::toString);
      failures.forEach(f -> assertFalse(f.getReason().contains(SECRET_KEY_CANARY)));
    }
  }
}
