package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a reconcile ended. Every outcome carries what is known of where the case stands, so a caller
 * can always record the status actually reached.
 */
public sealed interface ReconcileOutcome {

  CaseId caseId();

  /** The steps the service confirmed during this reconcile, in order. */
  List<AppliedStep> applied();

  /** The case is in the declared status. */
  record Converged(CaseSnapshot reached, List<AppliedStep> applied) implements ReconcileOutcome {
    public Converged {
      Objects.requireNonNull(reached, "reached");
      applied = List.copyOf(applied);
    }

    @Override
    public CaseId caseId() {
      return reached.caseId();
    }
  }

  /** The planner refused before anything was called; the case is unchanged. */
  record Refused(CaseSnapshot actual, Plan.Refusal refusal) implements ReconcileOutcome {
    public Refused {
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(refusal, "refusal");
    }

    @Override
    public CaseId caseId() {
      return actual.caseId();
    }

    @Override
    public List<AppliedStep> applied() {
      return List.of();
    }
  }

  /**
   * The walk stopped before the declared status.
   *
   * @param reached the case as it stands, as far as known; empty only when the case could not be
   *     read at all (then nothing was applied)
   * @param remaining the steps still needed from {@code reached}, per a fresh plan
   */
  record Stopped(
      CaseId caseId,
      Optional<CaseSnapshot> reached,
      List<AppliedStep> applied,
      List<Transition> remaining,
      StopCause cause)
      implements ReconcileOutcome {
    public Stopped {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(reached, "reached");
      applied = List.copyOf(applied);
      remaining = List.copyOf(remaining);
      Objects.requireNonNull(cause, "cause");
    }
  }
}
