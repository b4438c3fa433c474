package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The membership lifecycle as documented in {@code docs/emulator.md}: a pure function of the
 * membership, the requested change and the time, called by the store inside its atomic
 * read-modify-write.
 *
 * <ul>
 *   <li>One membership per account and region: CreateMembership is refused while the region has an
 *       Active or Cancelled one (a Terminated membership no longer counts).
 *   <li>Active → Cancelled by CancelMembership; Cancelled → Active by UpdateMembership with {@code
 *       undoMembershipCancellation}; Cancelled → Terminated only by the control plane.
 *   <li>UpdateMembership changes a Cancelled membership only together with the undo, and never a
 *       Terminated one. The model marks CancelMembership and UpdateMembership idempotent, so a
 *       cancel of a Cancelled membership and an undo on an Active one answer success and change
 *       nothing.
 * </ul>
 */
final class MembershipRules {

  private MembershipRules() {}

  /**
   * Why a new membership cannot be created in {@code region} given the account's {@code existing}
   * ones; empty when it can.
   */
  static Optional<Rejection> admission(List<MembershipRecord> existing, String region) {
    return existing.stream()
        .filter(m -> m.region().equals(region) && m.status() != MembershipStatus.TERMINATED)
        .findFirst()
        .map(
            m ->
                new Rejection(
                    Rejection.Kind.CONFLICT,
                    m.membershipId(),
                    Rejection.MEMBERSHIP,
                    "The account already has membership "
                        + m.membershipId()
                        + " in "
                        + region
                        + " ("
                        + m.status().wire()
                        + "); an account has one membership per region: manage that one"
                        + " instead of creating another"));
  }

  /** A membership as CreateMembership makes it: Active from {@code atMillis}. */
  static MembershipRecord created(
      String membershipId,
      String region,
      MembershipConfig config,
      Map<String, String> tags,
      long atMillis) {
    return new MembershipRecord(
        membershipId,
        Arns.ofMembership(region, membershipId),
        region,
        MembershipStatus.ACTIVE,
        atMillis,
        null,
        config,
        tags);
  }

  /** Applies {@code change} to {@code current}: the new state, or why it is refused. */
  static MembershipOutcome apply(MembershipRecord current, MembershipChange change, long atMillis) {
    if (change instanceof MembershipChange.Tag t) {
      return Tags.merged(current.tags(), t.tags())
          .<MembershipOutcome>map(tags -> applied(current.withTags(tags)))
          .orElseGet(
              () ->
                  new MembershipOutcome.Rejected(
                      Tags.tooMany(Rejection.MEMBERSHIP, current.membershipId())));
    }
    if (change instanceof MembershipChange.Untag u) {
      return applied(current.withTags(Tags.without(current.tags(), u.keys())));
    }
    MembershipStatus status = current.status();
    if (change instanceof MembershipChange.Cancel) {
      return switch (status) {
        case ACTIVE -> applied(current.withStatus(MembershipStatus.CANCELLED, atMillis));
        case CANCELLED -> applied(current);
        case TERMINATED -> conflict(current, "is Terminated; there is nothing left to cancel");
      };
    }
    if (change instanceof MembershipChange.Terminate) {
      return switch (status) {
        case CANCELLED ->
            applied(current.withStatus(MembershipStatus.TERMINATED, current.deactivatedAt()));
        case ACTIVE ->
            conflict(
                current,
                "is Active; only a cancelled membership can be terminated (CancelMembership first)");
        case TERMINATED -> conflict(current, "is already Terminated");
      };
    }
    if (change instanceof MembershipChange.Update u) {
      return update(current, u.patch());
    }
    throw new IllegalArgumentException("No rule for " + change);
  }

  private static MembershipOutcome update(MembershipRecord current, MembershipPatch patch) {
    if (current.status() == MembershipStatus.TERMINATED) {
      return conflict(
          current,
          "is Terminated; a terminated membership cannot be changed or restored (create a new"
              + " membership instead)");
    }
    MembershipRecord next = current;
    if (current.status() == MembershipStatus.CANCELLED) {
      if (!patch.undoCancellation()) {
        return conflict(
            current,
            "is Cancelled; restore it with undoMembershipCancellation: true (in this or an"
                + " earlier call) before changing it");
      }
      next = next.withStatus(MembershipStatus.ACTIVE, null);
    }
    return applied(next.withConfig(patch.applyTo(next.config())));
  }

  private static MembershipOutcome applied(MembershipRecord next) {
    return new MembershipOutcome.Applied(next);
  }

  private static MembershipOutcome conflict(MembershipRecord m, String problem) {
    return new MembershipOutcome.Rejected(
        new Rejection(
            Rejection.Kind.CONFLICT,
            m.membershipId(),
            Rejection.MEMBERSHIP,
            "Membership " + m.membershipId() + " " + problem));
  }
}
