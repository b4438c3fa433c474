package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.StopCause;
import com.pulumi.securityir.gateway.CaseEdit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of {@code plan}, {@code apply} and {@code demo}: plan lines, outcome lines, summaries.
 * Pure: it formats values and performs no I/O. Every line ends with a newline. Case titles are
 * never shown (they are sensitive in the API model), and service messages are quoted on one bounded
 * line. Thread-safe.
 */
public final class Renderer {

  private static final String INDENT = "      ";

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
          .append(steps(path.steps().size()))
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
    } else {
      PlannedCase.Unreadable unreadable = (PlannedCase.Unreadable) planned;
      text.append(style.red("  x "))
          .append(label)
          .append(": ")
          .append(style.red("cannot read the case"))
          .append(", wants ")
          .append(quote(planned.declaration().status()))
          .append('\n');
      text.append(INDENT).append(oneLine(unreadable.error().getMessage())).append('\n');
    }
    return text.toString();
  }

  /**
   * {@code Plan: 2 to change, 1 unchanged, 1 refused.}, plus the unreadable count when there are
   * any.
   */
  public String planSummary(CasesPlan plan) {
    StringBuilder text =
        new StringBuilder(style.bold("Plan:"))
            .append(' ')
            .append(plan.changes().size())
            .append(" to change (")
            .append(steps(plan.stepCount()))
            .append("), ")
            .append(plan.unchangedCount())
            .append(" unchanged, ")
            .append(plan.refusedCount())
            .append(" refused");
    if (plan.unreadableCount() > 0) {
      text.append(", ").append(plan.unreadableCount()).append(" unreadable");
    }
    return text.append(".\n").toString();
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
    StringBuilder text = new StringBuilder();
    if (plan.refusedCount() > 0) {
      text.append(cases(plan.refusedCount())).append(" refused");
    }
    if (plan.unreadableCount() > 0) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(cases(plan.unreadableCount())).append(" could not be read");
      if (plan.unreadableCount() == plan.cases().size()) {
        PlannedCase.Unreadable first = (PlannedCase.Unreadable) plan.cases().get(0);
        return Optional.of(
            text.append(": ").append(oneLine(first.error().getMessage())).toString());
      }
    }
    return Optional.of(text.append("; see the plan above").toString());
  }

  // ---- apply -----------------------------------------------------------------------------------

  /**
   * The line printed as a step is confirmed, e.g. {@code name (id): step 1/2: A -> B
   * (UpdateCaseStatus)}.
   */
  public String appliedStep(CaseDeclaration declaration, AppliedStep step, int index, int total) {
    return style.green("  + ")
        + label(declaration)
        + ": step "
        + index
        + "/"
        + total
        + ": "
        + transition(step.transition())
        + "\n";
  }

  /** The line printed when someone else moved a case during the apply. */
  public String replanned(CaseDeclaration declaration, LifecycleStatus observed, Plan plan) {
    return style.yellow("  ~ ")
        + label(declaration)
        + ": moved by someone else to "
        + quote(observed)
        + " meanwhile; re-planned: "
        + (plan instanceof Plan.Path p ? p.describe() : "no legal path")
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
    if (result instanceof CaseResult.Unreadable unreadable) {
      return style.red("  x ")
          + label
          + ": not applied, the case could not be read: "
          + oneLine(unreadable.planned().error().getMessage())
          + "\n";
    }
    ReconcileOutcome outcome = ((CaseResult.Reconciled) result).outcome();
    if (outcome instanceof ReconcileOutcome.Converged converged) {
      return style.green("  + ")
          + label
          + ": now "
          + quote(converged.reached().status())
          + " ("
          + steps(converged.applied().size())
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
          .append(steps(stopped.applied().size()))
          .append(" applied\n");
    }
    text.append(INDENT)
        .append(
            style.red(
                stopped.cause() instanceof StopCause.Cancelled
                    ? "cancelled (interrupted) before the next step"
                    : "cause: " + oneLine(stopped.cause().message())))
        .append('\n');
    if (!stopped.remaining().isEmpty()) {
      text.append(INDENT).append("steps left:\n");
      for (int i = 0; i < stopped.remaining().size(); i++) {
        text.append(INDENT)
            .append("  ")
            .append(i + 1)
            .append(". ")
            .append(transition(stopped.remaining().get(i)))
            .append('\n');
      }
      text.append(INDENT).append("run apply again to resume from the case's live status\n");
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
        + " failed.\n";
  }

  /** The one line for stderr when an apply left cases short of their declared status. */
  public Optional<String> applyErrors(ApplyResult result) {
    if (result.exitCode() == ExitCodes.OK) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    if (result.refusedCount() > 0) {
      text.append(cases(result.refusedCount())).append(" refused");
    }
    if (result.failedCount() > 0) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(cases(result.failedCount())).append(" not in the declared status");
    }
    return Optional.of(text.append("; see where each case stands above").toString());
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
          .append(oneLine(edit.action()))
          .append("  ")
          .append(style.dim(oneLine(edit.principal())))
          .append("  ")
          .append(oneLine(edit.message()))
          .append('\n');
    }
    return text.toString();
  }

  // ---- pieces ----------------------------------------------------------------------------------

  static String label(CaseDeclaration declaration) {
    return declaration.name() + " (" + declaration.caseId() + ")";
  }

  static String transition(Transition step) {
    return step.operation().operationName()
        + ": "
        + step.from().wireName()
        + " -> "
        + step.to().wireName();
  }

  private static String stepList(List<Transition> steps) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      text.append(INDENT).append(i + 1).append(". ").append(transition(steps.get(i))).append('\n');
    }
    return text.toString();
  }

  private static String arrow(LifecycleStatus from, LifecycleStatus to) {
    return from.wireName() + " -> " + to.wireName();
  }

  private static String quote(LifecycleStatus status) {
    return "'" + status.wireName() + "'";
  }

  private static String steps(long n) {
    return n + (n == 1 ? " step" : " steps");
  }

  private static String cases(long n) {
    return n + (n == 1 ? " case" : " cases");
  }

  /** Service text on one line of bounded length, whatever it contains. */
  static String oneLine(String text) {
    if (text == null || text.isBlank()) {
      return "(no message)";
    }
    String flat = text.strip().replaceAll("\\p{Cntrl}+", " ");
    return flat.length() > 1000 ? flat.substring(0, 1000) + "..." : flat;
  }
}
