package com.pulumi.securityir.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code securityir plan FILE}: reads every declared case's status and shows what {@code apply}
 * would do. Makes read calls only ({@code GetCase}), never a mutating one.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    versionProvider = SecurityIrCli.Version.class,
    description = {
      "Show what apply would change; changes nothing.",
      "Reads the live status of every case declared in FILE and plans the shortest legal path to its"
          + " declared status."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing to do: every case is in its declared status",
      "2:changes pending, and all of them can be applied",
      "1:errors: a refused move, an unreadable case, a bad file or option"
    })
final class PlanCommand implements Callable<Integer> {

  private final Environment environment;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The cases file, e.g. cases.yaml.")
  private Path file;

  @Mixin private CommonOptions options;

  PlanCommand(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    return Workflow.planThen(
        "securityir plan",
        spec,
        options,
        file,
        environment,
        (flow, gateway, planner, plan) -> {
          flow.renderer().planErrors(plan).ifPresent(flow::fail);
          return plan.exitCode();
        });
  }
}
