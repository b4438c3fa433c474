package com.pulumi.securityir.provider.casestatus;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.ProgressEvent;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.ReconcileRequest;
import com.pulumi.securityir.core.reconcile.Wording;
import com.pulumi.securityir.core.record.ChangeRecorder;
import com.pulumi.securityir.core.record.Origin;
import com.pulumi.securityir.core.record.RecordResult;
import com.pulumi.securityir.core.record.Recorded;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.provider.resource.ApplyResult;
import com.pulumi.securityir.provider.resource.EngineLog;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.resource.ResourceUrn;
import com.pulumi.securityir.provider.resource.Result;
import com.pulumi.securityir.provider.services.ProviderServices;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Walks one case to a status through the core's reconciler, tells the resource's row each step as
 * it goes (before the RPC answers), keeps the process's read cache true to what it reached, records
 * what it changed as a comment on the case (unless the resource turned that off), and words how the
 * walk ended. Shared by every resource that declares a case's status ({@code CaseStatus}, and
 * {@code Case} with {@code status}), so all walk, record and word a walk the same way. Thread-safe;
 * holds no state of its own.
 */
public final class CaseWalk {

  /** The advice for resuming a walk that stopped part-way. */
  public static final String RESUME = "Run the update again";

  private final EngineLog log;
  private final CancellationSignal cancellation;

  public CaseWalk(EngineLog log, CancellationSignal cancellation) {
    this.log = Objects.requireNonNull(log, "log");
    this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
  }

  /**
   * What a walk is for: the case, the status to bring it to, whether its id is secret, and how a
   * change is recorded on it.
   */
  public record Target(
      CaseId caseId, LifecycleStatus status, boolean secretId, Recording recording) {
    public Target {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(recording, "recording");
    }

    static Target of(CaseStatusInputs inputs) {
      return new Target(
          inputs.caseId(), inputs.status(), inputs.secretCaseId(), inputs.recording());
    }

    public String label() {
      return CaseStatusInputs.label(caseId, secretId);
    }
  }

  /**
   * Brings the case to the target status, starting from this process's read of it when there is one
   * (no extra read), and leaves the read cache holding the status reached. When a step was applied
   * (converged or stopped part-way) and recording is on, adds the one comment recording the change;
   * its token is derived from the change, so a repeat of the same change adds none. A failure to
   * comment is a warning on the resource's row and changes nothing else.
   *
   * @param urn the resource's URN: its row, and the project, stack and name the comment names
   */
  public ReconcileOutcome walk(
      ProviderServices live, String urn, Target target, Deadline deadline) {
    CaseId caseId = target.caseId();
    Optional<CaseSnapshot> start = Optional.empty();
    try {
      start = Optional.of(live.reads().get(caseId));
    } catch (CaseGatewayException e) {
      // Left to the reconciler, which reads again and reports a failure as its outcome.
    }
    ReconcileRequest request =
        new ReconcileRequest(caseId, target.status(), start, deadline, cancellation);
    Supplier<ReconcileOutcome> run =
        () -> {
          ReconcileOutcome outcome =
              live.reconciler().reconcile(request, event -> report(urn, target.label(), event));
          reached(outcome)
              .ifPresentOrElse(live.reads()::remember, () -> live.reads().forget(caseId));
          return outcome;
        };
    if (!target.recording().enabled()) {
      return run.get();
    }
    ChangeRecorder recorder = new ChangeRecorder(live.gateway());
    Optional<String> note = target.recording().noteText();
    Optional<Plan.Path> planned =
        start
            .map(
                s ->
                    live.reconciler().planner().plan(s.status(), target.status(), s.resolverType()))
            .filter(Plan.Path.class::isInstance)
            .map(Plan.Path.class::cast)
            .filter(path -> !path.isNoOp());
    Recorded recorded;
    if (planned.isPresent()) {
      // With the path known up front, a close is recorded before it: a closed case takes no
      // comments.
      recorded =
          recorder.walkAndRecord(start.get(), planned.get(), run, origin(urn), note, deadline);
    } else {
      ReconcileOutcome outcome = run.get();
      recorded =
          new Recorded(
              outcome,
              recorder.record(start, outcome, target.status(), origin(urn), note, deadline));
    }
    if (recorded.comment() instanceof RecordResult.Failed failed) {
      log.warning(
          urn, CaseStatusInputs.redact(failed.warning(), target.caseId(), target.secretId()));
    }
    return recorded.outcome();
  }

