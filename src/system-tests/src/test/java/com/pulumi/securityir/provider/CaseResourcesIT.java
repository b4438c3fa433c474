package com.pulumi.securityir.provider;

import static com.pulumi.securityir.provider.harness.EngineHarness.secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.emulator.AwsCli;
import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.pulumi.securityir.provider.harness.EngineSession.State;
import com.pulumi.securityir.provider.harness.EngineSession.Step;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pulumirpc.Provider.ReadResponse;

/**
 * {@code Case} and {@code CaseComment} through the plugin as the engine drives it (one fresh plugin
 * process per engine operation) against the emulator process, with the emulator's call log held to
 * the least calls the API allows: no mutating call when nothing changed, one UpdateCase per update,
 * a lost CreateCase answer retried into one case. Secrets never reach stderr or the engine log.
 */
class CaseResourcesIT {

  private static final String CASE = "securityir:index:Case";
  private static final String COMMENT = "securityir:index:CaseComment";
  private static final String TITLE_CANARY = "cnry-title-5d1";
  private static final String BODY_CANARY = "cnry-body-77a";
  private static final String EMAIL_CANARY = "cnry-watcher@example.com";
  private static final Set<String> READS = Set.of("GetCase", "ListTagsForResource", "ListComments");

  private static EmulatorProcess emulator;

  @BeforeAll
  static void start() throws Exception {
    emulator = EmulatorProcess.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.clearFaults();
    emulator.clearCalls();
  }

  private static Map<String, Object> config(int maxRetries) {
    Map<String, Object> config = new HashMap<>();
    config.put("region", "us-east-1");
    config.put("endpoint", emulator.endpoint().toString());
    config.put("accessKey", secret("AKIDCANARY0000000000"));
    config.put("secretKey", secret("cnry-secret-key"));
    config.put("maxRetries", maxRetries);
    return config;
  }

  /** One engine operation: a fresh plugin, handshake and configure, the work, then the checks. */
  private static <T> T operation(String type, int maxRetries, Body<T> body) throws Exception {
    try (EngineHarness harness = EngineHarness.launch()) {
      EngineSession session = new EngineSession(harness, type);
      session.handshake();
      assertEquals(List.of(), session.configure(config(maxRetries)));
      T result = body.run(session);
      assertEquals("", harness.strayStdout());
      for (String canary : List.of("cnry", TITLE_CANARY, BODY_CANARY)) {
        assertFalse(harness.stderr().contains(canary), "a secret in the plugin's stderr");
        harness.logs().forEach(l -> assertFalse(l.getMessage().contains(canary), l.getMessage()));
      }
      return result;
    }
  }

  private static <T> T operation(String type, Body<T> body) throws Exception {
    return operation(type, 0, body);
  }

  @FunctionalInterface
  private interface Body<T> {
    T run(EngineSession session) throws Exception;
  }

