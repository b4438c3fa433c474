package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.StopCause;
import com.pulumi.securityir.core.reconcile.Wording;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.gateway.CaseEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of {@code plan}, {@code apply} and {@code demo}: plan lines, outcome lines, summaries.
 * Pure: it formats values and performs no I/O. Every line ends with a newline. Steps and where a
 * stopped case was left are worded as everywhere else ({@link Wording}: {@code A -> B (Op)}). Case
 * titles are never shown (they are sensitive in the API model). Text from the service (an audit
 * trail) is quoted through {@link OneLine#message}; the gateway's error messages are printed whole,
 * as the gateway already put every piece of outside text in them on one bounded line. Thread-safe.
 */
public final class Renderer {

  private static final String INDENT = "      ";

  private static final String STALE = "changed since the plan (stale; nothing was called)";

  private static final String STALE_ADVICE =
      "review a new plan (securityir plan --out PLAN FILE), or apply with --replan to plan such"
          + " cases again from their live status";

  private final Style style;

  public Renderer(Style style) {
    this.style = Objects.requireNonNull(style, "style");
  }

  // ---- plan ------------------------------------------------------------------------------------

  /** Every planned case, one block each, in file order. */
  public String plan(CasesPlan plan) {
    StringBuilder text = new StringBuilder();
    for (PlannedCase planned : plan.cases()) {
      text.append(planned(planned));
    }
    return text.toString();
  }

  /** One case of a plan: a heading line, then its steps or the reason there are none. */
  public String planned(PlannedCase planned) {
    StringBuilder text = new StringBuilder();
    String label = label(planned.declaration());
    if (planned instanceof PlannedCase.Change change) {
      Plan.Path path = change.path();
      text.append(style.yellow("  ~ "))
          .append(label)
          .append(": ")
          .append(arrow(path.actual(), path.desired()))
          .append(", ")
          .append(Plural.count(path.steps().size(), "step"))
          .append('\n');
      text.append(stepList(path.steps()));
    } else if (planned instanceof PlannedCase.Unchanged unchanged) {
      text.append(style.dim("  = "))
          .append(label)
          .append(": ")
          .append(unchanged.actual().status().wireName())
          .append(", no change\n");
    } else if (planned instanceof PlannedCase.Refused refused) {
      Plan.Refusal refusal = refused.refusal();
      text.append(style.red("  ! "))
          .append(label)
          .append(": ")
          .append(arrow(refusal.actual(), refusal.desired()))
          .append(", ")
          .append(style.red("refused"))
          .append('\n');
      text.append(INDENT).append(refusal.message()).append('\n');
    } else if (planned instanceof PlannedCase.Stale stale) {
      text.append(style.red("  x "))
          .append(label)
          .append(": ")
          .append(style.red("stale"))
          .append(", changed since the plan: ")
          .append(stale.staleness().describe())
          .append('\n');
      text.append(INDENT).append(STALE_ADVICE).append('\n');
    } else {
      PlannedCase.Unreadable unreadable = (PlannedCase.Unreadable) planned;
      text.append(style.red("  x "))
          .append(label)
          .append(": ")
          .append(style.red("cannot read the case"))
          .append(", wants ")
          .append(quote(planned.declaration().status()))
          .append('\n');
      text.append(INDENT).append(unreadable.error().getMessage()).append('\n');
    }
    return text.toString();
  }

  /**
   * {@code Plan: 2 to change (3 steps), 1 unchanged, 1 refused.}, plus the unreadable and stale
   * counts when there are any.
   */
  public String planSummary(CasesPlan plan) {
    return style.bold("Plan:") + " " + planCounts(plan) + ".\n";
  }

  /**
   * The plan's counts as the summary words them, e.g. {@code 2 to change (3 steps), 1 unchanged, 1
   * refused}.
   */
  static String planCounts(CasesPlan plan) {
    StringBuilder text =
        new StringBuilder()
            .append(plan.changes().size())
            .append(" to change (")
            .append(Plural.count(plan.stepCount(), "step"))
            .append("), ")
            .append(plan.unchangedCount())
            .append(" unchanged, ")
            .append(plan.refusedCount())
            .append(" refused");
    if (plan.unreadableCount() > 0) {
      text.append(", ").append(plan.unreadableCount()).append(" unreadable");
    }
    if (plan.staleCount() > 0) {
      text.append(", ").append(plan.staleCount()).append(" stale");
    }
    return text.toString();
  }

  /**
   * The one line for stderr when a plan has errors, e.g. {@code 1 case refused; see the plan
   * above}; when every case is unreadable the service's message is quoted, because it is then the
   * whole story.
   */
  public Optional<String> planErrors(CasesPlan plan) {
    if (!plan.hasErrors()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    if (plan.refusedCount() > 0) {
      parts.add(Plural.count(plan.refusedCount(), "case") + " refused");
    }
    if (plan.unreadableCount() > 0) {
      parts.add(Plural.count(plan.unreadableCount(), "case") + " could not be read");
      if (plan.unreadableCount() == plan.cases().size()) {
        PlannedCase.Unreadable first = (PlannedCase.Unreadable) plan.cases().get(0);
        return Optional.of(parts.get(0) + ": " + first.error().getMessage());
      }
    }
    if (plan.staleCount() > 0) {
      parts.add(Plural.count(plan.staleCount(), "case") + " " + STALE);
    }
    return Optional.of(String.join(", ", parts) + "; see the plan above");
  }

  // ---- apply -----------------------------------------------------------------------------------

  /**
   * The line printed as a step is confirmed, e.g. {@code name (id): step 1/2: Submitted ->
   * Detection and Analysis (UpdateCaseStatus)}.
   */
  public String appliedStep(CaseDeclaration declaration, AppliedStep step, int index, int total) {
    return style.green("  + ")
        + label(declaration)
        + ": step "
        + index
        + "/"
        + total
        + ": "
        + Wording.step(step.transition())
        + "\n";
  }

  /** The line printed when someone else moved a case during the apply. */
  public String replanned(CaseDeclaration declaration, LifecycleStatus observed, Plan plan) {
    return style.yellow("  ~ ")
        + label(declaration)
        + ": moved by someone else to "
        + quote(observed)
        + " meanwhile; re-planned: "
        + replan(plan)
        + "\n";
  }

  /** Where every case stands after an apply, one block each, in file order. */
  public String outcomes(ApplyResult result) {
    StringBuilder text = new StringBuilder();
    for (CaseResult c : result.cases()) {
      text.append(outcome(c));
    }
    return text.toString();
  }

  /** Where one case stands after an apply. */
  public String outcome(CaseResult result) {
    String label = label(result.declaration());
    if (result instanceof CaseResult.Unchanged unchanged) {
      return style.dim("  = ")
          + label
          + ": "
          + unchanged.actual().status().wireName()
          + ", unchanged\n";
    }
    if (result instanceof CaseResult.Refused refused) {
      return style.red("  ! ")
          + label
          + ": left in "
          + quote(refused.planned().actual().status())
          + " (refused; nothing was called)\n";
    }
    if (result instanceof CaseResult.Stale stale) {
      return style.red("  x ")
          + label
          + ": stale, nothing was called: "
          + stale.staleness().describe()
          + "\n"
          + INDENT
          + STALE_ADVICE
          + "\n";
    }
    if (result instanceof CaseResult.Unreadable unreadable) {
      return style.red("  x ")
          + label
          + ": not applied, the case could not be read: "
          + unreadable.planned().error().getMessage()
          + "\n";
    }
    ReconcileOutcome outcome = ((CaseResult.Reconciled) result).outcome();
    if (outcome instanceof ReconcileOutcome.Converged converged) {
      return style.green("  + ")
          + label
          + ": now "
          + quote(converged.reached().status())
          + " ("
          + Plural.count(converged.applied().size(), "step")
          + " applied)\n";
    }
    if (outcome instanceof ReconcileOutcome.Refused refused) {
      return style.red("  ! ")
          + label
          + ": left in "
          + quote(refused.actual().status())
          + ": "
          + refused.refusal().message()
          + "\n";
    }
    return stopped(result.declaration(), (ReconcileOutcome.Stopped) outcome);
  }

  private String stopped(CaseDeclaration declaration, ReconcileOutcome.Stopped stopped) {
    StringBuilder text =
        new StringBuilder(style.red("  x ")).append(label(declaration)).append(": ");
    Optional<CaseSnapshot> reached = stopped.reached();
    if (reached.isEmpty()) {
      text.append("stopped before any step; nothing was changed\n");
    } else {
      text.append("stopped in ")
          .append(quote(reached.get().status()))
          .append(" after ")
          .append(Plural.count(stopped.applied().size(), "step"))
          .append(" applied\n");
    }
    text.append(INDENT)
        .append(
            style.red(
                stopped.cause() instanceof StopCause.Cancelled
                    ? "cancelled (interrupted) before the next step"
                    : "cause: " + stopped.cause().message()))
        .append('\n');
    if (!stopped.remaining().isEmpty()) {
      text.append(INDENT).append(Wording.whereStopped(stopped, "Run apply again")).append('\n');
    } else if (reached.isPresent() && reached.get().status() == declaration.status()) {
      text.append(INDENT)
          .append("the case is nevertheless in its declared status; run plan to confirm\n");
    } else if (reached.isPresent()) {
      text.append(INDENT)
          .append("no legal path leads from ")
          .append(quote(reached.get().status()))
          .append(" to ")
          .append(quote(declaration.status()))
          .append('\n');
    }
    return text.toString();
  }

  /** {@code Apply: 2 converged, 1 unchanged, 1 refused, 1 failed.} */
  public String applySummary(ApplyResult result) {
    return style.bold("Apply:")
        + " "
        + result.convergedCount()
        + " converged, "
        + result.unchangedCount()
        + " unchanged, "
        + result.refusedCount()
        + " refused, "
        + result.failedCount()
        + " failed"
        + (result.staleCount() > 0 ? ", " + result.staleCount() + " stale" : "")
        + ".\n";
  }

  /**
   * The line printed before applying a saved plan's case that changed since the plan and is planned
   * again ({@code --replan}).
   */
  public String stalePlannedAgain(CaseDeclaration declaration, Staleness staleness) {
    return style.yellow("  ~ ")
        + label(declaration)
        + ": changed since the plan ("
        + staleness.describe()
        + "); planned again from its live status\n";
  }

  /** The one line for stderr when an apply left cases short of their declared status. */
  public Optional<String> applyErrors(ApplyResult result) {
    if (result.exitCode() == ExitCodes.OK) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    if (result.refusedCount() > 0) {
      parts.add(Plural.count(result.refusedCount(), "case") + " refused");
    }
    if (result.failedCount() > 0) {
      parts.add(Plural.count(result.failedCount(), "case") + " not in the declared status");
    }
    if (result.staleCount() > 0) {
      parts.add(Plural.count(result.staleCount(), "case") + " " + STALE);
    }
    return Optional.of(String.join(", ", parts) + "; see where each case stands above");
  }

  // ---- audit trail -----------------------------------------------------------------------------

  /** A case's edit history, one line per edit, oldest first as the service returns them. */
  public String auditTrail(CaseDeclaration declaration, List<CaseEdit> edits) {
    StringBuilder text = new StringBuilder(style.bold(label(declaration))).append('\n');
    if (edits.isEmpty()) {
      return text.append(INDENT).append("(no edits)\n").toString();
    }
    for (CaseEdit edit : edits) {
      text.append(INDENT)
          .append(edit.at())
          .append("  ")
          .append(OneLine.message(edit.action()))
          .append("  ")
          .append(style.dim(OneLine.message(edit.principal())))
          .append("  ")
          .append(OneLine.message(edit.message()))
          .append('\n');
    }
    return text.toString();
  }

  // ---- pieces ----------------------------------------------------------------------------------

  static String label(CaseDeclaration declaration) {
    return declaration.name() + " (" + declaration.caseId() + ")";
  }

  private static String stepList(List<Transition> steps) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      text.append(INDENT)
          .append(i + 1)
          .append(". ")
          .append(Wording.step(steps.get(i)))
          .append('\n');
    }
    return text.toString();
  }

  /** What a re-plan came to: the steps now planned, or why there are none. */
  private static String replan(Plan plan) {
    if (!(plan instanceof Plan.Path path)) {
      return "no legal path";
    }
    return path.isNoOp() ? "nothing left to do" : Wording.steps(path.steps());
  }

  private static String arrow(LifecycleStatus from, LifecycleStatus to) {
    return from.wireName() + " -> " + to.wireName();
  }

  private static String quote(LifecycleStatus status) {
    return "'" + status.wireName() + "'";
  }
}
