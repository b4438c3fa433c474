package com.pulumi.securityir.provider.casestatus;

import static com.pulumi.securityir.core.resource.CaseStatusResource.CASE_ID;
import static com.pulumi.securityir.core.resource.CaseStatusResource.CLOSE_ON_DELETE;
import static com.pulumi.securityir.core.resource.CaseStatusResource.COMMENT;
import static com.pulumi.securityir.core.resource.CaseStatusResource.NOTE;
import static com.pulumi.securityir.core.resource.CaseStatusResource.STATUS;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.provider.resource.DiffResult;
import com.pulumi.securityir.provider.resource.Inputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Diff decision of a {@code CaseStatus}, as a pure function of what was recorded, what is
 * declared and what is known of the live case. Which changes replace comes from the descriptor
 * ({@code caseId} does); a change of {@code note} or {@code comment} alone is an update, never a
 * replacement.
 *
 * <p>The live status is asked for only when it decides the answer: a changed declared status is an
 * update whatever the live status is (the Update that follows plans from it, and refuses there), so
 * a preview of many changed cases does not wait for one read per case in the engine's serial Diff
 * loop. An unchanged declaration needs the live status, to see drift and refusals.
 */
public final class CaseStatusDiff {

  private CaseStatusDiff() {}

  /**
   * What the engine recorded: the case id, the status last seen (outputs), closeOnDelete, and the
   * note and comment. Empty when the recorded state does not say.
   */
  public record Recorded(
      Optional<CaseId> caseId,
      Optional<LifecycleStatus> status,
      boolean closeOnDelete,
      Recording recording) {
    public Recorded {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(recording, "recording");
    }

    /** A record without note and comment (the defaults). */
    public Recorded(
        Optional<CaseId> caseId, Optional<LifecycleStatus> status, boolean closeOnDelete) {
      this(caseId, status, closeOnDelete, Recording.DEFAULT);
    }

    /** From the recorded outputs, or where they cannot be read, the recorded inputs. */
    static Recorded of(
        Optional<CaseStatusOutputs> outputs, Optional<Inputs<CaseStatusInputs>> inputs) {
      if (outputs.isPresent()) {
        CaseSnapshot seen = outputs.get().snapshot();
        return new Recorded(
            Optional.of(seen.caseId()),
            Optional.of(seen.status()),
            outputs.get().closeOnDelete(),
            outputs.get().recording());
      }
      Optional<CaseStatusInputs> known = inputs.flatMap(Inputs::known);
      return new Recorded(
          known.map(CaseStatusInputs::caseId).or(() -> inputs.flatMap(CaseStatusDiff::givenId)),
          Optional.empty(),
          known.map(CaseStatusInputs::closeOnDelete).orElse(false),
          known.map(CaseStatusInputs::recording).orElse(Recording.DEFAULT));
    }
  }

  /** What is known of the live case when Diff runs. */
  public sealed interface Live {
    /** The provider is not configured (its configuration is unknown during this preview). */
    record Unconfigured() implements Live {}

    /** No read of the case has completed yet in this process. */
    record NotYetRead() implements Live {}

    /** The case as read, and the planner of the configured transition graph. */
    record Read(CaseSnapshot snapshot, Planner planner) implements Live {
      public Read {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(planner, "planner");
      }
    }
  }

  /** The answer. */
  public sealed interface Decision {
    /** What changes; none when {@code diff} has no change. */
    record Changes(DiffResult diff) implements Decision {
      public Changes {
        Objects.requireNonNull(diff, "diff");
      }
    }

    /** The declared status cannot be reached from the live one; the message says why. */
    record Refused(String message) implements Decision {
      public Refused {
        Objects.requireNonNull(message, "message");
      }
    }

    /** The live status decides: read the case (waiting for it) and decide again. */
    record NeedsRead() implements Decision {}
  }

  /** Decides. Pure: no call, no clock, no state. */
  public static Decision decide(Recorded old, Inputs<CaseStatusInputs> news, Live live) {
    List<String> changed = new ArrayList<>();
    if (news instanceof Inputs.Incomplete<CaseStatusInputs> incomplete) {
      // An unknown id may turn out to be another case; an unknown status is an update.
      Optional<CaseId> newId = CaseStatusCodec.caseId(incomplete.given());
      if (newId.isEmpty() || !newId.equals(old.caseId())) {
        changed.add(CASE_ID);
      }
      changed.add(STATUS);
      // A note or comment that cannot be read yet counts as changed.
      changed.addAll(
          CaseStatusCodec.recording(incomplete.given())
              .map(r -> r.changedFrom(old.recording()))
              .orElse(List.of(NOTE, COMMENT)));
      return changes(changed);
    }
    CaseStatusInputs inputs = news.known().orElseThrow();
    if (!old.caseId().equals(Optional.of(inputs.caseId()))) {
      return changes(List.of(CASE_ID));
    }
    if (old.closeOnDelete() != inputs.closeOnDelete()) {
      changed.add(CLOSE_ON_DELETE);
    }
    // An update that records them; it makes no call unless the status needs one too.
    changed.addAll(inputs.recording().changedFrom(old.recording()));
    boolean declaredChanged = !old.status().equals(Optional.of(inputs.status()));
    if (!(live instanceof Live.Read read)) {
      if (declaredChanged) {
        changed.add(STATUS);
      } else if (live instanceof Live.NotYetRead) {
        return new Decision.NeedsRead();
      }
      return changes(changed);
    }
    CaseSnapshot actual = read.snapshot();
    Plan plan = read.planner().plan(actual.status(), inputs.status(), actual.resolverType());
    if (plan instanceof Plan.Refusal refusal) {
      return new Decision.Refused(inputs.caseLabel() + ": " + refusal.message());
    }
    if (!((Plan.Path) plan).isNoOp() || !old.status().equals(Optional.of(actual.status()))) {
      changed.add(STATUS);
    }
    return changes(changed);
  }

  private static Decision changes(List<String> changed) {
    return new Decision.Changes(DiffResult.updates(CaseStatusResource.DESCRIPTOR, changed));
  }

  private static Optional<CaseId> givenId(Inputs<CaseStatusInputs> inputs) {
    return inputs instanceof Inputs.Incomplete<CaseStatusInputs> incomplete
        ? CaseStatusCodec.caseId(incomplete.given())
        : Optional.empty();
  }
}
