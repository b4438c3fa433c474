package com.pulumi.securityir.provider.securitycase;

import com.pulumi.securityir.core.gateway.CaseDetailsGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.CaseUpdate;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.ListChange;
import com.pulumi.securityir.core.gateway.LiveCase;
import com.pulumi.securityir.core.gateway.NewCase;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.provider.casestatus.CaseWalk;
import com.pulumi.securityir.provider.casestatus.Recording;
import com.pulumi.securityir.provider.resource.ApplyResult;
import com.pulumi.securityir.provider.resource.EngineLog;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.resource.Result;
import com.pulumi.securityir.provider.services.ProviderServices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Makes the calls that create a case or bring it to the declared state, one call per kind of
 * change, and keeps the process's caches true to what landed. Every call is safe to repeat: a
 * create carries the resource's client token, and the changes are computed from the live case, so a
 * run after a stop part-way repeats nothing. A stop after something landed is a {@link
 * ApplyResult.PartlyDone} holding the case as far as it got. Thread-safe; no state of its own.
 */
final class CaseApply {

  private final EngineLog log;
  private final CaseWalk walk;

  CaseApply(EngineLog log, CaseWalk walk) {
    this.log = Objects.requireNonNull(log, "log");
    this.walk = Objects.requireNonNull(walk, "walk");
  }

