package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.plan.Plan;
import java.util.Objects;

/** Why a reconcile stopped before the case reached its declared status. */
public sealed interface StopCause {

  /** One sentence for a person: what stopped the walk. */
  String message();

  /** A call failed (after the gateway's own retries). */
  record GatewayFailure(CaseGatewayException error) implements StopCause {
    public GatewayFailure {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public String message() {
      return error.getMessage();
    }
  }

  /** The caller cancelled; the step in flight, if any, was finished first. */
  record Cancelled() implements StopCause {
    @Override
    public String message() {
      return "cancelled before the next step";
    }
  }

  /** The caller's deadline passed; the step in flight, if any, was finished first. */
  record DeadlineExceeded() implements StopCause {
    @Override
    public String message() {
      return "the operation's deadline passed before the next step";
    }
  }

  /** The case kept being moved by someone else; the reconciler gave up re-planning. */
  record ReplanLimitReached(int replans, LifecycleStatus lastSeen) implements StopCause {
    @Override
    public String message() {
      return "the case was moved by someone else "
          + replans
          + " times during this operation (last seen in '"
          + lastSeen.wireName()
          + "'); stopped re-planning. Run again once the case is no longer being moved";
    }
  }

  /** Someone else moved the case to a status from which the declared one is unreachable. */
  record RefusedAfterConcurrentChange(Plan.Refusal refusal) implements StopCause {
    public RefusedAfterConcurrentChange {
      Objects.requireNonNull(refusal, "refusal");
    }

    @Override
    public String message() {
      return "the case was moved by someone else meanwhile, and now " + refusal.message();
    }
  }
}
