package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.core.text.Plural;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code securityir apply FILE}: shows the plan, asks for confirmation on a terminal, and walks
 * every planned path one call per step. Refused and unreadable cases are left alone and reported.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    versionProvider = SecurityIrCli.Version.class,
    description = {
      "Bring every case declared in FILE to its declared status.",
      "Shows the plan, asks for confirmation (or --yes), then makes one API call per planned step."
          + " Ctrl-C stops after the steps in flight and reports where every case stands."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case is in its declared status (or there was nothing to do)",
      "1:errors: a refused move, an unreadable case, a failed step, no confirmation, a bad file or option",
      "130:interrupted (Ctrl-C) after the steps in flight; 143 for SIGTERM"
    })
final class ApplyCommand implements Callable<Integer> {

  private final Environment environment;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The cases file, e.g. cases.yaml.")
  private Path file;

  @Option(
      names = {"-y", "--yes"},
      description = "Apply without asking. Required when stdin is not a terminal.")
  private boolean yes;

  @Mixin private CommonOptions options;

  ApplyCommand(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    Terminal terminal = environment.terminal();
    return Workflow.planThen(
        "securityir apply",
        spec,
        options,
        file,
        environment,
        (flow, gateway, planner, plan) -> {
          PrintWriter out = flow.out();
          if (plan.changes().isEmpty()) {
            out.println();
            out.println("Nothing to apply.");
            out.flush();
            flow.renderer().planErrors(plan).ifPresent(flow::fail);
            return plan.exitCode();
          }
          if (!yes && !confirmed(terminal, out, plan)) {
            return terminal.interactive()
                ? flow.fail("apply cancelled; nothing was changed")
                : flow.fail(
                    "not applying without confirmation: stdin is not a terminal, so nobody can"
                        + " answer the prompt. Review the plan above and run again with --yes to"
                        + " apply it; nothing was changed");
          }
          ApplyResult result =
              flow.apply(plan, new Reconciler(gateway, planner), options.parallel());
          flow.renderer().applyErrors(result).ifPresent(flow::fail);
          return result.exitCode();
        });
  }

  private static boolean confirmed(Terminal terminal, PrintWriter out, CasesPlan plan) {
    if (!terminal.interactive()) {
      return false;
    }
    out.println();
    out.print(
        "Apply "
            + Plural.count(plan.changes().size(), "change")
            + " to the cases above? Only 'yes' applies: ");
    out.flush();
    return terminal.readLine().map(String::strip).filter("yes"::equals).isPresent();
  }
}
