package com.pulumi.securityir.provider;

import static com.pulumi.securityir.provider.harness.EngineHarness.secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.pulumi.securityir.provider.harness.EngineSession.State;
import com.pulumi.securityir.provider.harness.EngineSession.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.ReadResponse;

/**
 * {@code Membership} through the plugin as the engine drives it (one fresh plugin process per
 * engine operation) against the emulator process, with the emulator's call log held to the least
 * calls the API allows: no mutating call when nothing changed, one UpdateMembership for the team
 * and features, units five per call, a lost CreateMembership answer retried into one subscription,
 * nothing called on delete unless cancelOnDelete, a second subscription refused from the preview
 * on. The emulator keeps one membership per account and region, so each test subscribes in its own
 * region. Secrets never reach stderr or the engine log.
 */
class MembershipResourceIT {

  private static final String TYPE = "securityir:index:Membership";
  private static final String NAME_CANARY = "cnry-membership-3f0";
  private static final String EMAIL_CANARY = "cnry-responder@example.com";
  private static final Set<String> READS =
      Set.of("GetMembership", "ListTagsForResource", "ListMemberships");

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

  private static Map<String, Object> config(String region, int maxRetries) {
    Map<String, Object> config = new HashMap<>();
    config.put("region", region);
    config.put("endpoint", emulator.endpoint().toString());
    config.put("accessKey", secret("AKIDCANARY0000000000"));
    config.put("secretKey", secret("cnry-secret-key"));
    config.put("maxRetries", maxRetries);
    return config;
  }

  /** One engine operation: a fresh plugin, handshake and configure, the work, then the checks. */
  private static <T> T operation(String region, int maxRetries, Body<T> body) throws Exception {
    try (EngineHarness harness = EngineHarness.launch()) {
      EngineSession session = new EngineSession(harness, TYPE);
      session.handshake();
      assertEquals(List.of(), session.configure(config(region, maxRetries)));
      T result = body.run(session, harness);
      assertEquals("", harness.strayStdout());
      for (String canary : List.of("cnry", NAME_CANARY, EMAIL_CANARY)) {
        assertFalse(harness.stderr().contains(canary), "a secret in the plugin's stderr");
        harness.logs().forEach(l -> assertFalse(l.getMessage().contains(canary), l.getMessage()));
      }
      return result;
    }
  }

  private static <T> T operation(String region, Body<T> body) throws Exception {
    return operation(region, 0, body);
  }

  @FunctionalInterface
  private interface Body<T> {
    T run(EngineSession session, EngineHarness harness) throws Exception;
  }

