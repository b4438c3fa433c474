package com.pulumi.securityir.provider.membership;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipGateway;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.gateway.MembershipUpdate;
import com.pulumi.securityir.core.gateway.NewMembership;
import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.provider.resource.ApplyResult;
import com.pulumi.securityir.provider.resource.Deletion;
import com.pulumi.securityir.provider.resource.EngineLog;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.resource.ResourceUrn;
import com.pulumi.securityir.provider.resource.Result;
import com.pulumi.securityir.provider.services.MembershipReads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the calls that create a membership or bring it to the declared state, and keeps the
 * process's cache true to what landed. Every call is safe to repeat: the create carries the
 * resource's client token, and the changes are computed from the live membership (units are added
 * and removed as a set), so a run after a stop part-way repeats nothing. A stop after something
 * landed is a {@link ApplyResult.PartlyDone} holding the membership as far as it got. Thread-safe;
 * no state of its own.
 */
final class MembershipApply {

  private final EngineLog log;

  MembershipApply(EngineLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Subscribes, adds the declared organizational units (CreateMembership has no member for them),
   * and reads the membership once. An account that already has a membership is refused with the
   * command that imports it.
   */
  ApplyResult<LiveMembership> create(
      MembershipReads reads, String urn, MembershipInputs inputs, Deadline deadline) {
    MembershipGateway gateway = reads.gateway();
    MembershipId id;
    try {
      id =
          gateway.create(
              new NewMembership(
                  inputs.name(),
                  inputs.team(),
                  inputs.optInFeatures().orElse(List.of()),
                  inputs.coverEntireOrganization().orElse(false),
                  inputs.tags().orElse(Map.of())),
              inputs.clientToken().orElseThrow(),
              deadline);
    } catch (CaseGatewayException e) {
      if (e.kind() == CaseGatewayException.Kind.CONFLICT) {
        return Result.failed(alreadySubscribed(gateway, urn, e, deadline));
      }
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    Progress progress = new Progress(List.of("CreateMembership"));
    log.info(urn, "created membership " + id);
    // As created, the membership differs from the declared one only by its units.
    LiveMembership asCreated = placeholder(id, inputs);
    try {
      for (MembershipUpdate update :
          MembershipChanges.between(asCreated, inputs, inputs.cancelOnDelete()).updates()) {
        gateway.update(id, update, deadline);
        progress = progress.and("UpdateMembership (" + String.join(", ", describe(update)) + ")");
      }
      return Result.done(reads.remember(gateway.read(id, deadline)));
    } catch (CaseGatewayException e) {
      reads.forget(id);
      return progress.stopped(asCreated, id, e);
    }
  }

  /** Makes {@code changes} to the membership as read, in order. */
  ApplyResult<LiveMembership> update(
      MembershipReads reads, LiveMembership current, MembershipChanges changes, Deadline deadline) {
    MembershipGateway gateway = reads.gateway();
    Progress progress = new Progress(List.of());
    LiveMembership reached = current;
    try {
      for (MembershipUpdate update : changes.updates()) {
        gateway.update(current.id(), update, deadline);
        reached = reads.remember(update.applyTo(reached));
        progress = progress.and("UpdateMembership (" + String.join(", ", describe(update)) + ")");
      }
      if (!changes.tags().set().isEmpty()) {
        gateway.tag(reached.arn(), changes.tags().set(), deadline);
        reached = reads.remember(reached.withTags(changes.tags().applyTo(reached.tags())));
        progress = progress.and("TagResource");
      }
      if (!changes.tags().remove().isEmpty()) {
        gateway.untag(reached.arn(), changes.tags().remove(), deadline);
        reached = reads.remember(reached.withTags(changes.tags().applyTo(reached.tags())));
        progress = progress.and("UntagResource");
      }
    } catch (CaseGatewayException e) {
      reads.forget(current.id());
      return progress.stopped(reached, current.id(), e);
    }
    return Result.done(reached);
  }

  /**
   * Cancels the subscription (CancelMembership). A membership already gone or Terminated needs no
   * cancelling; cancelling a Cancelled one is a no-op for the service.
   */
  Result<Deletion> cancel(MembershipReads reads, String urn, MembershipId id, Deadline deadline) {
    String label = "membership " + id;
    try {
      reads.gateway().cancel(id, deadline);
      log.info(urn, label + ": cancelled (CancelMembership).");
      return Result.done(Deletion.REMOVED);
    } catch (CaseGatewayException e) {
      if (e.kind() == CaseGatewayException.Kind.CASE_NOT_FOUND) {
        return Result.done(Deletion.REMOVED);
      }
      if (e.kind() == CaseGatewayException.Kind.CONFLICT && isTerminated(reads, id)) {
        log.info(urn, label + ": already terminated; nothing to cancel.");
        return Result.done(Deletion.REMOVED);
      }
      return Result.failed(
          new Failure.Service(e.kind(), label + ": could not cancel on delete: " + e.getMessage()));
    } finally {
      reads.forget(id);
    }
  }

  private static boolean isTerminated(MembershipReads reads, MembershipId id) {
    reads.forget(id);
    try {
      return reads.get(id).status() == MembershipStatus.TERMINATED;
    } catch (CaseGatewayException e) {
      return false;
    }
  }

  /**
   * The refusal of a second subscription, when the account already has a membership in the
   * gateway's region that is not Terminated (ListMemberships): import that one instead.
   *
   * @throws CaseGatewayException if the listing fails
   */
  static Optional<Failure> secondSubscription(
      MembershipGateway gateway, String urn, Deadline deadline) {
    Optional<MembershipId> existing = gateway.existing(deadline);
    String name = ResourceUrn.parse(urn).map(ResourceUrn::name).orElse("NAME");
    return existing.<Failure>map(
        id ->
            new Failure.Refused(
                "this account already has a Security Incident Response membership in this region ("
                    + id
                    + "); a second subscription is not possible. Import it instead: pulumi import"
                    + " securityir:index:Membership "
                    + name
                    + " "
                    + id));
  }

  /** CreateMembership's conflict, worded as the refusal of a second subscription when it is one. */
  private static Failure alreadySubscribed(
      MembershipGateway gateway, String urn, CaseGatewayException conflict, Deadline deadline) {
    Failure asReported = new Failure.Service(conflict.kind(), conflict.getMessage());
    try {
      return secondSubscription(gateway, urn, deadline).orElse(asReported);
    } catch (CaseGatewayException e) {
      return asReported;
    }
  }

  private static List<String> describe(MembershipUpdate update) {
    List<String> members = new ArrayList<>();
    for (String member : update.changedMembers()) {
      if (member.equals("organizationalUnits")) {
        members.add(
            "organizationalUnits +"
                + update.unitsToAdd().size()
                + " -"
                + update.unitsToRemove().size());
      } else {
        members.add(member);
      }
    }
    return members;
  }

  /**
   * A just-created membership as CreateMembership made it (the declared members, no units yet),
   * known without reading it; the state recorded when a later call fails (the next run reads it).
   */
  private static LiveMembership placeholder(MembershipId id, MembershipInputs inputs) {
    return new LiveMembership(
        id,
        "",
        "",
        "",
        inputs.name(),
        inputs.team(),
        inputs.optInFeatures().orElse(List.of()),
        inputs.coverEntireOrganization().orElse(false),
        List.of(),
        MembershipStatus.ACTIVE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        inputs.tags().orElse(Map.of()));
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

    /** A failed call: nothing changed if it was the first, else a stop part-way. */
    ApplyResult<LiveMembership> stopped(
        LiveMembership reached, MembershipId id, CaseGatewayException e) {
      if (applied.isEmpty()) {
        return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
      }
      String cause = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
      return new ApplyResult.PartlyDone<>(
          reached,
          "membership "
              + id
              + ": applied "
              + String.join(", ", applied)
              + "; then stopped: "
              + cause
              + " "
              + Plural.count(applied.size(), "change")
              + " landed; run the update again: it makes only the changes not made yet.");
    }
  }
}
