package com.pulumi.securityir.reliability;

import static com.pulumi.securityir.provider.harness.EngineHarness.secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.pulumi.securityir.provider.harness.EngineSession.Step;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pulumirpc.Provider.CheckFailure;

/**
 * Canary secrets (secret key, session token, a sensitive case title, secret inputs) through the
 * plugin's success and failure paths: a bad endpoint, an unreachable endpoint, AccessDenied, a
 * partial failure, InvalidToken and Cancel. None may appear in stdout, stderr, engine log messages,
 * gRPC error descriptions or any output outside a secret envelope.
 */
class CanaryIT {

  private final String secretKey = "cnry-sk-" + UUID.randomUUID();
  private final String sessionToken = "cnry-st-" + UUID.randomUUID();
  private final String title = "cnry-title-" + UUID.randomUUID();
  private final List<String> said = new ArrayList<>();
  private final List<Struct> outputs = new ArrayList<>();

  @Test
  void canarySecretsNeverLeaveThroughAnyOutputOnSuccessOrFailure() throws Exception {
    try (EmulatorProcess emulator = EmulatorProcess.start()) {
      String ok = emulator.seed(title, "Submitted", "Self");
      String denied = emulator.seed(title, "Detection and Analysis", "Self");
      String partial = emulator.seed(title, "Submitted", "Self");
      String token = emulator.seed(title, "Detection and Analysis", "Self");
      failurePaths(emulator, denied, partial, token, 5);

      try (EngineHarness harness = EngineHarness.launch()) {
        EngineSession session = new EngineSession(harness);
        session.handshake();
        // Bad endpoint: refused by CheckConfig, secrets not quoted.
        Map<String, Object> bad = config("http://cnry-host.example.com");
        bad.put("endpoint", secret("http://cnry-host.example.com"));
        for (CheckFailure failure : session.configure(bad)) {
          said.add(failure.getReason());
        }
        assertFalse(said.isEmpty(), "an http:// endpoint to a remote host must be refused");
        assertEquals(List.of(), session.configure(config(emulator.endpoint().toString())));

        Struct secretInputs =
            Struct.newBuilder()
                .putFields("caseId", secret(ok))
                .putFields("status", secret("Containment, Eradication and Recovery"))
                .build();
        record(
            assertInstanceOf(Step.Done.class, session.up("ok", secretInputs, Optional.empty()))
                .state()
                .outputs());
        recordFailure(
            session.up(
                "denied",
                Map.of("caseId", denied, "status", "Post-incident Activities"),
                Optional.empty()));
        Step stopped =
            session.up(
                "partial",
                Map.of("caseId", partial, "status", "Post-incident Activities"),
                Optional.empty());
        record(assertInstanceOf(Step.Partial.class, stopped).state().outputs());
        recordFailure(stopped);
        recordFailure(
            session.up(
                "token",
                Map.of("caseId", token, "status", "Post-incident Activities"),
                Optional.empty()));
        harness.provider().cancel(Empty.getDefaultInstance());
        assertTrue(harness.process().waitFor(20, TimeUnit.SECONDS), "Cancel stops the plugin");
        assertNoCanary(harness);
      }

      // Unreachable endpoint: the failure names the endpoint, never the keys.
      try (EngineHarness harness = EngineHarness.launch()) {
        EngineSession session = new EngineSession(harness);
        session.handshake();
        Map<String, Object> unreachable = config("http://127.0.0.1:1");
        unreachable.put("maxRetries", 0);
        assertEquals(List.of(), session.configure(unreachable));
        recordFailure(
            session.up("gone", Map.of("caseId", ok, "status", "Closed"), Optional.empty()));
        assertNoCanary(harness);
      }
    }
    // CheckConfig's failure(s), AccessDenied, the partial stop (description and reason),
    // InvalidToken and the unreachable endpoint.
    assertTrue(said.size() >= 6, () -> "every failure was collected: " + said);
    for (String text : said) {
      assertClean(text, "a failure message");
    }
    for (Struct out : outputs) {
      out.getFieldsMap()
          .forEach(
              (k, v) ->
                  assertFalse(
                      leaks(v), () -> "output '" + k + "' carries a canary outside a secret"));
      assertTrue(EngineHarness.isSecret(out, "title"), "the sensitive title is a secret output");
    }
  }