  private static Map<String, Object> account() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("membershipName", NAME_CANARY);
    inputs.put(
        "incidentResponseTeam",
        List.of(
            Map.of("name", "Ada Lovelace", "jobTitle", "CISO", "email", EMAIL_CANARY),
            Map.of(
                "name",
                "Grace Hopper",
                "jobTitle",
                "SOC lead",
                "email",
                "grace@example.com",
                "communicationPreferences",
                List.of("Case Created")),
            Map.of("name", "Alan Turing", "jobTitle", "Responder", "email", "alan@example.com")));
    inputs.put("optInFeatures", List.of(Map.of("featureName", "Triage", "isEnabled", true)));
    inputs.put("tags", Map.of("owner", "security"));
    return inputs;
  }

  private static Map<String, Object> with(Map<String, Object> inputs, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(inputs);
    changed.put(key, value);
    return changed;
  }

  private static List<String> units(int count) {
    return IntStream.range(0, count).mapToObj(i -> "ou-ab12-unit" + (1000 + i)).toList();
  }

  private static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  /** Every call the emulator answered since the last clear, reads included. */
  private static List<String> all() {
    return emulator.calls().stream().map(EmulatorProcess.Call::operation).toList();
  }

  private static List<String> mutating() {
    return emulator.calls().stream()
        .map(EmulatorProcess.Call::operation)
        .filter(op -> !READS.contains(op))
        .toList();
  }

  private static void assertSecretsKept(State state) {
    for (String key : List.of("membershipName", "incidentResponseTeam")) {
      assertTrue(EngineHarness.isSecret(state.outputs(), key), key + " must be a secret output");
    }
    List<String> plain = new ArrayList<>();
    state.outputs().getFieldsMap().entrySet().stream()
        .filter(e -> !EngineHarness.isSecret(state.outputs(), e.getKey()))
        .forEach(e -> plain.add(e.getValue().toString()));
    assertFalse(String.join("", plain).contains("cnry"), "a secret in a non-secret output");
  }

  @Test
  void aMembershipIsCreatedOnceChangedInPlaceAndLeftActiveOnDestroy() throws Exception {
    String region = "us-east-1";
    State created = operation(region, (s, h) -> done(s.up("account", account(), Optional.empty())));
    assertEquals(
        List.of("CreateMembership", "GetMembership", "ListTagsForResource"),
        all(),
        "one create and one read of what it made");
    assertTrue(created.id().startsWith("m-"), created.id());
    assertEquals("Active", EngineHarness.text(created.outputs(), "membershipStatus"));
    assertSecretsKept(created);

    emulator.clearCalls();
    Step same = operation(region, (s, h) -> s.up("account", account(), Optional.of(created)));
    assertFalse(assertInstanceOf(Step.Done.class, same).changed());
    assertEquals(
        List.of("GetMembership", "ListTagsForResource"),
        all(),
        "one read, and no call changes anything when nothing changed");

    emulator.clearCalls();
    Map<String, Object> changed =
        with(
            account(),
            "incidentResponseTeam",
            List.of(
                Map.of("name", "Ada Lovelace", "jobTitle", "CISO", "email", EMAIL_CANARY),
                Map.of(
                    "name", "Katherine Johnson", "jobTitle", "Lead", "email", "kj@example.com")));
    changed.put("organizationalUnits", units(7));
    changed.put("tags", Map.of("owner", "security", "review", "quarterly"));
    State updated =
        operation(region, (s, h) -> done(s.up("account", changed, Optional.of(created))));
    assertEquals(
        List.of(
            "GetMembership",
            "ListTagsForResource",
            "UpdateMembership",
            "UpdateMembership",
            "TagResource"),
        all(),
        "one read; the team and the first five units in one call, the other two in a second");
    assertSecretsKept(updated);

    emulator.clearCalls();
    Step settled = operation(region, (s, h) -> s.up("account", changed, Optional.of(updated)));
    assertFalse(assertInstanceOf(Step.Done.class, settled).changed(), settled.toString());
    assertEquals(List.of(), mutating());

    emulator.clearCalls();
    List<String> messages =
        operation(
            region,
            (s, h) -> {
              s.destroy(updated);
              return h.messagesFor(EngineSession.urn(TYPE, "account"));
            });
    assertEquals(List.of(), all(), "cancelOnDelete is false: nothing is called");
    assertTrue(messages.stream().anyMatch(m -> m.contains("left active")), messages.toString());
  }

  @Test
  void aCancelledMembershipIsRestoredAndATerminatedOneIsRefusedInPreview() throws Exception {
    String region = "us-west-2";
    Map<String, Object> cancelling = with(account(), "cancelOnDelete", true);
    State created =
        operation(region, (s, h) -> done(s.up("account", cancelling, Optional.empty())));
    operation(
        region,
        (s, h) -> {
          s.destroy(created);
          return null;
        });
    assertEquals(List.of("CreateMembership", "CancelMembership"), mutating());

    emulator.clearCalls();
    Step restored = operation(region, (s, h) -> s.up("account", cancelling, Optional.of(created)));
    State active = done(restored);
    assertEquals(List.of("UpdateMembership"), mutating(), "one UpdateMembership with the undo");
    assertEquals("Active", EngineHarness.text(active.outputs(), "membershipStatus"));

    operation(
        region,
        (s, h) -> {
          s.destroy(active);
          return null;
        });
    emulator.terminateMembership(active.id());
    emulator.clearCalls();
    Step refused =
        operation(region, (s, h) -> s.preview("account", cancelling, Optional.of(active)));
    Step.Failed failed = assertInstanceOf(Step.Failed.class, refused);
    assertEquals("Diff", failed.rpc());
    String description = failed.error().getStatus().getDescription();
    assertTrue(description.contains("is Terminated"), description);
    assertEquals(List.of(), mutating());
  }

  @Test
  void aSecondSubscriptionIsRefusedWithTheImportCommandAndTheImportPreviewsClean()
      throws Exception {
    String region = "eu-west-1";
    State first = operation(region, (s, h) -> done(s.up("first", account(), Optional.empty())));
    emulator.clearCalls();

    Step previewed = operation(region, (s, h) -> s.preview("second", account(), Optional.empty()));
    Step.Failed early = assertInstanceOf(Step.Failed.class, previewed);
    assertEquals("Create", early.rpc());
    assertTrue(
        early.error().getStatus().getDescription().contains(first.id()),
        early.error().getStatus().getDescription());
    assertEquals(List.of(), mutating(), "the preview lists the memberships and changes nothing");

    emulator.clearCalls();
    Step second = operation(region, (s, h) -> s.up("second", account(), Optional.empty()));
    Step.Failed failed = assertInstanceOf(Step.Failed.class, second);
    assertEquals("Create", failed.rpc());
    String description = failed.error().getStatus().getDescription();
    assertTrue(
        description.contains("pulumi import securityir:index:Membership second " + first.id()),
        description);
    assertEquals(List.of("CreateMembership"), mutating(), "refused by the service, then listed");

    emulator.clearCalls();
    ReadResponse read = operation(region, (s, h) -> s.importCase("imported", first.id()));
    State imported =
        new State("imported", read.getId(), read.getInputs(), read.getProperties(), List.of());
    Step preview =
        operation(region, (s, h) -> s.preview("imported", read.getInputs(), Optional.of(imported)));
    assertFalse(assertInstanceOf(Step.Done.class, preview).changed(), preview.toString());
    assertEquals(List.of(), mutating());
  }

  @Test
  void aCreateWhoseAnswerIsLostAfterItLandedSubscribesOnce() throws Exception {
    String region = "ap-south-1";
    emulator.fault(
        Map.of("operation", "CreateMembership", "drop", true, "landed", true, "times", 1));
    int before = emulator.membershipCount();

    State created =
        operation(region, 2, (s, h) -> done(s.up("lost-answer", account(), Optional.empty())));

    assertEquals(
        List.of("CreateMembership", "CreateMembership"),
        mutating(),
        "the first landed, its answer lost");
    assertEquals(before + 1, emulator.membershipCount(), "the retry carried the same token");
    ReadResponse read = operation(region, (s, h) -> s.refresh(created));
    assertEquals(created.id(), read.getId());
  }
}
