package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.ACKNOWLEDGED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.gateway.EndpointPolicy;
import com.pulumi.securityir.gateway.GatewayConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code securityir demo} over a fake case service: the embedded emulator starts for real (from a
 * quickstart written here), the plan and apply go to the fake, and the exit code says whether the
 * quickstart behaved as designed: every movable case converged, and only the planned refusal is
 * short of its declared status.
 */
class DemoCommandTest {

  @TempDir Path home;

  /** phishing: one step; drill: an AWS-supported case, the one designed refusal. */
  @BeforeEach
  void writeQuickstart() throws IOException {
    Path quickstart = Files.createDirectories(home.resolve("examples/quickstart"));
    Files.writeString(
        quickstart.resolve("seed.yaml"),
        String.join(
            "\n",
            "- caseId: \"8403556001\"",
            "  title: Phishing",
            "  status: Submitted",
            "  resolverType: Self",
            "- caseId: \"8403556005\"",
            "  title: Drill",
            "  status: Acknowledged",
            "  resolverType: AWS",
            ""));
    Files.writeString(
        quickstart.resolve("cases.yaml"),
        String.join(
            "\n",
            "cases:",
            "  phishing:",
            "    caseId: \"8403556001\"",
            "    status: Detection and Analysis",
            "  drill:",
            "    caseId: \"8403556005\"",
            "    status: Detection and Analysis",
            ""));
  }

  private static FakeCaseGateway quickstartCases() {
    return new FakeCaseGateway()
        .with("8403556001", SUBMITTED)
        .with("8403556005", ACKNOWLEDGED, ResolverType.AWS);
  }

  @Test
  void exitsZeroWhenOnlyTheDesignedRefusalIsShortAndShowsTheAuditTrail() {
    FakeCaseGateway gateway = quickstartCases();
    FakeGatewayFactory gateways = FakeGatewayFactory.over(gateway);

    CliRunner.Run run = CliRunner.run(gateways, home, "demo");

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertEquals(
        List.of(
            new FakeCaseGateway.Call(
                "UpdateCaseStatus", FakeCaseGateway.id("8403556001"), DETECTION_AND_ANALYSIS)),
        gateway.mutatingCalls());
    assertTrue(
        run.out()
            .contains(
                "phishing (8403556001)\n"
                    + "      2026-01-02T03:04:05Z  UpdateCaseStatus  123456789012  Case status"
                    + " changed from Submitted to Detection and Analysis\n"
                    + "drill (8403556005)\n"
                    + "      (no edits)\n"),
        run.toString());
    assertTrue(
        run.out()
            .contains(
                "What happened: 1 case moved, one API call per planned step; 0 cases already"
                    + " matched and got no call. 1 case refused on purpose"),
        run.toString());
    assertTrue(
        run.out().contains("The quickstart behaved as designed, so the demo exits 0."),
        run.toString());
    assertEquals("", run.err());
    assertEquals(1, gateways.closedCount());
  }

  @Test
  void opensTheServiceAtTheEmbeddedEmulatorWithItsOwnStaticKeys() {
    FakeGatewayFactory gateways = FakeGatewayFactory.over(quickstartCases());

    CliRunner.run(gateways, home, "demo");

    GatewayConfig config = gateways.opened().get(0);
    String endpoint = config.endpoint().orElseThrow();
    assertEquals("http", URI.create(endpoint).getScheme());
    assertEquals(Optional.empty(), EndpointPolicy.check("endpoint", endpoint));
    assertEquals("127.0.0.1", URI.create(endpoint).getHost());
    assertEquals(Optional.of("us-east-1"), config.region());
    assertTrue(config.hasStaticKeys());
    assertEquals(List.of(), config.validate());
  }

  @Test
  void exitsOneWhenAStepFails() {
    FakeCaseGateway gateway =
        quickstartCases()
            .failingMove(
                "8403556001",
                DETECTION_AND_ANALYSIS,
                new CaseGatewayException(CaseGatewayException.Kind.SERVICE_ERROR, "boom"));

    CliRunner.Run run = CliRunner.run(FakeGatewayFactory.over(gateway), home, "demo");

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(run.out().contains("      cause: boom\n"), run.toString());
    assertEquals(
        "securityir demo: the quickstart did not behave as designed; see where each case stands"
            + " above\n",
        run.err());
  }

  @Test
  void exitsOneWhenACaseCannotBeRead() {
    FakeCaseGateway gateway =
        quickstartCases()
            .failingReads(
                "8403556001",
                new CaseGatewayException(CaseGatewayException.Kind.UNREACHABLE, "unreachable"));

    CliRunner.Run run = CliRunner.run(FakeGatewayFactory.over(gateway), home, "demo");

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(List.of(), gateway.mutatingCalls());
    assertTrue(
        run.err()
            .endsWith(
                "the quickstart did not behave as designed; see where each case stands"
                    + " above\n"),
        run.toString());
  }

  @Test
  void namesACaseWhoseAuditTrailCannotBeReadAndStillJudgesTheOutcome() {
    FakeCaseGateway gateway =
        quickstartCases()
            .failingEdits(
                "8403556005",
                new CaseGatewayException(CaseGatewayException.Kind.ACCESS_DENIED, "no access"));

    CliRunner.Run run = CliRunner.run(FakeGatewayFactory.over(gateway), home, "demo");

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertTrue(
        run.out().contains("  drill (8403556005): cannot list edits: no access\n"), run.toString());
  }

  @Test
  void exitsOneWithoutOpeningTheServiceWhenTheExamplesAreMissing() throws IOException {
    Files.delete(home.resolve("examples/quickstart/seed.yaml"));
    FakeGatewayFactory gateways = FakeGatewayFactory.over(quickstartCases());

    CliRunner.Run run = CliRunner.run(gateways, home, "demo");

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(
        run.err()
            .startsWith(
                "securityir demo: "
                    + home.resolve("examples/quickstart/seed.yaml")
                    + " is missing"),
        run.toString());
    assertEquals(List.of(), gateways.opened());
  }
}
