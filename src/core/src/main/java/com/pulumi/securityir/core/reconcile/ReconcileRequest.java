package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * One case to bring to a declared status.
 *
 * @param known the case as last read, if the caller has a fresh read; the reconciler then makes no
 *     read of its own unless a step's result requires one
 */
public record ReconcileRequest(
    CaseId caseId,
    LifecycleStatus desired,
    Optional<CaseSnapshot> known,
    Deadline deadline,
    CancellationSignal cancellation) {

  public ReconcileRequest {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(desired, "desired");
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(cancellation, "cancellation");
    known.ifPresent(
        snapshot -> {
          if (!snapshot.caseId().equals(caseId)) {
            throw new IllegalArgumentException(
                "known snapshot is of case " + snapshot.caseId() + ", not " + caseId);
          }
        });
  }

  /** A request with no prior read, no deadline and no cancellation. */
  public static ReconcileRequest of(CaseId caseId, LifecycleStatus desired) {
    return new ReconcileRequest(
        caseId, desired, Optional.empty(), Deadline.none(), CancellationSignal.NEVER);
  }

  public ReconcileRequest withKnown(CaseSnapshot snapshot) {
    return new ReconcileRequest(caseId, desired, Optional.of(snapshot), deadline, cancellation);
  }

  public ReconcileRequest withDeadline(Deadline newDeadline) {
    return new ReconcileRequest(caseId, desired, known, newDeadline, cancellation);
  }

  public ReconcileRequest withCancellation(CancellationSignal signal) {
    return new ReconcileRequest(caseId, desired, known, deadline, signal);
  }
}
