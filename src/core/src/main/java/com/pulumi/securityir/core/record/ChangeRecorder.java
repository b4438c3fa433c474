package com.pulumi.securityir.core.record;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.StopCause;
import com.pulumi.securityir.core.reconcile.Wording;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds the one comment recording a reconcile's change to its case. A failure to comment is a
 * result, never an exception, so it cannot hide or undo the progress the outcome records.
 *
 * <p>A closed case takes no more comments (the emulator answers {@code CreateCaseComment} on one
 * with a conflict; the service's documentation does not say, so this assumes the strict answer). So
 * {@link #walkAndRecord} records a change that closes the case just before the walk, as the change
 * it will be. A path to Closed is always the one step {@code CloseCase}, since every open status
 * may close directly. Should the walk then not close the case as planned, the result is a warning
 * that the comment describes a close that did not happen. Thread-safe.
 */
public final class ChangeRecorder {

  private final CaseGateway gateway;

  public ChangeRecorder(CaseGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  /**
   * Runs {@code walk}, the reconcile of {@code planned} from {@code start}, and records its change:
   * after the walk, or just before it when {@code planned} closes the case. The token is the one a
   * record after the walk would use, so a retried or resumed run still adds no second comment.
   */
  public Recorded walkAndRecord(
      CaseSnapshot start,
      Plan.Path planned,
      Supplier<ReconcileOutcome> walk,
      Origin origin,
      Optional<String> note,
      Deadline deadline) {
    LifecycleStatus declared = planned.desired();
    boolean closes =
        planned.steps().size() == 1
            && planned.steps().get(0).operation() == ApiOperation.CLOSE_CASE;
    if (!closes) {
      ReconcileOutcome outcome = walk.get();
      return new Recorded(
          outcome, record(Optional.of(start), outcome, declared, origin, note, deadline));
    }
    Transition close = planned.steps().get(0);
    ReconcileOutcome expected =
        new ReconcileOutcome.Converged(
            start.withStatus(close.to()), List.of(new AppliedStep(close, Instant.EPOCH)));
    RecordResult before = record(Optional.of(start), expected, declared, origin, note, deadline);
    ReconcileOutcome outcome = walk.get();
    List<Transition> applied = outcome.applied().stream().map(AppliedStep::transition).toList();
    if (applied.equals(planned.steps()) || !(before instanceof RecordResult.Posted)) {
      return new Recorded(outcome, before);
    }
    return new Recorded(
        outcome,
        new RecordResult.Failed(
            "case "
                + outcome.caseId()
                + ": the comment recording the close was added just before CloseCase (a closed"
                + " case takes no comments), but the case was not closed as it says: "
                + (outcome instanceof ReconcileOutcome.Stopped stopped
                    ? stopped.cause().message()
                    : applied.isEmpty()
                        ? "nothing was applied"
                        : "it applied " + Wording.steps(applied))));
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
    // A walk its deadline stopped is still recorded: this one call runs past the deadline, bounded
    // by the client's own timeouts, rather than lose the record of the steps applied.
    boolean outOfTime =
        outcome instanceof ReconcileOutcome.Stopped stopped
            && stopped.cause() instanceof StopCause.DeadlineExceeded;
    try {
      return new RecordResult.Posted(
          gateway.addComment(
              outcome.caseId(),
              comment.get().body(),
              comment.get().clientToken(),
              outOfTime ? Deadline.none() : deadline));
    } catch (CaseGatewayException e) {
      return new RecordResult.Failed(
          "case "
              + outcome.caseId()
              + ": the status change stands, but the comment recording it was not added: "
              + e.getMessage());
    }
  }
}
