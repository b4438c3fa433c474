package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.emulator.CallRecord;
import com.pulumi.securityir.emulator.EmulatorOptions;
import com.pulumi.securityir.emulator.FaultSpec;
import com.pulumi.securityir.emulator.SecurityIrEmulator;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/securityir plan|apply|demo} as a user runs them, against an emulator started in this
 * JVM with fresh cases for every test (seeded from {@code
 * src/system-tests/src/test/resources/cli/seed.yaml}). Credentials are dummy static keys in the
 * environment; no AWS configuration of the machine is read.
 */
class CliProcessIT {

  private static final Path FIXTURES = CliProcess.FIXTURES;
  private static final List<String> MUTATING = List.of("UpdateCaseStatus", "CloseCase");

  @TempDir Path temp;

  private SecurityIrEmulator emulator;

  private CliProcess cli;

  @BeforeEach
  void startEmulator() throws Exception {
    cli = new CliProcess(temp);
    emulator =
        SecurityIrEmulator.start(
            EmulatorOptions.defaults().withSeedFile(FIXTURES.resolve("seed.yaml")));
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private CliProcess.Result run(String... args) throws Exception {
    return cli.run(args);
  }

  /** Runs {@code command FILE --endpoint <emulator> --region us-east-1 extra...}. */
  private CliProcess.Result runOn(String command, String fixture, String... extra)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                FIXTURES.resolve(fixture).toString(),
                "--endpoint",
                emulator.endpoint().toString(),
                "--region",
                "us-east-1"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private List<CallRecord> mutatingCalls() {
    return emulator.control().calls().stream()
        .filter(c -> MUTATING.contains(c.operation()))
        .toList();
  }

  // ---- plan ------------------------------------------------------------------------------------

  @Test
  void planExitsZeroWhenEveryCaseIsInItsDeclaredStatus() throws Exception {
    CliProcess.Result r = runOn("plan", "converged.yaml");

    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("= phishing-wave (1000000001): Detection and Analysis, no change"),
        r.toString());
    assertTrue(
        r.out().contains("Plan: 0 to change (0 steps), 2 unchanged, 0 refused."), r.toString());
    assertEquals("", r.err());
  }

  @Test
  void planExitsTwoWhenChangesArePendingAndMakesNoMutatingCall() throws Exception {
    CliProcess.Result r = runOn("plan", "changes.yaml");

    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(
        r.out()
            .contains(
                """
                  ~ ransomware-build-host (1000000002): Submitted -> Containment, Eradication and Recovery, 2 steps
                      1. Submitted -> Detection and Analysis (UpdateCaseStatus)
                      2. Detection and Analysis -> Containment, Eradication and Recovery (UpdateCaseStatus)
                """),
        r.toString());
    assertTrue(
        r.out()
            .contains(
                "~ leaked-access-key (1000000003): Post-incident Activities -> Closed, 1 step"),
        r.toString());
    assertTrue(
        r.out().contains("Plan: 3 to change (4 steps), 1 unchanged, 0 refused."), r.toString());
    assertEquals("", r.err());
    assertEquals(List.of(), mutatingCalls());
    assertEquals(4, emulator.control().calls().size(), emulator.control().calls().toString());
  }

  @Test
  void planExitsOneForARefusalAndSaysWhy() throws Exception {
    CliProcess.Result r = runOn("plan", "refusal.yaml");

    assertEquals(1, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("! old-incident (1000000005): Closed -> Detection and Analysis, refused"),
        r.toString());
    assertTrue(r.out().contains("closed cases cannot be reopened"), r.toString());
    assertEquals("securityir plan: 1 case refused; see the plan above\n", r.err());
    assertEquals(List.of(), mutatingCalls());
  }

  @Test
  void planExitsOneWithOneClearMessageWhenTheEndpointIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    CliProcess.Result r =
        run(
            "plan",
            FIXTURES.resolve("changes.yaml").toString(),
            "--endpoint",
            "http://127.0.0.1:" + closedPort,
            "--region",
            "us-east-1");