  private static Map<String, Object> drill() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("title", TITLE_CANARY);
    inputs.put("description", "Quarterly drill.");
    inputs.put("engagementType", "Investigation");
    inputs.put("reportedIncidentStartDate", "2026-05-01T09:30:00Z");
    inputs.put("impactedAccounts", List.of("123456789012"));
    inputs.put("watchers", List.of(Map.of("email", EMAIL_CANARY, "name", "SOC")));
    inputs.put("resolverType", "Self");
    inputs.put("tags", Map.of("purpose", "drill"));
    return inputs;
  }

  private static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  private static List<String> mutating() {
    return emulator.calls().stream()
        .map(EmulatorProcess.Call::operation)
        .filter(op -> !READS.contains(op))
        .toList();
  }

  private static void assertNoSecretIn(State state, String... plain) {
    for (String key : List.of("title", "description", "watchers")) {
      assertTrue(EngineHarness.isSecret(state.outputs(), key), key + " must be a secret output");
    }
    String text = state.outputs().toString();
    for (String name : plain) {
      String unwrapped =
          state.outputs().getFieldsMap().entrySet().stream()
              .filter(e -> !EngineHarness.isSecret(state.outputs(), e.getKey()))
              .map(e -> e.getValue().toString())
              .reduce("", String::concat);
      assertFalse(unwrapped.contains(name), "a secret in a non-secret output: " + text.length());
    }
  }

  @Test
  void aDrillCaseIsCreatedUpdatedWithOneUpdateCaseAndClosedOnDestroy() throws Exception {
    State created =
        operation(
            CASE,
            s ->
                done(
                    s.up(
                        "drill",
                        with(drill(), "status", "Detection and Analysis"),
                        Optional.empty())));
    assertEquals(
        List.of("CreateCase", "UpdateCaseStatus", "CreateCaseComment"),
        mutating(),
        "one create, one step to Detection and Analysis, one comment recording it");
    assertEquals("Detection and Analysis", EngineHarness.text(created.outputs(), "status"));
    assertNoSecretIn(created, TITLE_CANARY, EMAIL_CANARY);

    emulator.clearCalls();
    Map<String, Object> declared = with(drill(), "status", "Detection and Analysis");
    Step same = operation(CASE, s -> s.up("drill", declared, Optional.of(created)));
    assertFalse(assertInstanceOf(Step.Done.class, same).changed());
    assertEquals(List.of(), mutating(), "no call changes anything when nothing changed");

    emulator.clearCalls();
    Map<String, Object> changed = with(declared, "description", "Quarterly drill, round two.");
    changed.put("impactedServices", List.of("Amazon EC2", "AWS Lambda"));
    changed.put(
        "watchers",
        List.of(Map.of("email", EMAIL_CANARY, "name", "SOC"), Map.of("email", "ir@example.com")));
    changed.put("tags", Map.of("purpose", "drill", "round", "2"));
    State updated = operation(CASE, s -> done(s.up("drill", changed, Optional.of(created))));
    assertEquals(
        List.of("UpdateCase", "TagResource"),
        mutating(),
        "one UpdateCase for every changed member");
    assertNoSecretIn(updated, TITLE_CANARY, EMAIL_CANARY);

    emulator.clearCalls();
    operation(
        CASE,
        s -> {
          s.destroy(updated);
          return null;
        });
    assertEquals(
        List.of("CreateCaseComment", "CloseCase"), mutating(), "the close is recorded, then made");
  }

  @Test
  void aCreateWhoseAnswerIsLostAfterItLandedMakesOneCase() throws Exception {
    emulator.fault(Map.of("operation", "CreateCase", "drop", true, "landed", true, "times", 1));
    int before = emulator.caseCount();

    State created = operation(CASE, 2, s -> done(s.up("lost-answer", drill(), Optional.empty())));

    assertEquals(
        List.of("CreateCase", "CreateCase"), mutating(), "the first landed, its answer lost");
    assertEquals(before + 1, emulator.caseCount(), "the retry carried the same token: one case");
    ReadResponse read = operation(CASE, s -> s.refresh(created));
    assertEquals(created.id(), read.getId());
  }

  /**
   * With no retries, an UpdateCase and a TagResource that land and lose their answers are not
   * failures: the plugin reads the case again, sees them landed, goes on, and sends neither twice.
   */
  @Test
  void updatesWhoseAnswersAreLostAfterTheyLandedAreReadBackAndNotRepeated() throws Exception {
    State created = operation(CASE, s -> done(s.up("lost-update", drill(), Optional.empty())));
    emulator.clearCalls();
    emulator.fault(Map.of("operation", "UpdateCase", "drop", true, "landed", true, "times", 1));
    emulator.fault(Map.of("operation", "TagResource", "drop", true, "landed", true, "times", 1));
    Map<String, Object> changed = with(drill(), "description", "Lost answers, landed changes.");
    changed.put("tags", Map.of("purpose", "drill", "round", "two"));

    State updated = operation(CASE, s -> done(s.up("lost-update", changed, Optional.of(created))));

    assertEquals(List.of("UpdateCase", "TagResource"), mutating(), "each sent once");
    ReadResponse read = operation(CASE, s -> s.refresh(updated));
    assertEquals(
        "Lost answers, landed changes.", EngineHarness.text(read.getProperties(), "description"));
    emulator.clearCalls();
    Step again = operation(CASE, s -> s.up("lost-update", changed, Optional.of(updated)));
    assertFalse(assertInstanceOf(Step.Done.class, again).changed(), again.toString());
    assertEquals(List.of(), mutating(), "nothing is left to change");
  }

  @Test
  void aCommentWhoseAnswerIsLostAfterItLandedIsAddedOnce(@TempDir Path scratch) throws Exception {
    Assumptions.assumeTrue(AwsCli.onPath(), "the AWS CLI is preinstalled on these machines");
    State kase = operation(CASE, s -> done(s.up("lost-comment", drill(), Optional.empty())));
    emulator.clearCalls();
    emulator.fault(
        Map.of("operation", "CreateCaseComment", "drop", true, "landed", true, "times", 1));
    Map<String, Object> comment = Map.of("caseId", kase.id(), "body", BODY_CANARY);

    State added = operation(COMMENT, 2, s -> done(s.up("lost-comment", comment, Optional.empty())));

    assertEquals(
        List.of("CreateCaseComment", "CreateCaseComment"),
        mutating(),
        "the first landed, its answer lost; the retry carried the same token");
    // Counted by a second, independent client: the AWS CLI lists the case's comments.
    AwsCli.Run listed =
        new AwsCli(emulator.endpoint(), scratch).run("list-comments", "--case-id", kase.id());
    assertEquals(0, listed.exit(), listed::err);
    assertEquals(1, listed.json().getAsJsonArray("items").size(), "one comment");
    ReadResponse read = operation(COMMENT, s -> s.refresh(added));
    assertEquals(added.id(), read.getId());
  }

  @Test
  void importOfACaseYieldsInputsThatPreviewWithNoChange() throws Exception {
    State created = operation(CASE, s -> done(s.up("original", drill(), Optional.empty())));
    emulator.clearCalls();

    ReadResponse read = operation(CASE, s -> s.importCase("imported", created.id()));
    State imported =
        new State("imported", read.getId(), read.getInputs(), read.getProperties(), List.of());
    Step preview =
        operation(CASE, s -> s.preview("imported", read.getInputs(), Optional.of(imported)));

    assertFalse(assertInstanceOf(Step.Done.class, preview).changed(), preview.toString());
    assertEquals(List.of(), mutating());
  }

  @Test
  void aCommentIsAddedOnceUpdatedInPlaceFoundByReadAndLeftOnDelete() throws Exception {
    State kase = operation(CASE, s -> done(s.up("commented", drill(), Optional.empty())));
    String caseId = kase.id();
    emulator.clearCalls();
    Map<String, Object> comment = Map.of("caseId", caseId, "body", BODY_CANARY);

    State added = operation(COMMENT, s -> done(s.up("kickoff", comment, Optional.empty())));
    assertEquals(List.of("CreateCaseComment"), mutating());
    assertTrue(added.id().startsWith(caseId + "/"), added.id());
    assertTrue(EngineHarness.isSecret(added.outputs(), "body"));

    ReadResponse read = operation(COMMENT, s -> s.refresh(added));
    assertEquals(added.id(), read.getId());
    assertEquals(BODY_CANARY, EngineHarness.text(read.getProperties(), "body"));

    emulator.clearCalls();
    operation(
        COMMENT,
        s -> {
          s.destroy(added);
          return null;
        });
    assertEquals(List.of(), mutating(), "the API cannot delete comments: nothing is called");
  }

  @Test
  void aChangedCommentBodyIsOneUpdateCaseCommentAndRefreshSeesIt() throws Exception {
    State kase = operation(CASE, s -> done(s.up("edited", drill(), Optional.empty())));
    State added =
        operation(
            COMMENT,
            s ->
                done(
                    s.up(
                        "note",
                        Map.of("caseId", kase.id(), "body", BODY_CANARY),
                        Optional.empty())));
    emulator.clearCalls();

    Map<String, Object> edited = Map.of("caseId", kase.id(), "body", BODY_CANARY + "-edited");
    State updated = operation(COMMENT, s -> done(s.up("note", edited, Optional.of(added))));

    assertEquals(List.of("UpdateCaseComment"), mutating(), "in place, no second comment");
    assertEquals(added.id(), updated.id());
    ReadResponse read = operation(COMMENT, s -> s.refresh(updated));
    assertEquals(BODY_CANARY + "-edited", EngineHarness.text(read.getProperties(), "body"));
  }

  private static Map<String, Object> with(Map<String, Object> inputs, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(inputs);
    changed.put(key, value);
    return changed;
  }
}
