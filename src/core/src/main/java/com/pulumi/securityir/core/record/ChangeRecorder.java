package com.pulumi.securityir.core.record;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds the one comment recording a reconcile's change to its case. A failure to comment is a
 * result, never an exception, so it cannot hide or undo the progress the outcome records.
 * Thread-safe.
 */
public final class ChangeRecorder {

  private final CaseGateway gateway;

  public ChangeRecorder(CaseGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  /**
   * Records {@code outcome}'s change on its case, once: the comment's token is derived from the
   * change, so calling this again for the same change adds nothing. Makes no call when nothing was
   * applied.
   *
   * @see ChangeRecord#of
   */
  public RecordResult record(
      Optional<CaseSnapshot> start,
      ReconcileOutcome outcome,
      LifecycleStatus declared,
      Origin origin,
      Optional<String> note,
      Deadline deadline) {
    Optional<ChangeComment> comment = ChangeRecord.of(start, outcome, declared, origin, note);
    if (comment.isEmpty()) {
      return new RecordResult.NotNeeded();
    }
    try {
      return new RecordResult.Posted(
          gateway.addComment(
              outcome.caseId(), comment.get().body(), comment.get().clientToken(), deadline));
    } catch (CaseGatewayException e) {
      return new RecordResult.Failed(
          "case "
              + outcome.caseId()
              + ": the status change stands, but the comment recording it was not added: "
              + e.getMessage());
    }
  }
}