    assertEquals(1, r.exitCode(), r.toString());
    List<String> errLines = r.err().lines().toList();
    assertEquals(1, errLines.size(), r.toString());
    assertTrue(
        errLines.get(0).startsWith("securityir plan: 4 cases could not be read: Could not reach"),
        r.toString());
    assertTrue(errLines.get(0).contains("http://127.0.0.1:" + closedPort), r.toString());
    assertFalse(r.err().contains("\tat "), r.toString());
    assertFalse(
        r.out().contains(CliProcess.SECRET_KEY) || r.err().contains(CliProcess.SECRET_KEY),
        "secret printed");
  }

  @Test
  void planExitsOneListingEveryProblemOfABadFileWithItsLine() throws Exception {
    CliProcess.Result r = runOn("plan", "invalid.yaml");

    assertEquals(1, r.exitCode(), r.toString());
    String file = FIXTURES.resolve("invalid.yaml").toString();
    assertTrue(
        r.err().contains(file + ":3:13: cases.phishing-wave.caseId: invalid case id '12345'"),
        r.toString());
    assertTrue(
        r.err().contains(file + ":4:13: cases.phishing-wave.status: unknown status 'Containment'"),
        r.toString());
    assertTrue(
        r.err()
            .contains(
                file
                    + ":7:13: cases.suspicious-logins.status: unknown status 'Submited';"
                    + " did you mean 'Submitted'?"),
        r.toString());
    assertTrue(
        r.err().contains(file + ":8:5: cases.suspicious-logins: unknown key 'colour'"),
        r.toString());
    assertEquals("", r.out());
    assertEquals(List.of(), emulator.control().calls());
  }

  // ---- apply -----------------------------------------------------------------------------------

  @Test
  void applyWithYesConvergesMakingExactlyThePlannedCalls() throws Exception {
    CliProcess.Result r = runOn("apply", "changes.yaml", "--yes", "--parallel", "2");

    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(
        r.out()
            .contains(
                "+ ransomware-build-host (1000000002): now 'Containment, Eradication and"
                    + " Recovery' (2 steps applied)"),
        r.toString());
    assertTrue(
        r.out().contains("Apply: 3 converged, 1 unchanged, 0 refused, 0 failed."), r.toString());
    assertEquals("", r.err());
    List<CallRecord> calls = emulator.control().calls();
    // 4 cases at 2 at once: ceil(4/2) = 2 rounds of GetCase against ceil(4/25) = 1 ListCases page,
    // so the plan reads the one page of the 5 seeded cases and no GetCase.
    assertEquals(
        List.of("ListCases"),
        calls.stream()
            .map(CallRecord::operation)
            .filter(o -> o.equals("GetCase") || o.equals("ListCases"))
            .toList(),
        calls.toString());
    List<CallRecord> moves = mutatingCalls();
    assertEquals(4, moves.size(), moves.toString());
    assertTrue(
        moves.stream().allMatch(c -> c.status() >= 200 && c.status() < 300), moves.toString());
    assertEquals(
        List.of("UpdateCaseStatus", "UpdateCaseStatus"),
        moves.stream()
            .filter(c -> "1000000002".equals(c.caseId()))
            .map(CallRecord::operation)
            .toList());
    assertEquals(
        List.of("CloseCase"),
        moves.stream()
            .filter(c -> "1000000003".equals(c.caseId()))
            .map(CallRecord::operation)
            .toList());
    assertEquals(1, moves.stream().filter(c -> "1000000001".equals(c.caseId())).count());

    CliProcess.Result again = runOn("plan", "changes.yaml");
    assertEquals(0, again.exitCode(), again.toString());
  }

  @Test
  void applyWithoutYesAndWithoutATerminalRefusesAndChangesNothing() throws Exception {
    CliProcess.Result r = runOn("apply", "changes.yaml");

    assertEquals(1, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("Plan: 3 to change (4 steps), 1 unchanged, 0 refused."), r.toString());
    assertTrue(
        r.err()
            .startsWith(
                "securityir apply: not applying without confirmation: stdin is not a"
                    + " terminal"),
        r.toString());
    assertTrue(r.err().contains("--yes"), r.toString());
    assertEquals(List.of(), mutatingCalls());
  }

  @Test
  void applyReportsTheStatusReachedAndTheStepsLeftWhenTheSecondStepFails() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> fault =
        http.send(
            HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/_emulator/faults"))
                .timeout(Duration.ofSeconds(10))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"operation\":\"UpdateCaseStatus\",\"caseId\":"
                            + "\"1000000002\",\"error\":\"AccessDeniedException\",\"after\":1,\"times\":1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(fault.statusCode() / 100 == 2, fault.body());

    CliProcess.Result r = runOn("apply", "changes.yaml", "--yes");

    assertEquals(1, r.exitCode(), r.toString());
    assertTrue(
        r.out()
            .contains(
                """
                  x ransomware-build-host (1000000002): stopped in 'Detection and Analysis' after 1 step applied
                """),
        r.toString());
    assertTrue(
        r.out()
            .contains(
                """
                      The case is in 'Detection and Analysis' after 1 step; remaining: Detection and \
                Analysis -> Containment, Eradication and Recovery (UpdateCaseStatus). Run apply again to \
                resume from the case's live status.
                """),
        r.toString());
    assertTrue(
        r.out().contains("Apply: 2 converged, 1 unchanged, 0 refused, 1 failed."), r.toString());
    assertEquals(
        "securityir apply: 1 case not in the declared status; see where each case stands above\n",
        r.err());
  }

  @Test
  void applyStopsAfterTheStepsInFlightOnSigintAndReportsEveryCase() throws Exception {
    emulator.control().injectFault(FaultSpec.latency("UpdateCaseStatus", 1500)).orElseThrow();
    emulator.control().injectFault(FaultSpec.latency("CloseCase", 1500)).orElseThrow();
    Process p =
        cli.builder(
                List.of(
                    "apply",
                    FIXTURES.resolve("changes.yaml").toString(),
                    "--endpoint",
                    emulator.endpoint().toString(),
                    "--region",
                    "us-east-1",
                    "--yes",
                    "--parallel",
                    "1"))
            .start();
    try {
      Path stdout = temp.resolve("stdout");
      for (int i = 0; i < 600 && !Files.readString(stdout).contains("Applying 3 changes"); i++) {
        Thread.sleep(100);
      }
      assertTrue(Files.readString(stdout).contains("Applying 3 changes"), Files.readString(stdout));
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "apply did not stop after SIGINT");
      CliProcess.Result r = cli.result(p.exitValue());

      assertEquals(130, r.exitCode(), r.toString());
      assertTrue(r.out().contains("cancelled (interrupted) before the next step"), r.toString());
      assertTrue(r.out().contains("Where each case stands:"), r.toString());
      for (String name :
          List.of(
              "phishing-wave", "ransomware-build-host", "leaked-access-key", "suspicious-logins")) {
        assertTrue(
            r.out()
                .lines()
                .dropWhile(l -> !l.startsWith("Where each case stands"))
                .anyMatch(l -> l.contains(name)),
            name + " not reported\n" + r);
      }
      assertTrue(r.err().contains("interrupted"), r.toString());
      assertTrue(mutatingCalls().size() < 4, mutatingCalls().toString());
    } finally {
      p.destroyForcibly();
    }
  }

  // ---- demo ------------------------------------------------------------------------------------

  @Test
  void demoShowsPlanApplyAndAuditTrailAndExitsZeroAsDesigned() throws Exception {
    CliProcess.Result r = run("demo");

    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("Plan: 3 to change (4 steps), 1 unchanged, 1 refused."), r.toString());
    assertTrue(
        r.out().contains("Apply: 3 converged, 1 unchanged, 1 refused, 0 failed."), r.toString());
    assertTrue(r.out().contains("ListCaseEdits"), r.toString());
    assertTrue(
        r.out()
            .contains(
                "UpdateCaseStatus  123456789012  Case status changed from Detection and Analysis"
                    + " to Containment, Eradication and Recovery"),
        r.toString());
    assertTrue(r.out().contains("refused on purpose"), r.toString());
    assertEquals("", r.err());
  }
}