  /**
   * The sensitive members of a {@code Case} (title, description, watcher email, threat actor IP)
   * and a {@code CaseComment}'s body as canaries: created, updated, stopped part-way (TagResource
   * denied), a refused CreateCase and a refresh. None may appear in stderr, the engine log, an
   * error or an output outside a secret envelope.
   */
  @Test
  void caseAndCommentCanariesNeverLeaveOnSuccessOrFailure() throws Exception {
    String description = "cnry-description-" + UUID.randomUUID();
    String email = "cnry-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String body = "cnry-body-" + UUID.randomUUID();
    Map<String, Object> drill = new java.util.LinkedHashMap<>();
    drill.put("title", title);
    drill.put("description", description);
    drill.put("engagementType", "Investigation");
    drill.put("reportedIncidentStartDate", "2026-05-01T09:30:00Z");
    drill.put("impactedAccounts", List.of("123456789012"));
    drill.put("watchers", List.of(Map.of("email", email, "name", "cnry name")));
    drill.put("threatActorIpAddresses", List.of(Map.of("ipAddress", "203.0.113.9")));
    drill.put("resolverType", "Self");
    try (EmulatorProcess emulator = EmulatorProcess.start()) {
      EngineSession.State created;
      try (EngineHarness harness = EngineHarness.launch()) {
        EngineSession cases = new EngineSession(harness, "securityir:index:Case");
        cases.handshake();
        assertEquals(List.of(), cases.configure(config(emulator.endpoint().toString())));
        created =
            assertInstanceOf(Step.Done.class, cases.up("drill", drill, Optional.empty())).state();
        record(created.outputs());
        EngineSession comments = new EngineSession(harness, "securityir:index:CaseComment");
        record(
            assertInstanceOf(
                    Step.Done.class,
                    comments.up(
                        "note", Map.of("caseId", created.id(), "body", body), Optional.empty()))
                .state()
                .outputs());
        emulator.fault(
            Map.of("operation", "TagResource", "error", "AccessDeniedException", "times", 1));
        Map<String, Object> changed = new java.util.LinkedHashMap<>(drill);
        changed.put("description", description + "-2");
        changed.put("tags", Map.of("k", "v"));
        Step stopped = cases.up("drill", changed, Optional.of(created));
        record(assertInstanceOf(Step.Partial.class, stopped).state().outputs());
        recordFailure(stopped);
        emulator.fault(
            Map.of("operation", "CreateCase", "error", "AccessDeniedException", "times", 1));
        recordFailure(cases.up("denied", drill, Optional.empty()));
        record(cases.refresh(created).getProperties());
        assertNoCanary(harness);
        for (String canary : List.of(description, email, body)) {
          assertFalse(harness.stderr().contains(canary), "a sensitive member in stderr");
          harness.logs().forEach(l -> assertFalse(l.getMessage().contains(canary), l.getMessage()));
        }
      }
    }
    for (String text : said) {
      assertClean(text, "a failure message");
      assertFalse(text.contains(description) || text.contains(email) || text.contains(body), text);
    }
    for (Struct out : outputs) {
      out.getFieldsMap()
          .forEach(
              (k, v) ->
                  assertFalse(
                      leaks(v), () -> "output '" + k + "' carries a canary outside a secret"));
    }
  }

  /**
   * The sensitive members of a {@code Membership} (its name, a responder's name, job title and
   * email) as canaries: created, updated, stopped part-way (the second UpdateMembership denied), a
   * refused second subscription, a refresh and a delete. None may appear in stderr, the engine log,
   * an error or an output outside a secret envelope.
   */
  @Test
  void membershipCanariesNeverLeaveOnSuccessOrFailure() throws Exception {
    String name = "cnry-m-" + UUID.randomUUID().toString().substring(0, 8);
    String person = "cnry-p-" + UUID.randomUUID().toString().substring(0, 8);
    String job = "cnry-j-" + UUID.randomUUID().toString().substring(0, 8);
    String email = "cnry-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    Map<String, Object> account = new java.util.LinkedHashMap<>();
    account.put("membershipName", name);
    account.put(
        "incidentResponseTeam",
        List.of(
            Map.of("name", person, "jobTitle", job, "email", email),
            Map.of("name", "Grace Hopper", "jobTitle", "SOC lead", "email", "grace@example.com")));
    List<String> canaries = List.of(name, person, job, email);
    try (EmulatorProcess emulator = EmulatorProcess.start();
        EngineHarness harness = EngineHarness.launch()) {
      EngineSession session = new EngineSession(harness, "securityir:index:Membership");
      session.handshake();
      assertEquals(List.of(), session.configure(config(emulator.endpoint().toString())));
      EngineSession.State created =
          assertInstanceOf(Step.Done.class, session.up("account", account, Optional.empty()))
              .state();
      record(created.outputs());
      emulator.fault(
          Map.of(
              "operation",
              "UpdateMembership",
              "error",
              "AccessDeniedException",
              "times",
              1,
              "after",
              1));
      Map<String, Object> changed = new java.util.LinkedHashMap<>(account);
      changed.put("membershipName", name + "-2");
      changed.put(
          "organizationalUnits",
          java.util.stream.IntStream.range(0, 7)
              .mapToObj(i -> "ou-ab12-unit" + (1000 + i))
              .toList());
      Step stopped = session.up("account", changed, Optional.of(created));
      record(assertInstanceOf(Step.Partial.class, stopped).state().outputs());
      recordFailure(stopped);
      recordFailure(session.up("second", account, Optional.empty()));
      record(session.refresh(created).getProperties());
      session.destroy(created);
      assertNoCanary(harness);
      for (String canary : canaries) {
        assertFalse(harness.stderr().contains(canary), "a sensitive member in stderr");
        harness.logs().forEach(l -> assertFalse(l.getMessage().contains(canary), l.getMessage()));
      }
    }
    for (String text : said) {
      assertClean(text, "a failure message");
      canaries.forEach(c -> assertFalse(text.contains(c), text));
    }
    for (Struct out : outputs) {
      out.getFieldsMap()
          .forEach(
              (k, v) ->
                  assertFalse(
                      leaks(v), () -> "output '" + k + "' carries a canary outside a secret"));
    }
  }

