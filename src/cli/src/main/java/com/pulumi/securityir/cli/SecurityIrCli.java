package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.BuildInfo;
import com.pulumi.securityir.core.text.OneLine;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code securityir} command. It only groups subcommands; each lives in its own class and is
 * added in {@link #commandLine}, which hands it the {@link Environment}. Prints usage when run
 * without a subcommand.
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
    })
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

  /**
   * Builds the command line with every subcommand, each reaching the world through {@code
   * environment} (tests pass fakes).
   */
  static CommandLine commandLine(Environment environment) {
    CommandLine commandLine =
        new CommandLine(new SecurityIrCli())
            .addSubcommand(new PlanCommand(environment))
            .addSubcommand(new ApplyCommand(environment))
            .addSubcommand(new ImportCommand(environment))
            .addSubcommand(new DemoCommand(environment))
            .addSubcommand(new EmulatorCommand());
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
            + OneLine.message(e.getMessage())
            + (debug ? "" : " (run again with --debug for the stack trace)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.ERROR;
  }

  /**
   * Runs the command against AWS (the one place the AWS gateway is wired) and exits with its status
   * (see {@link ExitCodes}).
   */
  public static void main(String[] args) {
    System.exit(commandLine(Environment.system(new AwsGatewayFactory())).execute(args));
  }
}
