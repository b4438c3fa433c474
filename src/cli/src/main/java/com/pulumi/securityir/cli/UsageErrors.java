package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.text.OneLine;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns a command line picocli could not parse into one line on stderr: the command's name, what
 * was wrong (naming the option or argument) and the fix. Replaces picocli's default, which prints
 * the whole usage text after the message, so that the one line that matters scrolls away. Never
 * echoes the value after {@code =} of an unknown option (it may be a secret typed into the wrong
 * option). Stateless and thread-safe.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(e));
    err.flush();
    return ExitCodes.ERROR;
  }

  /** The one-line message for a parse failure, without the command's name. */
  static String describe(CommandLine.ParameterException e) {
    CommandLine commandLine = e.getCommandLine();
    String help = "run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage";
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      return unmatched(commandLine, unmatched, help);
    }
    if (e instanceof CommandLine.MissingParameterException missing
        && !missing.getMissing().isEmpty()) {
      return missing(commandLine, missing.getMissing().get(0), help);
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten
        && overwritten.getOverwritten() instanceof OptionSpec option) {
      return "option '" + option.longestName() + "' is given more than once; give it once";
    }
    return OneLine.message(e.getMessage()) + described(e.getArgSpec()) + "; " + help;
  }

  private static String unmatched(
      CommandLine commandLine, CommandLine.UnmatchedArgumentException e, String help) {
    String first = e.getUnmatched().get(0);
    if (first.startsWith("-")) {
      int equals = first.indexOf('=');
      String name = OneLine.input(equals < 0 ? first : first.substring(0, equals));
      List<String> suggestions =
          e.getSuggestions().stream().filter(s -> s.startsWith("-")).limit(3).toList();
      return "unknown option '"
          + name
          + "'"
          + (suggestions.isEmpty() ? "" : " (did you mean " + quoted(suggestions) + "?)")
          + "; "
          + help;
    }
    if (!commandLine.getSubcommands().isEmpty()) {
      List<String> suggestions = e.getSuggestions();
      return "unknown command '"
          + OneLine.input(first)
          + "'"
          + (suggestions.isEmpty() ? "" : " (did you mean " + quoted(suggestions) + "?)")
          + "; use one of "
          + quoted(List.copyOf(commandLine.getSubcommands().keySet()));
    }
    return "unexpected argument '"
        + OneLine.input(first)
        + "'"
        + (commandLine.getCommandSpec().positionalParameters().isEmpty()
            ? ": this command takes options only"
            : ": this command takes one FILE")
        + "; "
        + help;
  }

  private static String missing(CommandLine commandLine, ArgSpec missing, String help) {
    if (missing instanceof OptionSpec option) {
      return "option '"
          + option.longestName()
          + "' needs a value, e.g. "
          + option.longestName()
          + "="
          + option.paramLabel()
          + "; "
          + help;
    }
    String command = commandLine.getCommandSpec().qualifiedName();
    return "missing "
        + missing.paramLabel()
        + ": name the cases file, e.g. '"
        + command
        + " cases.yaml'";
  }

  private static String described(ArgSpec spec) {
    if (spec instanceof OptionSpec option && option.description().length > 0) {
      return " (" + option.longestName() + ": " + option.description()[0] + ")";
    }
    return "";
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
