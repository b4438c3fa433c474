package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.cases.CasesFileLoad;
import com.pulumi.securityir.cases.CasesFileLoader;
import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.gateway.GatewayConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The steps {@code plan}, {@code apply} and {@code demo} share: load the file, open the gateway,
 * plan and print, apply and print. Failures are printed here as one line each on stderr, prefixed
 * with the command's name, and returned as empty results; stdout carries only the plan and the
 * report. The case service is reached only through the environment's {@link GatewayFactory}.
 */
final class Workflow {

  private final String command;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Style style;
  private final Environment environment;
  private final Renderer renderer;

  /**
   * @param command how messages name the command, e.g. {@code securityir plan}
   * @param environment the case service, and the terminal, which decides the progress bar
   */
  Workflow(String command, PrintWriter out, PrintWriter err, Style style, Environment environment) {
    this.command = Objects.requireNonNull(command, "command");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.style = Objects.requireNonNull(style, "style");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.renderer = new Renderer(style);
  }

  /** What a command does with the plan it was shown. */
  @FunctionalInterface
  interface AfterPlan {
    int run(Workflow flow, CaseGateway gateway, Planner planner, CasesPlan plan);
  }

  /**
   * The start plan and apply share: check the options, load the cases file, open the gateway, read
   * and plan every case and print the plan; then {@code next}. Each step that fails prints why and
   * returns {@link ExitCodes#ERROR} without going further.
   */
  static int planThen(
      String command,
      CommandSpec spec,
      CommonOptions options,
      Path file,
      Environment environment,
      AfterPlan next) {
    Workflow flow =
        new Workflow(
            command,
            spec.commandLine().getOut(),
            spec.commandLine().getErr(),
            environment.style(options.noColor),
            environment);
    List<String> problems = options.problems();
    if (!problems.isEmpty()) {
      return flow.fail(problems);
    }
    Optional<CasesFile> cases = flow.load(file);
    if (cases.isEmpty()) {
      return ExitCodes.ERROR;
    }
    Optional<GatewayFactory.OpenGateway> opened = flow.open(options.gatewayConfig());
    if (opened.isEmpty()) {
      return ExitCodes.ERROR;
    }
    try (GatewayFactory.OpenGateway open = opened.get()) {
      Planner planner = new Planner(TransitionGraph.of(options.graphVariant()));
      CasesPlan plan =
          flow.plan(cases.get(), open.gateway(), planner, options.parallel(), open.target());
      return next.run(flow, open.gateway(), planner, plan);
    }
  }

  Renderer renderer() {
    return renderer;
  }

  PrintWriter out() {
    return out;
  }

  /** Prints {@code command: message} on stderr and returns {@link ExitCodes#ERROR}. */
  int fail(String message) {
    err.println(command + ": " + message);
    err.flush();
    return ExitCodes.ERROR;
  }

  /** Prints every problem, one per line, and returns {@link ExitCodes#ERROR}. */
  int fail(List<String> problems) {
    problems.forEach(p -> err.println(command + ": " + p));
    err.flush();
    return ExitCodes.ERROR;
  }

  /** The file's declarations, or empty after printing every problem of the file with its line. */
  Optional<CasesFile> load(Path file) {
    CasesFileLoad load = new CasesFileLoader().load(file);
    if (load instanceof CasesFileLoad.Loaded loaded) {
      return Optional.of(loaded.file());
    }
    CasesFileLoad.Invalid invalid = (CasesFileLoad.Invalid) load;
    err.println(
        command
            + ": "
            + file
            + " is not a valid cases file ("
            + Plural.count(invalid.problems().size(), "problem")
            + "); nothing was read or changed:");
    err.println(invalid.report());
    err.flush();
    return Optional.empty();
  }

  /** The open case service, or empty after printing why the configuration cannot be used. */
  Optional<GatewayFactory.OpenGateway> open(GatewayConfig config) {
    GatewayFactory.Opening opening = environment.gateways().open(config);
    if (opening instanceof GatewayFactory.Opening.Opened opened) {
      return Optional.of(opened.gateway());
    }
    fail(
        ((GatewayFactory.Opening.Refused) opening)
            .problems().stream().map(CommonOptions::describe).toList());
    return Optional.empty();
  }

  /** Reads and plans every case, prints the plan and its summary, and returns it. */
  CasesPlan plan(
      CasesFile file, CaseGateway gateway, Planner planner, int parallel, String target) {
    out.println(
        "Reading "
            + Plural.count(file.cases().size(), "case")
            + " from "
            + file.file()
            + " at "
            + target
            + ", "
            + planner.graph().variant()
            + " transition graph");
    out.flush();
    CasesPlan plan = new CasesPlanner(gateway, planner, parallel).plan(file, Deadline.none());
    out.println();
    out.print(renderer.plan(plan));
    out.println();
    out.print(renderer.planSummary(plan));
    out.flush();
    return plan;
  }

  /**
   * Applies the plan's changes with progress, then prints where every case stands and the summary.
   * Ctrl-C stops after the steps in flight; the report is printed all the same.
   */
  ApplyResult apply(CasesPlan plan, Reconciler reconciler, int parallel) {
    out.println();
    out.println(
        style.bold(
            "Applying "
                + Plural.count(plan.changes().size(), "change")
                + " ("
                + Plural.count(plan.stepCount(), "call")
                + ", up to "
                + parallel
                + " at once)"));
    out.flush();
    ApplyResult result;
    try (Interruption interruption = Interruption.install(err, command)) {
      result = run(plan, reconciler, parallel, interruption);
      if (interruption.isCancelled()) {
        fail(
            "interrupted: stopped after the steps in flight; where each case stands is listed above."
                + " Run apply again to resume");
      }
    }
    return result;
  }

  private ApplyResult run(
      CasesPlan plan, Reconciler reconciler, int parallel, CancellationSignal cancel) {
    ApplyProgress progress =
        new ApplyProgress(out, renderer, style, environment.terminal().interactive(), plan);
    ApplyResult result;
    try {
      result = new ApplyRun(reconciler, parallel).apply(plan, progress, cancel, Deadline.none());
    } finally {
      progress.finish();
    }
    out.println();
    out.println(style.bold("Where each case stands:"));
    out.print(renderer.outcomes(result));
    out.println();
    out.print(renderer.applySummary(result));
    out.flush();
    return result;
  }
}
