package com.pulumi.securityir.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Runs {@code securityir ...} in this JVM over a fake case service and a scripted terminal, and
 * captures what a user would see.
 */
final class CliRunner {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** A terminal that is or is not interactive, and answers prompts with the given lines. */
  static final class ScriptedTerminal implements Terminal {
    private final boolean interactive;
    private final Deque<String> answers;

    ScriptedTerminal(boolean interactive, List<String> answers) {
      this.interactive = interactive;
      this.answers = new ArrayDeque<>(answers);
    }

    @Override
    public boolean interactive() {
      return interactive;
    }

    @Override
    public synchronized Optional<String> readLine() {
      return Optional.ofNullable(answers.pollFirst());
    }
  }

  private CliRunner() {}

  /** No terminal (a script or CI), NO_COLOR unset, the project root at {@code home}. */
  static Run run(GatewayFactory gateways, Path home, String... args) {
    return run(new Environment(gateways, noTerminal(), Optional.empty(), home), args);
  }

  static Run run(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = SecurityIrCli.commandLine(environment);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Terminal noTerminal() {
    return new ScriptedTerminal(false, List.of());
  }
}
