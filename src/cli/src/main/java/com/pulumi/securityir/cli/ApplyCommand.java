package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.core.record.ChangeRecord;
import com.pulumi.securityir.core.record.ChangeRecorder;
import com.pulumi.securityir.core.text.Plural;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code securityir apply FILE|PLAN}: shows the plan, asks for confirmation on a terminal, and
 * walks every planned path one call per step, recording each applied change with one comment on the
 * case. Refused, unreadable and stale cases are left alone and reported. Given a saved plan ({@link
 * SavedPlanFlow}) it applies exactly the plan's steps.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    versionProvider = SecurityIrCli.Version.class,
    description = {
      "Bring every case declared in FILE, or planned in a saved PLAN, to its declared status.",
      "Shows the plan, asks for confirmation (or --yes), then makes one API call per planned step"
          + " and adds one comment per changed case saying what changed and why."
          + " Ctrl-C stops after the steps in flight and reports where every case stands."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case is in its declared status (or there was nothing to do)",
      "1:errors: a refused move, an unreadable or stale case, a failed step, no confirmation, a bad"
          + " file, plan or option",
      "130:interrupted (Ctrl-C) after the steps in flight; 143 for SIGTERM"
    })
final class ApplyCommand implements Callable<Integer> {

  static final List<OutputFormat> FORMATS = List.of(OutputFormat.TEXT, OutputFormat.JSON);

  private final Environment environment;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE|PLAN",
      description =
          "The cases file, e.g. cases.yaml, or a plan saved by 'plan --out' (a JSON file whose"
              + " \"format\" is \"securityir-plan\").")
  private Path file;

  @Option(
      names = {"-y", "--yes"},
      description = "Apply without asking. Required when stdin is not a terminal.")
  private boolean yes;

  @Option(
      names = "--replan",
      description =
          "With a saved PLAN: plan cases that changed since the plan again from their live status,"
              + " instead of leaving them alone as stale.")
  private boolean replan;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description =
          "Why: added to the comment on each changed case that has no 'note:' of its own.")
  private String note;

  @Option(names = "--no-comment", description = "Add no comment to the changed cases.")
  private boolean noComment;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description =
          "What stdout carries: text (default) or json (where every case stands). With json the"
              + " text, progress and prompt go to stderr.")
  private String format;

  @Mixin private CommonOptions options;

  ApplyCommand(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    Optional<OutputFormat> chosen = OutputFormat.parse(format, FORMATS);
    List<String> problems = new ArrayList<>();
    if (chosen.isEmpty()) {
      problems.add(OutputFormat.problem(format, FORMATS));
    }
    if (note != null) {
      ChangeRecord.noteProblem(note).ifPresent(p -> problems.add("--note " + p));
    }
    SavedPlan.Reading reading = PlanFileReader.read(file);
    if (replan && !(reading instanceof SavedPlan.Reading.Read)) {
      problems.add(
          "--replan: goes with a saved plan (apply PLAN); apply FILE always plans from the live"
              + " status");
    }
    OutputFormat output = chosen.orElse(OutputFormat.TEXT);
    if (reading instanceof SavedPlan.Reading.NotAPlan) {
      return Workflow.planThen(
          "securityir apply",
          spec,
          options,
          problems,
          output,
          file,
          environment,
          (flow, planned) -> apply(flow, planned, output, file, Reconciler.DEFAULT_MAX_REPLANS));
    }
    Workflow flow = Workflow.of("securityir apply", spec, options.noColor, output, environment);
    if (reading instanceof SavedPlan.Reading.Unusable unusable) {
      problems.addAll(unusable.problems());
    }
    problems.addAll(options.problems());
    if (!problems.isEmpty()) {
      return flow.fail(problems);
    }
    SavedPlan saved = ((SavedPlan.Reading.Read) reading).plan();
    // Without --replan a case moved mid-walk stops rather than deviating from the reviewed steps.
    int replans = replan ? Reconciler.DEFAULT_MAX_REPLANS : 0;
    return SavedPlanFlow.planThen(
        flow,
        options,
        saved,
        replan,
        (f, planned) -> apply(f, planned, output, Path.of(saved.header().casesFile()), replans));
  }

  /** Confirms, applies, records and reports the plan, shared by FILE and PLAN. */
  private int apply(
      Workflow flow, Workflow.Planned planned, OutputFormat output, Path casesFile, int replans) {
    CasesPlan plan = planned.plan();
    CaseRecorder recorder =
        noComment
            ? CaseRecorder.off()
            : CaseRecorder.on(
                new ChangeRecorder(planned.gateway()), Optional.ofNullable(note), casesFile);
    if (plan.changes().isEmpty()) {
      flow.out().println();
      flow.out().println("Nothing to apply.");
      flow.out().flush();
      if (output == OutputFormat.JSON) {
        // No change, so no call: this only maps each planned case to where it stands.
        ApplyResult result =
            new ApplyRun(new Reconciler(planned.gateway(), planned.planner()), 1)
                .apply(plan, e -> {}, CancellationSignal.NEVER, Deadline.none());
        flow.stdout().print(ApplyJson.json(result, !noComment));
        flow.stdout().flush();
      }
      flow.renderer().planErrors(plan).ifPresent(flow::fail);
      return plan.exitCode();
    }
    Terminal terminal = environment.terminal();
    if (!yes && !confirmed(terminal, flow.out(), plan)) {
      return terminal.interactive()
          ? flow.fail("apply cancelled; nothing was changed")
          : flow.fail(
              "not applying without confirmation: stdin is not a terminal, so nobody can"
                  + " answer the prompt. Review the plan above and run again with --yes to"
                  + " apply it; nothing was changed");
    }
    Reconciler reconciler =
        new Reconciler(planned.gateway(), planned.planner(), Clock.systemUTC(), replans);
    ApplyResult result = flow.apply(plan, reconciler, options.parallel(), recorder);
    if (output == OutputFormat.JSON) {
      flow.stdout().print(ApplyJson.json(result, !noComment));
      flow.stdout().flush();
    }
    flow.renderer().applyErrors(result).ifPresent(flow::fail);
    return result.exitCode();
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
