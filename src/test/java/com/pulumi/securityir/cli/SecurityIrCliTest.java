package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SecurityIrCliTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = SecurityIrCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan", "apply", "demo", "emulator"})
  void everyCommandHasHelp(String command) {
    Run run = run(command, "--help");
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
    Run unknown = run("plna", "cases.yaml");
    assertEquals(ExitCodes.ERROR, unknown.exitCode());
    assertTrue(unknown.err().contains("plan"), unknown.err());
  }

  @Test
  void reportsEveryBadOptionAtOnceNamingTheOptionAndTheFix() {
    Run run =
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

  @Test
  void reportsAMissingCasesFileWithoutAStackTrace() {
    Run run = run("plan", "/nonexistent/cases.yaml", "--region", "us-east-1");
    assertEquals(ExitCodes.ERROR, run.exitCode());
    assertTrue(
        run.err().startsWith("securityir plan: /nonexistent/cases.yaml is not a valid cases file"),
        run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
  }

  @Test
  void printsTheVersion() {
    Run run = run("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("securityir "), run.out());
  }
}
