package com.pulumi.securityir.core.record;

import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import java.util.Objects;

/**
 * How a walk ended, and how recording its change on the case did.
 *
 * @param outcome the reconciler's outcome, untouched by recording
 * @param comment the comment's result; never hides or changes {@code outcome}
 */
public record Recorded(ReconcileOutcome outcome, RecordResult comment) {
  public Recorded {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(comment, "comment");
  }
}