  /** The project, stack and resource name in the URN, as the comment's "From:" line names them. */
  static Origin origin(String urn) {
    return ResourceUrn.parse(urn)
        .map(u -> new Origin.PulumiStack(u.project(), u.stack(), u.name()))
        .orElseGet(() -> new Origin.PulumiStack("unknown", "unknown", OneLine.input(urn)));
  }

  /** Announces a planned path on the resource's row (a preview, or the start of a walk). */
  public void announce(String urn, String label, Plan.Path path) {
    if (!path.isNoOp()) {
      log.info(urn, label + ": " + path.describe());
    }
  }

  /**
   * A walk's outcome as the result of a Create or Update: the outputs reached when it converged, a
   * part-way stop with the outputs reached when it changed something, a failure otherwise.
   */
  static ApplyResult<CaseStatusOutputs> applied(CaseStatusInputs inputs, ReconcileOutcome outcome) {
    if (outcome instanceof ReconcileOutcome.Converged converged) {
      return Result.done(
          CaseStatusOutputs.of(inputs, converged.reached(), Optional.of(converged.applied())));
    }
    String prefix = inputs.caseLabel() + ": ";
    if (outcome instanceof ReconcileOutcome.Stopped stopped
        && !stopped.applied().isEmpty()
        && stopped.reached().isPresent()) {
      return new ApplyResult.PartlyDone<>(
          CaseStatusOutputs.of(inputs, stopped.reached().get(), Optional.of(stopped.applied())),
          CaseStatusInputs.redact(
              prefix + describe(stopped), inputs.caseId(), inputs.secretCaseId()));
    }
    return Result.failed(failure(outcome, prefix, inputs.secretCaseId()));
  }

  /**
   * The failure of a walk that did not converge, its description prefixed by {@code prefix}: a
   * refusal, or the stop's cause and where it left the case; a secret case id is never shown.
   */
  public static Failure failure(ReconcileOutcome outcome, String prefix, boolean secretId) {
    if (outcome instanceof ReconcileOutcome.Refused refused) {
      return new Failure.Refused(prefix + refused.refusal().message());
    }
    ReconcileOutcome.Stopped stopped = (ReconcileOutcome.Stopped) outcome;
    return Failure.stopped(
        stopped.cause(),
        CaseStatusInputs.redact(prefix + describe(stopped), stopped.caseId(), secretId));
  }

  /** What stopped the walk, then where it left the case, in the core's one wording. */
  public static String describe(ReconcileOutcome.Stopped stopped) {
    String cause = stopped.cause().message();
    // Gateway messages end with a full stop; the sentence appended brings its own.
    String trimmed = cause.endsWith(".") ? cause.substring(0, cause.length() - 1) : cause;
    return trimmed + ". " + Wording.whereStopped(stopped, RESUME);
  }

  private void report(String urn, String label, ProgressEvent event) {
    if (event instanceof ProgressEvent.Planned planned
        && planned.plan() instanceof Plan.Path path) {
      announce(urn, label, path);
    } else if (event instanceof ProgressEvent.StepStarted started) {
      log.status(
          urn,
          label
              + ": step "
              + started.index()
              + "/"
              + started.total()
              + ": "
              + Wording.step(started.step()));
    } else if (event instanceof ProgressEvent.StepApplied applied) {
      log.info(
          urn,
          label
              + ": applied step "
              + applied.index()
              + "/"
              + applied.total()
              + ": "
              + Wording.step(applied.step().transition()));
    } else if (event instanceof ProgressEvent.Replanned replanned) {
      log.warning(
          urn,
          label
              + ": moved by someone else to '"
              + replanned.observed().wireName()
              + "' meanwhile; re-planned: "
              + (replanned.plan() instanceof Plan.Path p ? p.describe() : "no legal path"));
    }
  }

  private static Optional<CaseSnapshot> reached(ReconcileOutcome outcome) {
    if (outcome instanceof ReconcileOutcome.Converged converged) {
      return Optional.of(converged.reached());
    }
    if (outcome instanceof ReconcileOutcome.Refused refused) {
      return Optional.of(refused.actual());
    }
    return ((ReconcileOutcome.Stopped) outcome).reached();
  }
}
