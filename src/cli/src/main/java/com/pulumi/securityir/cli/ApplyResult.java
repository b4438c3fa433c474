package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import java.util.List;

/**
 * Where every declared case stands after an apply, in file order. Immutable.
 *
 * @param cases one result per declared case
 */
public record ApplyResult(List<CaseResult> cases) {

  public ApplyResult {
    cases = List.copyOf(cases);
  }

  /** Cases the reconciler brought to their declared status. */
  public long convergedCount() {
    return cases.stream()
        .filter(
            c ->
                c instanceof CaseResult.Reconciled r
                    && r.outcome() instanceof ReconcileOutcome.Converged)
        .count();
  }

  public long unchangedCount() {
    return cases.stream().filter(CaseResult.Unchanged.class::isInstance).count();
  }

  /** Cases refused by the plan, or by a re-plan before anything was called. */
  public long refusedCount() {
    return cases.stream()
        .filter(
            c ->
                c instanceof CaseResult.Refused
                    || c instanceof CaseResult.Reconciled r
                        && r.outcome() instanceof ReconcileOutcome.Refused)
        .count();
  }

  /** Cases that stopped before their declared status, or could not be read at all. */
  public long failedCount() {
    return cases.stream()
        .filter(
            c ->
                c instanceof CaseResult.Unreadable
                    || c instanceof CaseResult.Reconciled r
                        && r.outcome() instanceof ReconcileOutcome.Stopped)
        .count();
  }

  /**
   * {@link ExitCodes#OK} when every case is in its declared status, else {@link ExitCodes#ERROR}.
   */
  public int exitCode() {
    return cases.stream().allMatch(CaseResult::settled) ? ExitCodes.OK : ExitCodes.ERROR;
  }
}
