package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.BuildInfo;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code securityir} command. It only groups subcommands; each lives in its own class and is
 * registered in {@code subcommands} below. Prints usage when run without a subcommand.
 *
 * <p>Exit codes follow {@code terraform plan -detailed-exitcode} (see {@link ExitCodes}): 0 nothing
 * to do or done, 1 any error (usage errors included, so 2 means only "changes pending"), 2 changes
 * pending.
 */
@Command(
    name = "securityir",
    mixinStandardHelpOptions = true,
    versionProvider = SecurityIrCli.Version.class,
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    description = {
      "Declarative control of AWS Security Incident Response case status.",
      "Declare each case's status in cases.yaml; plan shows the changes, apply makes them."
    },
    subcommands = {PlanCommand.class, ApplyCommand.class, DemoCommand.class, EmulatorCommand.class})
public final class SecurityIrCli implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Supplies {@code --version} from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"securityir " + BuildInfo.version()};
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Builds the command line with every subcommand (also used by tests). */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SecurityIrCli());
    commandLine.setExecutionExceptionHandler(SecurityIrCli::unexpected);
    commandLine.setParameterExceptionHandler(new UsageErrors());
    return commandLine;
  }

  /**
   * An exception no command expected: one line on stderr, the stack trace only with {@code
   * --debug}. Expected failures never get here; every command reports them itself.
   */
  private static int unexpected(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    boolean debug =
        parsed.asCommandLineList().stream()
            .anyMatch(
                c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--debug"));
    err.println(
        commandLine.getCommandSpec().qualifiedName()
            + ": unexpected error: "
            + e.getClass().getSimpleName()
            + ": "
            + Renderer.oneLine(e.getMessage())
            + (debug ? "" : " (run again with --debug for the stack trace)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.ERROR;
  }

  /** Runs the command and exits with its status (see {@link ExitCodes}). */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
