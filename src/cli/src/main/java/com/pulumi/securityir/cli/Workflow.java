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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The steps {@code plan}, {@code apply} and {@code demo} share: load the file, open the gateway,
 * plan and print, apply and print. Failures are printed here as one line each on stderr, prefixed
 * with the command's name, and returned as empty results. The plan and the report go to {@link
 * #out()}: stdout, or stderr when stdout carries a machine format ({@link #stdout()}). The case
 * service is reached only through the environment's {@link GatewayFactory}.
 */
final class Workflow {

  private final String command;
  private final PrintWriter out;
  private final PrintWriter stdout;
  private final PrintWriter err;
  private final Style style;
  private final Environment environment;
  private final Renderer renderer;

  /**
   * @param command how messages name the command, e.g. {@code securityir plan}
   * @param environment the case service, and the terminal, which decides the progress bar
   */
  Workflow(String command, PrintWriter out, PrintWriter err, Style style, Environment environment) {
    this(command, out, out, err, style, environment);
  }

  private Workflow(
      String command,
      PrintWriter out,
      PrintWriter stdout,
      PrintWriter err,
      Style style,
      Environment environment) {
    this.command = Objects.requireNonNull(command, "command");
    this.out = Objects.requireNonNull(out, "out");
    this.stdout = Objects.requireNonNull(stdout, "stdout");
    this.err = Objects.requireNonNull(err, "err");
    this.style = Objects.requireNonNull(style, "style");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.renderer = new Renderer(style);
  }

  /**
   * A workflow for a command's spec: text to stdout, or with a machine {@code format} the text to
   * stderr and stdout kept for the document.
   */
  static Workflow of(
      String command,
      CommandSpec spec,
      boolean noColor,
      OutputFormat format,
      Environment environment) {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return new Workflow(
        command,
        format.machine() ? err : stdout,
        stdout,
        err,
        environment.style(noColor),
        environment);
  }

  /** What a command does with the plan it was shown. */
  @FunctionalInterface
  interface AfterPlan {
    int run(Workflow flow, Planned planned);
  }

  /**
   * A plan and what it was made with.
   *
   * @param service the open case service
   * @param planner the planner of the chosen transition graph
   * @param plan the plan, as printed
   * @param casesSha256 the SHA-256 of the cases file's bytes the plan was made from
   */
  record Planned(
      GatewayFactory.OpenGateway service, Planner planner, CasesPlan plan, String casesSha256) {
    Planned {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(planner, "planner");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(casesSha256, "casesSha256");
    }

    CaseGateway gateway() {
      return service.gateway();
    }
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
      List<String> commandProblems,
      OutputFormat format,
      Path file,
      Environment environment,
      AfterPlan next) {
    Workflow flow = of(command, spec, options.noColor, format, environment);
    List<String> problems = new ArrayList<>(commandProblems);
    problems.addAll(options.problems());
    if (!problems.isEmpty()) {
      return flow.fail(problems);
    }
    Optional<CasesFileLoad.Loaded> cases = flow.load(file);
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
          flow.plan(cases.get().file(), open.gateway(), planner, options.parallel(), open.target());
      return next.run(flow, new Planned(open, planner, plan, cases.get().sha256()));
    } finally {
      flow.debugConcurrency(options, opened.get());
    }
  }

  /**
   * With {@code --debug}, prints on stderr how many calls the run allowed at once and how far
   * throttling brought that down, e.g. {@code securityir apply: debug: at most 16 calls at once;
   * throttled 12 times, the limit came down to 2 and ended at 5}.
   */
  void debugConcurrency(CommonOptions options, GatewayFactory.OpenGateway open) {
    if (options.debug) {
      open.concurrency()
          .get()
          .ifPresent(
              c -> {
                err.println(command + ": debug: " + c.describe());
                err.flush();
              });
    }
  }

  Renderer renderer() {
    return renderer;
  }

  /** Where the plan, progress, prompts and report go. */
  PrintWriter out() {
    return out;
  }

  /** The process's stdout, for a machine format's document. */
  PrintWriter stdout() {
    return stdout;
  }

  /** Prints {@code command: warning: message} on stderr. */
  void warn(String message) {
    err.println(command + ": warning: " + message);
    err.flush();
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
  Optional<CasesFileLoad.Loaded> load(Path file) {
    CasesFileLoad load = new CasesFileLoader().load(file);
    if (load instanceof CasesFileLoad.Loaded loaded) {
      return Optional.of(loaded);
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
    printPlan(plan);
    return plan;
  }

  /** Prints every planned case and the summary. */
  void printPlan(CasesPlan plan) {
    out.println();
    out.print(renderer.plan(plan));
    out.println();
    out.print(renderer.planSummary(plan));
    out.flush();
  }

  /**
   * Applies the plan's changes with progress, records each change with {@code recorder}, then
   * prints where every case stands and the summary, and a warning per comment that failed. Ctrl-C
   * stops after the steps in flight; the report is printed all the same.
   */
  ApplyResult apply(CasesPlan plan, Reconciler reconciler, int parallel, CaseRecorder recorder) {
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
      result = run(plan, new ApplyRun(reconciler, parallel, recorder), interruption);
      report(result);
      if (interruption.isCancelled()) {
        fail(
            "interrupted: stopped after the steps in flight; where each case stands is listed above."
                + " Run apply again to resume");
      }
    }
    return result;
  }

  private ApplyResult run(CasesPlan plan, ApplyRun run, CancellationSignal cancel) {
    ApplyProgress progress =
        new ApplyProgress(out, renderer, style, environment.terminal().interactive(), plan);
    try {
      return run.apply(plan, progress, cancel, Deadline.none());
    } finally {
      progress.finish();
    }
  }

  /** Prints where every case stands, the summary, and a warning per comment that failed. */
  private void report(ApplyResult result) {
    out.println();
    out.println(style.bold("Where each case stands:"));
    out.print(renderer.outcomes(result));
    out.println();
    out.print(renderer.applySummary(result));
    out.flush();
    result.commentWarnings().forEach(this::warn);
  }
}