  /** Creates the case, sets what CreateCase cannot, reads it once, then walks its status. */
  ApplyResult<LiveCase> create(
      ProviderServices live, String urn, CaseInputs inputs, String clientToken, Deadline deadline) {
    CaseDetailsGateway details = live.details().gateway();
    CaseId caseId;
    try {
      caseId =
          details.create(
              new NewCase(inputs.fields(), inputs.resolverType(), inputs.tags().orElse(Map.of())),
              clientToken,
              deadline);
    } catch (CaseGatewayException e) {
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    Progress progress = new Progress(List.of("CreateCase"));
    log.info(urn, "created case " + caseId);
    try {
      if (inputs.fields().actualIncidentStartDate().isPresent()) {
        // Not a CreateCase member: set at once with UpdateCase.
        details.update(caseId, actualDateOnly(inputs), deadline);
        progress = progress.and("UpdateCase");
      }
      LiveCase created = live.details().remember(details.read(caseId, deadline));
      return status(live, urn, created, inputs.status(), progress, deadline);
    } catch (CaseGatewayException e) {
      live.details().forget(caseId);
      return progress.stopped(placeholder(caseId, inputs), caseId, e);
    }
  }

  /** Makes {@code changes} to the case as read, in order, and walks its status last. */
  ApplyResult<LiveCase> update(
      ProviderServices live, String urn, LiveCase current, CaseChanges changes, Deadline deadline) {
    CaseDetailsGateway details = live.details().gateway();
    CaseId caseId = current.caseId();
    Progress progress = new Progress(List.of());
    LiveCase reached = current;
    try {
      if (!changes.update().isEmpty()) {
        LiveCase updated = reached.withFields(changes.update().applyTo(reached.fields()));
        reached =
            live.details()
                .remember(
                    landed(
                        details,
                        updated,
                        () -> details.update(caseId, changes.update(), deadline),
                        read -> CaseUpdate.between(read.fields(), updated.fields()).isEmpty(),
                        deadline));
        progress =
            progress.and(
                "UpdateCase (" + String.join(", ", changes.update().changedMembers()) + ")");
      }
      LiveCase tagged = reached.withTags(changes.tags().applyTo(reached.tags()));
      if (!changes.tags().set().isEmpty()) {
        String arn = reached.arn();
        LiveCase withSet = reached.withTags(setOnly(reached.tags(), changes.tags().set()));
        reached =
            live.details()
                .remember(
                    landed(
                        details,
                        withSet,
                        () -> details.tag(arn, changes.tags().set(), deadline),
                        read -> read.tags().entrySet().containsAll(changes.tags().set().entrySet()),
                        deadline));
        progress = progress.and("TagResource");
      }
      if (!changes.tags().remove().isEmpty()) {
        String arn = reached.arn();
        reached =
            live.details()
                .remember(
                    landed(
                        details,
                        tagged,
                        () -> details.untag(arn, changes.tags().remove(), deadline),
                        read ->
                            changes.tags().remove().stream().noneMatch(read.tags()::containsKey),
                        deadline));
        progress = progress.and("UntagResource");
      }
      if (changes.escalates()) {
        reached = live.details().remember(escalate(details, reached, deadline));
        progress = progress.and("UpdateResolverType (Self -> AWS)");
      }
    } catch (CaseGatewayException e) {
      live.details().forget(caseId);
      return progress.stopped(reached, caseId, e);
    }
    return status(live, urn, reached, changes.status(), progress, deadline);
  }

  /** One call to the service, with no answer of its own. */
  @FunctionalInterface
  private interface Call {
    void make();
  }

  /**
   * Makes {@code call}, which turns the case into {@code expected}. When its answer is lost (a
   * dropped connection or a 5xx after the retries: the call may have landed), the case is read
   * again, and if the read {@code shows} the call's effect it landed: the run goes on from the case
   * as read instead of failing, and nothing is sent twice. Otherwise the failure stands.
   */
  private static LiveCase landed(
      CaseDetailsGateway details,
      LiveCase expected,
      Call call,
      Predicate<LiveCase> shows,
      Deadline deadline) {
    try {
      call.make();
      return expected;
    } catch (CaseGatewayException e) {
      if (!e.outcomeUnknown()) {
        throw e;
      }
      LiveCase reread;
      try {
        reread = details.read(expected.caseId(), deadline);
      } catch (CaseGatewayException readFailure) {
        e.addSuppressed(readFailure);
        throw e;
      }
      if (shows.test(reread)) {
        return reread;
      }
      throw e;
    }
  }

  private static Map<String, String> setOnly(Map<String, String> live, Map<String, String> set) {
    Map<String, String> tags = new LinkedHashMap<>(live);
    tags.putAll(set);
    return tags;
  }

  /**
   * Hands the case to AWS responders. A retry after a lost answer meets the service's refusal of a
   * "change" to the type the case already has: a re-read that shows AWS means the change landed.
   */
  private static LiveCase escalate(
      CaseDetailsGateway details, LiveCase reached, Deadline deadline) {
    try {
      Optional<LifecycleStatus> status =
          details.updateResolverType(reached.caseId(), ResolverType.AWS, deadline);
      return reached.withStatus(status.orElse(reached.status()), ResolverType.AWS);
    } catch (CaseGatewayException e) {
      // A lost answer, or the retry of one that landed, which the service refuses as a conflict.
      if (e.kind() == CaseGatewayException.Kind.CONFLICT || e.outcomeUnknown()) {
        LiveCase reread = details.read(reached.caseId(), deadline);
        if (reread.resolverType() == ResolverType.AWS) {
          return reread;
        }
      }
      throw e;
    }
  }

  /** Walks the case to {@code target} (when declared) with the core's planner and reconciler. */
  private ApplyResult<LiveCase> status(
      ProviderServices live,
      String urn,
      LiveCase reached,
      Optional<LifecycleStatus> target,
      Progress progress,
      Deadline deadline) {
    if (target.isEmpty() || target.get() == reached.status()) {
      return progress.done(reached);
    }
    // The walk starts from what this process knows, with no second read.
    live.reads().remember(reached.snapshot());
    ReconcileOutcome outcome =
        walk.walk(
            live,
            urn,
            new CaseWalk.Target(reached.caseId(), target.get(), false, Recording.DEFAULT),
            deadline);
    Optional<CaseSnapshot> at = reachedBy(outcome);
    LiveCase after =
        live.details()
            .remember(
                at.map(s -> reached.withStatus(s.status(), s.resolverType())).orElse(reached));
    if (outcome instanceof ReconcileOutcome.Converged) {
      return progress.done(after);
    }
    String label = "case " + reached.caseId() + ": ";
    boolean walked = outcome instanceof ReconcileOutcome.Stopped s && !s.applied().isEmpty();
    if (progress.applied().isEmpty() && !walked) {
      return Result.failed(CaseWalk.failure(outcome, label, false));
    }
    String why =
        outcome instanceof ReconcileOutcome.Stopped stopped
            ? CaseWalk.describe(stopped)
            : CaseWalk.failure(outcome, "", false).description();
    return new ApplyResult.PartlyDone<>(after, label + progress.prefix() + why);
  }

  private static Optional<CaseSnapshot> reachedBy(ReconcileOutcome outcome) {
    if (outcome instanceof ReconcileOutcome.Converged converged) {
      return Optional.of(converged.reached());
    }
    if (outcome instanceof ReconcileOutcome.Refused refused) {
      return Optional.of(refused.actual());
    }
    return ((ReconcileOutcome.Stopped) outcome).reached();
  }

  private static CaseUpdate actualDateOnly(CaseInputs inputs) {
    return new CaseUpdate(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        inputs.fields().actualIncidentStartDate(),
        ListChange.none(),
        ListChange.none(),
        ListChange.none(),
        ListChange.none(),
        ListChange.none());
  }

  /** A just-created case as declared, when it could not be read: the next run reads it. */
  private static LiveCase placeholder(CaseId caseId, CaseInputs inputs) {
    return new LiveCase(
        caseId,
        "",
        inputs.fields(),
        LifecycleStatus.SUBMITTED,
        inputs.resolverType(),
        inputs.tags().orElse(Map.of()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The calls that landed so far, in order. */
  private record Progress(List<String> applied) {
    Progress {
      applied = List.copyOf(applied);
    }

    Progress and(String call) {
      List<String> more = new ArrayList<>(applied);
      more.add(call);
      return new Progress(more);
    }

    ApplyResult<LiveCase> done(LiveCase reached) {
      return Result.done(reached);
    }

    String prefix() {
      return applied.isEmpty() ? "" : "applied " + String.join(", ", applied) + "; then ";
    }

    /** A failed call: nothing changed if it was the first, else a stop part-way. */
    ApplyResult<LiveCase> stopped(LiveCase reached, CaseId caseId, CaseGatewayException e) {
      if (applied.isEmpty()) {
        return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
      }
      String cause = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
      return new ApplyResult.PartlyDone<>(
          reached,
          "case "
              + caseId
              + ": "
              + prefix()
              + "stopped: "
              + cause
              + " "
              + Plural.count(applied.size(), "change")
              + " landed; run the update again: it makes only the changes not made yet.");
    }
  }
}
