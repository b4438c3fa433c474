package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.ProgressListener;
import com.pulumi.securityir.core.reconcile.ReconcileRequest;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.core.record.Recorded;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a {@link CasesPlan}: reconciles every case that needs a change, at most {@code
 * parallelism} at once, and reports where every declared case stands.
 *
 * <p>Each reconcile starts from the snapshot read for the plan, so an apply makes exactly one call
 * per planned step unless a step's result makes the reconciler re-read. Refused, unchanged and
 * unreadable cases get no call at all. Cancellation is checked by the reconciler between steps:
 * steps in flight finish, nothing new starts, and every case is still reported. A case whose walk
 * applied a step is then recorded with one comment (see {@link CaseRecorder}); a failure to comment
 * is part of the result, never a reason to stop. Thread-safe.
 */
public final class ApplyRun {

  private final Reconciler reconciler;
  private final int parallelism;
  private final CaseRecorder recorder;

  /** Applies without recording the changes on the cases. */
  public ApplyRun(Reconciler reconciler, int parallelism) {
    this(reconciler, parallelism, CaseRecorder.off());
  }

  ApplyRun(Reconciler reconciler, int parallelism, CaseRecorder recorder) {
    this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.parallelism = parallelism;
  }

  /**
   * Applies {@code plan}. {@code listener} receives the reconciler's events from several threads at
   * once.
   *
   * @return one result per declared case, in the plan's order
   */
  public ApplyResult apply(
      CasesPlan plan,
      ProgressListener listener,
      CancellationSignal cancellation,
      Deadline deadline) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(cancellation, "cancellation");
    Objects.requireNonNull(deadline, "deadline");
    return new ApplyResult(
        BoundedParallel.map(
            plan.cases(),
            parallelism,
            planned -> {
              if (planned instanceof PlannedCase.Change change) {
                ReconcileRequest request =
                    new ReconcileRequest(
                        change.declaration().caseId(),
                        change.declaration().status(),
                        Optional.of(change.actual()),
                        deadline,
                        cancellation);
                Recorded walked =
                    recorder.walk(
                        change.declaration(),
                        change.actual(),
                        change.path(),
                        () -> reconciler.reconcile(request, listener),
                        deadline);
                return new CaseResult.Reconciled(
                    change.declaration(), change.path(), walked.outcome(), walked.comment());
              }
              if (planned instanceof PlannedCase.Unchanged unchanged) {
                return new CaseResult.Unchanged(unchanged.declaration(), unchanged.actual());
              }
              if (planned instanceof PlannedCase.Stale stale) {
                return new CaseResult.Stale(stale.declaration(), stale.staleness());
              }
              if (planned instanceof PlannedCase.Refused refused) {
                return new CaseResult.Refused(refused.declaration(), refused);
              }
              PlannedCase.Unreadable unreadable = (PlannedCase.Unreadable) planned;
              return new CaseResult.Unreadable(unreadable.declaration(), unreadable);
            }));
  }
}