  /**
   * The same canaries through {@code bin/securityir}: the secret key and session token in the
   * environment, the title on every case. plan, apply and demo on success and on failure (a refused
   * endpoint, an endpoint with user info, an unreachable endpoint, AccessDenied, InvalidToken, a
   * partial failure), with and without {@code --debug}: stdout and stderr never show a canary.
   */
  @Test
  void theCliNeverPrintsACanaryOnSuccessOrFailureEvenWithDebug(@TempDir Path dir) throws Exception {
    Map<String, String> env =
        Map.of(
            "AWS_ACCESS_KEY_ID",
            "ASIACANARY0000000000",
            "AWS_SECRET_ACCESS_KEY",
            secretKey,
            "AWS_SESSION_TOKEN",
            sessionToken,
            "AWS_REGION",
            "us-east-1");
    List<CliRun> runs = new ArrayList<>();
    try (EmulatorProcess emulator = EmulatorProcess.start()) {
      String endpoint = emulator.endpoint().toString();
      String ok = emulator.seed(title, "Submitted", "Self");
      String denied = emulator.seed(title, "Detection and Analysis", "Self");
      String partial = emulator.seed(title, "Submitted", "Self");
      String token = emulator.seed(title, "Detection and Analysis", "Self");
      Files.writeString(
          dir.resolve("ok.yaml"), cases(Map.of("ok", ok), "Post-incident Activities"));
      Files.writeString(
          dir.resolve("failing.yaml"),
          cases(
              Map.of("denied", denied, "partial", partial, "token", token),
              "Post-incident Activities"));

      CliRun plan = CliRun.run(dir, env, List.of("plan", "ok.yaml", "--endpoint", endpoint));
      assertEquals(2, plan.exitCode(), plan::toString);
      runs.add(plan);
      CliRun applied =
          CliRun.run(dir, env, List.of("apply", "ok.yaml", "--endpoint", endpoint, "--yes"));
      assertEquals(0, applied.exitCode(), applied::toString);
      runs.add(applied);

      for (String bad :
          List.of(
              "http://security-ir.example.com",
              "https://ASIACANARY0000000000:" + secretKey + "@security-ir.us-east-1.api.aws")) {
        CliRun refused = CliRun.run(dir, env, List.of("plan", "ok.yaml", "--endpoint", bad));
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("--endpoint"), refused::toString);
        runs.add(refused);
      }
      CliRun unreachable =
          CliRun.run(
              dir,
              env,
              List.of("plan", "ok.yaml", "--endpoint", "http://127.0.0.1:1", "--max-retries", "0"));
      assertEquals(1, unreachable.exitCode(), unreachable::toString);
      runs.add(unreachable);

      for (List<String> debug : List.of(List.<String>of(), List.of("--debug"))) {
        failurePaths(emulator, denied, partial, token, 1);
        List<String> args =
            new ArrayList<>(
                List.of(
                    "apply",
                    "failing.yaml",
                    "--endpoint",
                    endpoint,
                    "--yes",
                    "--max-retries",
                    "0"));
        args.addAll(debug);
        CliRun failed = CliRun.run(dir, env, args);
        assertEquals(1, failed.exitCode(), failed::toString);
        emulator.clearFaults();
        runs.add(failed);
      }
      CliRun firstFailure = runs.get(runs.size() - 2);
      assertTrue(firstFailure.out().contains("Access denied"), firstFailure::toString);
      assertTrue(
          firstFailure.out().contains("partial (" + partial + "): stopped in"),
          firstFailure::toString);
      assertTrue(
          firstFailure.out().contains("token (" + token + "): not applied"),
          firstFailure::toString);
    }
    CliRun demo = CliRun.run(dir, env, List.of("demo"));
    assertEquals(0, demo.exitCode(), demo::toString);
    runs.add(demo);
    CliRun demoDebug = CliRun.run(dir, env, List.of("demo", "--debug"));
    runs.add(demoDebug);

