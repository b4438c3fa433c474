package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityIrCliTest {

  /** Every test here stops before the case service; the factory would say if one did not. */
  private final FakeGatewayFactory gateways = FakeGatewayFactory.over(new FakeCaseGateway());

  private CliRunner.Run run(String... args) {
    CliRunner.Run run = CliRunner.run(gateways, Path.of(""), args);
    assertEquals(List.of(), gateways.opened(), "the case service was opened");
    return run;
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan", "apply", "import", "demo", "emulator"})
  void everyCommandHasHelp(String command) {
    CliRunner.Run run = run(command, "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Usage: securityir " + command), run.out());
  }

  @Test
  void helpListsTheExitCodesOfPlan() {
    String help = run("plan", "--help").out();
    assertTrue(help.contains("2   changes pending"), help);
    assertTrue(help.contains("--transition-graph"), help);
  }

  @Test
  void usageErrorsExitOneSoThatTwoMeansOnlyChangesPending() {
    assertEquals(ExitCodes.ERROR, run("plan").exitCode());
    assertEquals(ExitCodes.ERROR, run("apply", "--parallel", "many", "cases.yaml").exitCode());
    CliRunner.Run unknown = run("plna", "cases.yaml");
    assertEquals(ExitCodes.ERROR, unknown.exitCode());
    assertTrue(unknown.err().contains("plan"), unknown.err());
  }

  @Test
  void reportsEveryBadOptionAtOnceNamingTheOptionAndTheFix() {
    CliRunner.Run run =
        run(
            "plan",
            "cases.yaml",
            "--parallel",
            "65",
            "--transition-graph",
            "extnded",
            "--endpoint",
            "http://10.0.0.1:8080",
            "--region",
            "US East");
    assertEquals(ExitCodes.ERROR, run.exitCode());
    List<String> lines = run.err().lines().toList();
    assertEquals(4, lines.size(), run.err());
    assertTrue(lines.stream().allMatch(l -> l.startsWith("securityir plan: ")), run.err());
    assertTrue(run.err().contains("--parallel '65': use a number from 1 to 64"), run.err());
    assertTrue(run.err().contains("unknown transition graph 'extnded'"), run.err());
    assertTrue(
        run.err()
            .contains("--endpoint 'http://10.0.0.1:8080': http:// is allowed only for loopback"),
        run.err());
    assertTrue(run.err().contains("--region 'US East'"), run.err());
    assertEquals("", run.out());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plan cases.yaml --paralel 3|securityir plan: unknown option '--paralel' (did you mean"
            + " '--parallel'?); run 'securityir plan --help' for usage",
        "plan|securityir plan: missing FILE: name the cases file, e.g. 'securityir plan"
            + " cases.yaml'",
        "apply cases.yaml --parallel|securityir apply: option '--parallel' needs a value, e.g."
            + " --parallel=N; run 'securityir apply --help' for usage",
        "plan a.yaml b.yaml|securityir plan: unexpected argument 'b.yaml': this command takes one"
            + " FILE; run 'securityir plan --help' for usage",
        "plan cases.yaml --region us-east-1 --region eu-west-1|securityir plan: option '--region'"
            + " is given more than once; give it once",
        "plan cases.yaml --parallel many|securityir plan: --parallel 'many': use a number from 1"
            + " to 64 (default 8)",
        "plan cases.yaml --max-retries 10|securityir plan: --max-retries '10': use a number from 0"
            + " (no retries) to 9 (default 3)",
        "lpan cases.yaml|securityir: unknown command 'lpan' (did you mean 'plan'?); use one of"
            + " 'plan', 'apply', 'import', 'demo', 'emulator'",
      })
  void usageErrorsAreOneLineNamingTheOptionAndTheFix(String args, String message) {
    CliRunner.Run run = run(args.split(" "));
    assertEquals(ExitCodes.ERROR, run.exitCode());
    assertEquals(message + System.lineSeparator(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anUnknownOptionsValueIsNeverEchoedBecauseItMayBeASecret() {
    CliRunner.Run run =
        run("plan", "cases.yaml", "--secret-access-key=cnry-typed-into-the-wrong-option");
    assertEquals(ExitCodes.ERROR, run.exitCode());
    assertTrue(run.err().contains("unknown option '--secret-access-key'"), run.err());
    assertTrue(!run.err().contains("cnry"), run.err());
  }

  @Test
  void reportsAMissingCasesFileWithoutAStackTrace() {
    CliRunner.Run run = run("plan", "/nonexistent/cases.yaml", "--region", "us-east-1");
    assertEquals(ExitCodes.ERROR, run.exitCode());
    assertTrue(
        run.err().startsWith("securityir plan: /nonexistent/cases.yaml is not a valid cases file"),
        run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
  }

  @Test
  void printsTheVersion() {
    CliRunner.Run run = run("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("securityir "), run.out());
  }
}
