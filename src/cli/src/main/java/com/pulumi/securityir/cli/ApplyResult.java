package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.record.RecordResult;
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

  /** Cases of a saved plan that changed since it was made, so nothing was called for them. */
  public long staleCount() {
    return cases.stream().filter(CaseResult.Stale.class::isInstance).count();
  }

  /** The warnings of the comments that could not be added, one per case, in file order. */
  public List<String> commentWarnings() {
    return cases.stream()
        .filter(
            c -> c instanceof CaseResult.Reconciled r && r.comment() instanceof RecordResult.Failed)
        .map(
            c ->
                Renderer.label(c.declaration())
                    + ": "
                    + ((RecordResult.Failed) ((CaseResult.Reconciled) c).comment()).warning())
        .toList();
  }

  /**
   * {@link ExitCodes#OK} when every case is in its declared status, else {@link ExitCodes#ERROR}.
   */
  public int exitCode() {
    return cases.stream().allMatch(CaseResult::settled) ? ExitCodes.OK : ExitCodes.ERROR;
  }
}
