package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.gateway.AdaptiveLimit;
import com.pulumi.securityir.gateway.ConfigProblem;
import com.pulumi.securityir.gateway.GatewayConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code securityir plan} end to end in this JVM, over a fake case service. */
class PlanCommandTest {

  @TempDir Path dir;

  private Path casesFile(String... lines) throws IOException {
    Path file = dir.resolve("cases.yaml");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private Path twoCases() throws IOException {
    return casesFile(
        "cases:",
        "  phishing:",
        "    caseId: \"1000000001\"",
        "    status: Detection and Analysis",
        "  laptop:",
        "    caseId: \"1000000002\"",
        "    status: Submitted");
  }

  private static List<FakeCaseGateway.Call> reads(String... caseIds) {
    return List.of(caseIds).stream()
        .map(id -> new FakeCaseGateway.Call("GetCase", FakeCaseGateway.id(id), null))
        .toList();
  }

  private CliRunner.Run plan(FakeGatewayFactory gateways, Path file, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "plan";
    args[1] = file.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    return CliRunner.run(gateways, dir, args);
  }

  @Test
  void exitsZeroWhenEveryCaseIsInItsDeclaredStatus() throws IOException {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", DETECTION_AND_ANALYSIS)
            .with("1000000002", SUBMITTED);
    FakeGatewayFactory gateways = FakeGatewayFactory.over(gateway);

    CliRunner.Run run = plan(gateways, twoCases());

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertTrue(
        run.out().contains("  = phishing (1000000001): Detection and Analysis, no change\n"),
        run.toString());
    assertTrue(
        run.out().endsWith("Plan: 0 to change (0 steps), 2 unchanged, 0 refused.\n"),
        run.toString());
    assertEquals("", run.err());
    assertEquals(1, gateways.closedCount());
  }

  @Test
  void exitsTwoWhenChangesArePendingAndMakesOnlyOneReadPerCase() throws IOException {
    FakeCaseGateway gateway =
        new FakeCaseGateway().with("1000000001", SUBMITTED).with("1000000002", SUBMITTED);
    FakeGatewayFactory gateways = FakeGatewayFactory.over(gateway);
    Path file = twoCases();

    CliRunner.Run run = plan(gateways, file);

    assertEquals(ExitCodes.CHANGES_PENDING, run.exitCode(), run.toString());
    assertEquals(
        "Reading 2 cases from "
            + file
            + " at "
            + FakeGatewayFactory.TARGET
            + ", documented transition graph\n"
            + "\n"
            + "  ~ phishing (1000000001): Submitted -> Detection and Analysis, 1 step\n"
            + "      1. Submitted -> Detection and Analysis (UpdateCaseStatus)\n"
            + "  = laptop (1000000002): Submitted, no change\n"
            + "\n"
            + "Plan: 1 to change (1 step), 1 unchanged, 0 refused.\n",
        run.out());
    assertEquals("", run.err());
    assertEquals(List.of(), gateway.mutatingCalls());
    assertEquals(
        reads("1000000001", "1000000002"),
        gateway.calls().stream()
            .sorted((a, b) -> a.caseId().value().compareTo(b.caseId().value()))
            .toList());
  }

  @Test
  void exitsOneOnARefusalAndStillPlansTheOtherCases() throws IOException {
    FakeCaseGateway gateway =
        new FakeCaseGateway().with("1000000001", CLOSED).with("1000000002", SUBMITTED);

    CliRunner.Run run = plan(FakeGatewayFactory.over(gateway), twoCases());

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(
        run.out().contains("  ! phishing (1000000001): Closed -> Detection and Analysis, refused"),
        run.toString());
    assertEquals("securityir plan: 1 case refused; see the plan above\n", run.err());
    assertEquals(List.of(), gateway.mutatingCalls());
  }

  @Test
  void exitsOneWhenACaseCannotBeReadQuotingTheGatewayWhenNoneCould() throws IOException {
    CaseGatewayException down =
        new CaseGatewayException(CaseGatewayException.Kind.UNREACHABLE, "endpoint down");
    FakeCaseGateway gateway =
        new FakeCaseGateway().failingReads("1000000001", down).failingReads("1000000002", down);

    CliRunner.Run run = plan(FakeGatewayFactory.over(gateway), twoCases());

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(
        run.out().contains("  x laptop (1000000002): cannot read the case, wants 'Submitted'"),
        run.toString());
    assertEquals("securityir plan: 2 cases could not be read: endpoint down\n", run.err());
  }

  @Test
  void handsTheOptionsToTheGatewayFactory() throws IOException {
    FakeGatewayFactory gateways =
        FakeGatewayFactory.over(new FakeCaseGateway().with("1000000001", SUBMITTED));

    plan(
        gateways,
        casesFile("cases:", "  a:", "    caseId: \"1000000001\"", "    status: Submitted"),
        "--endpoint",
        "http://127.0.0.1:4566",
        "--region",
        "eu-west-1",
        "--profile",
        "ir",
        "--max-retries",
        "0",
        "--parallel",
        "16");

    GatewayConfig config = gateways.opened().get(0);
    assertEquals(16, config.maxConcurrency(), "--parallel bounds the calls at once");
    assertEquals(Optional.of("http://127.0.0.1:4566"), config.endpoint());
    assertEquals(Optional.of("eu-west-1"), config.region());
    assertEquals(Optional.of("ir"), config.profile());
    assertEquals(1, config.maxAttempts(), "0 retries is 1 attempt");
    assertEquals(Optional.empty(), config.accessKeyId());
  }

  @Test
  void theDefaultParallelIsTheGatewaysDefaultBound() throws IOException {
    FakeGatewayFactory gateways =
        FakeGatewayFactory.over(new FakeCaseGateway().with("1000000001", SUBMITTED));
    plan(
        gateways,
        casesFile("cases:", "  a:", "    caseId: \"1000000001\"", "    status: Submitted"));
    assertEquals(8, gateways.opened().get(0).maxConcurrency());
  }

  @Test
  void debugTellsHowFarThrottlingBroughtTheCallsAtOnceDown() throws IOException {
    FakeGatewayFactory gateways =
        FakeGatewayFactory.over(new FakeCaseGateway().with("1000000001", SUBMITTED))
            .reportingConcurrency(new AdaptiveLimit.Snapshot(16, 5, 2, 3, 3));
    Path file = casesFile("cases:", "  a:", "    caseId: \"1000000001\"", "    status: Submitted");

    CliRunner.Run quiet = plan(gateways, file);
    CliRunner.Run debug = plan(gateways, file, "--debug");

    assertEquals("", quiet.err(), quiet.toString());
    assertEquals(
        "securityir plan: debug: at most 16 calls at once; throttled 3 times, the limit came down"
            + " to 2 and ended at 5\n",
        debug.err(),
        debug.toString());
    assertEquals(quiet.out(), debug.out());
  }

  @Test
  void reportsARefusedConfigurationAsOneLinePerProblemAndReadsNothing() throws IOException {
    FakeGatewayFactory gateways =
        FakeGatewayFactory.refusing(
            new ConfigProblem("region", "(not set)", "no region found; set the region"),
            new ConfigProblem("endpoint (from AWS_ENDPOINT_URL)", "http://x", "use https://"));

    CliRunner.Run run = plan(gateways, twoCases());

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(
        "securityir plan: --region '(not set)': no region found; set the region\n"
            + "securityir plan: endpoint (from AWS_ENDPOINT_URL) 'http://x': use https://\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void neverOpensTheServiceForAnInvalidCasesFile() throws IOException {
    FakeGatewayFactory gateways = FakeGatewayFactory.over(new FakeCaseGateway());

    CliRunner.Run run =
        plan(gateways, casesFile("cases:", "  a:", "    caseId: 1000000001", "    status: Closed"));

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(run.err().contains("is not a valid cases file (1 problem)"), run.toString());
    assertEquals(List.of(), gateways.opened());
  }
}
