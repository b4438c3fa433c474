package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings one case at a time to its declared status, one API call per step.
 *
 * <p>Promises:
 *
 * <ul>
 *   <li>Every call it makes is an edge of the planner's graph, from the status last confirmed.
 *   <li>A step whose response reports any status but the step's target, or that the service rejects
 *       with a conflict or validation error, is treated as a concurrent change: the case is re-read
 *       and re-planned, at most {@code maxReplans} times.
 *   <li>Cancellation and the deadline are checked between steps; the step in flight is finished.
 *   <li>With a known snapshot it makes exactly one call per planned step; otherwise one read more.
 *       It reads again only when a step's result requires it.
 *   <li>Reconciles of the same case in one reconciler never interleave; different cases run
 *       concurrently. Thread-safe.
 *   <li>Never throws for a gateway failure: the outcome says where the case stands.
 * </ul>
 */
public final class Reconciler {

  /** Re-plans allowed per reconcile before giving up on a case someone keeps moving. */
  public static final int DEFAULT_MAX_REPLANS = 3;

  private final CaseGateway gateway;
  private final Planner planner;
  private final Clock clock;
  private final int maxReplans;
  private final CaseLocks locks = new CaseLocks();

  public Reconciler(CaseGateway gateway, Planner planner, Clock clock, int maxReplans) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.planner = Objects.requireNonNull(planner, "planner");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxReplans < 0) {
      throw new IllegalArgumentException("maxReplans must be >= 0, was " + maxReplans);
    }
    this.maxReplans = maxReplans;
  }

  public Reconciler(CaseGateway gateway, Planner planner) {
    this(gateway, planner, Clock.systemUTC(), DEFAULT_MAX_REPLANS);
  }

  public Planner planner() {
    return planner;
  }

  /**
   * Reconciles one case. Blocks while another reconcile of the same case runs in this reconciler,
   * and then re-reads the case instead of trusting {@code request.known()}, which that reconcile
   * has made stale.
   */
  public ReconcileOutcome reconcile(ReconcileRequest request, ProgressListener listener) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(listener, "listener");
    boolean waited = locks.acquire(request.caseId());
    try {
      ReconcileRequest effective =
          waited
              ? new ReconcileRequest(
                  request.caseId(),
                  request.desired(),
                  Optional.empty(),
                  request.deadline(),
                  request.cancellation())
              : request;
      return new Walk(effective, listener).run();
    } finally {
      locks.release(request.caseId());
    }
  }

  /** The state of one reconcile; confined to the calling thread. */
  private final class Walk {
    private final ReconcileRequest request;
    private final ProgressListener listener;
    private final List<AppliedStep> applied = new ArrayList<>();
    private int replans;

    Walk(ReconcileRequest request, ProgressListener listener) {
      this.request = request;
      this.listener = listener;
    }

    ReconcileOutcome run() {
      CaseSnapshot current;
      if (request.known().isPresent()) {
        current = request.known().get();
      } else {
        try {
          current = gateway.read(request.caseId(), request.deadline());
        } catch (CaseGatewayException e) {
          return new ReconcileOutcome.Stopped(
              request.caseId(),
              Optional.empty(),
              List.of(),
              List.of(),
              new StopCause.GatewayFailure(e));
        }
      }
      Plan plan = planner.plan(current.status(), request.desired(), current.resolverType());
      listener.onEvent(new ProgressEvent.Planned(request.caseId(), plan));
      while (true) {
        if (plan instanceof Plan.Refusal refusal) {
          return applied.isEmpty() && replans == 0
              ? new ReconcileOutcome.Refused(current, refusal)
              : stopped(current, new StopCause.RefusedAfterConcurrentChange(refusal));
        }
        Plan.Path path = (Plan.Path) plan;
        StepResult result = walk(current, path);
        if (result instanceof StepResult.Done done) {
          return new ReconcileOutcome.Converged(done.reached(), applied);
        }
        if (result instanceof StepResult.Halt halt) {
          return halt.outcome();
        }
        CaseSnapshot observed = ((StepResult.MovedElsewhere) result).observed();
        if (replans >= maxReplans) {
          return stopped(
              observed, new StopCause.ReplanLimitReached(replans + 1, observed.status()));
        }
        replans++;
        current = observed;
        plan = planner.plan(current.status(), request.desired(), current.resolverType());
        listener.onEvent(new ProgressEvent.Replanned(request.caseId(), current.status(), plan));
      }
    }

    /**
     * Walks a path from {@code start}; stops at the first sign that someone else moved the case.
     */
    private StepResult walk(CaseSnapshot start, Plan.Path path) {
      CaseSnapshot current = start;
      List<Transition> steps = path.steps();
      for (int i = 0; i < steps.size(); i++) {
        if (request.cancellation().isCancelled()) {
          return new StepResult.Halt(stopped(current, new StopCause.Cancelled()));
        }
        if (request.deadline().isExpired(clock)) {
          return new StepResult.Halt(stopped(current, new StopCause.DeadlineExceeded()));
        }
        Transition step = steps.get(i);
        listener.onEvent(
            new ProgressEvent.StepStarted(request.caseId(), step, i + 1, steps.size()));
        LifecycleStatus reported;
        try {
          reported = call(step);
        } catch (CaseGatewayException e) {
          return afterFailedStep(current, step, e);
        }
        if (reported != step.to()) {
          // Should the re-read fail, the service's own report is the best knowledge of the status.
          return reread(
              current,
              current.withStatus(reported),
              new StopCause.GatewayFailure(unexpectedReport(step, reported)));
        }
        AppliedStep done = new AppliedStep(step, clock.instant());
        applied.add(done);
        current = current.withStatus(step.to());
        listener.onEvent(
            new ProgressEvent.StepApplied(request.caseId(), done, i + 1, steps.size()));
      }
      return new StepResult.Done(current);
    }

    private LifecycleStatus call(Transition step) {
      return step.operation() == ApiOperation.CLOSE_CASE
          ? gateway.close(request.caseId(), request.deadline())
          : gateway.updateStatus(request.caseId(), step.to(), request.deadline());
    }

    private StepResult afterFailedStep(
        CaseSnapshot current, Transition step, CaseGatewayException error) {
      StopCause cause = new StopCause.GatewayFailure(error);
      return switch (error.kind()) {
          // The service refused the move: legal from the status we last saw, so it was moved
          // meanwhile.
        case CONFLICT, INVALID_REQUEST -> reread(current, current, cause);
        default -> {
          if (!error.outcomeUnknown()) {
            yield new StepResult.Halt(stopped(current, cause));
          }
          // The call may have landed: learn where the case really stands before reporting it.
          yield settle(current, step, cause);
        }
      };
    }

    /**
     * Re-reads after a rejected or surprising step: a changed case is re-planned; an unchanged one
     * means the service itself rejects a move the graph allows, so stop rather than repeat it.
     * {@code bestKnown} is reported as reached if the re-read fails.
     */
    private StepResult reread(CaseSnapshot current, CaseSnapshot bestKnown, StopCause cause) {
      CaseSnapshot fresh;
      try {
        fresh = gateway.read(request.caseId(), request.deadline());
      } catch (CaseGatewayException e) {
        return new StepResult.Halt(stopped(bestKnown, cause));
      }
      if (fresh.status() != current.status() || fresh.resolverType() != current.resolverType()) {
        return new StepResult.MovedElsewhere(fresh);
      }
      return new StepResult.Halt(stopped(fresh, cause));
    }

    /** After a failure that may have taken effect, records the status the case really reached. */
    private StepResult settle(CaseSnapshot current, Transition step, StopCause cause) {
      CaseSnapshot fresh;
      try {
        fresh = gateway.read(request.caseId(), request.deadline());
      } catch (CaseGatewayException e) {
        return new StepResult.Halt(stopped(current, cause));
      }
      if (fresh.status() == step.to() && fresh.resolverType() == current.resolverType()) {
        applied.add(new AppliedStep(step, clock.instant()));
      }
      return new StepResult.Halt(stopped(fresh, cause));
    }

    private ReconcileOutcome.Stopped stopped(CaseSnapshot reached, StopCause cause) {
      Plan rest = planner.plan(reached.status(), request.desired(), reached.resolverType());
      List<Transition> remaining = rest instanceof Plan.Path p ? p.steps() : List.of();
      return new ReconcileOutcome.Stopped(
          request.caseId(), Optional.of(reached), applied, remaining, cause);
    }

    private CaseGatewayException unexpectedReport(Transition step, LifecycleStatus reported) {
      return new CaseGatewayException(
          CaseGatewayException.Kind.CONFLICT,
          step.operation().operationName()
              + " for case "
              + request.caseId()
              + " reported status '"
              + reported.wireName()
              + "' instead of '"
              + step.to().wireName()
              + "'");
    }
  }

  /** How walking one path ended. */
  private sealed interface StepResult {
    record Done(CaseSnapshot reached) implements StepResult {}

    record MovedElsewhere(CaseSnapshot observed) implements StepResult {}

    record Halt(ReconcileOutcome outcome) implements StepResult {}
  }
}