    for (CliRun run : runs) {
      assertClean(run.out(), "the CLI's stdout");
      assertClean(run.err(), "the CLI's stderr");
      assertFalse(run.err().contains("\tat "), run::toString);
    }
  }

  private static String cases(Map<String, String> ids, String status) {
    StringBuilder yaml = new StringBuilder("cases:\n");
    new java.util.TreeMap<>(ids)
        .forEach(
            (name, id) ->
                yaml.append("  ")
                    .append(name)
                    .append(":\n    caseId: \"")
                    .append(id)
                    .append("\"\n    status: ")
                    .append(status)
                    .append('\n'));
    return yaml.toString();
  }

  private Map<String, Object> config(String endpoint) {
    Map<String, Object> config = new HashMap<>();
    config.put("region", "us-east-1");
    config.put("endpoint", endpoint);
    config.put("accessKey", "ASIACANARY0000000000");
    config.put("secretKey", secret(secretKey));
    config.put("sessionToken", secret(sessionToken));
    config.put("maxRetries", 0);
    return config;
  }

  private void record(Struct out) {
    outputs.add(out);
  }

  private void recordFailure(Step step) {
    StatusRuntimeException error =
        step instanceof Step.Failed f
            ? f.error()
            : assertInstanceOf(Step.Partial.class, step).error();
    said.add(String.valueOf(error.getStatus().getDescription()));
    EngineHarness.initFailure(error).ifPresent(d -> said.addAll(d.getReasonsList()));
  }

  private void assertNoCanary(EngineHarness harness) {
    assertClean(harness.stderr(), "the plugin's stderr");
    assertClean(harness.strayStdout(), "the plugin's stdout");
    harness.logs().forEach(l -> assertClean(l.getMessage(), "an engine log message"));
  }

  private void assertClean(String text, String where) {
    for (String canary : List.of(secretKey, sessionToken, title, "cnry-host")) {
      assertFalse(text.contains(canary), () -> "secret in " + where + ": " + text);
    }
  }

  private boolean leaks(Value value) {
    if (EngineHarness.isSecret(Struct.newBuilder().putFields("v", value).build(), "v")) {
      return false;
    }
    return switch (value.getKindCase()) {
      case STRING_VALUE -> value.getStringValue().contains("cnry");
      case LIST_VALUE -> value.getListValue().getValuesList().stream().anyMatch(this::leaks);
      case STRUCT_VALUE ->
          value.getStructValue().getFieldsMap().values().stream().anyMatch(this::leaks);
      default -> false;
    };
  }

  /**
   * The failure paths the canary runs through: AccessDenied on the first move of {@code denied}, on
   * the second move of {@code partial} (a part-way stop), and InvalidToken on {@code tokenReads}
   * reads of {@code token}.
   */
  private static void failurePaths(
      EmulatorProcess emulator, String denied, String partial, String token, int tokenReads) {
    emulator.fault(
        Map.of(
            "operation",
            "UpdateCaseStatus",
            "caseId",
            denied,
            "error",
            "AccessDeniedException",
            "times",
            1));
    emulator.fault(
        Map.of(
            "operation",
            "UpdateCaseStatus",
            "caseId",
            partial,
            "error",
            "AccessDeniedException",
            "after",
            1,
            "times",
            1));
    // Once a plugin has been asked for two cases it reads ListCases pages, which would show the
    // token case without its GetCase; a failed page sends every case back to its own GetCase.
    emulator.fault(Map.of("operation", "ListCases", "error", "InvalidTokenException", "times", 1));
    emulator.fault(
        Map.of(
            "operation",
            "GetCase",
            "caseId",
            token,
            "error",
            "InvalidTokenException",
            "times",
            tokenReads));
  }
}
