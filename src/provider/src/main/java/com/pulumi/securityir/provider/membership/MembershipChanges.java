package com.pulumi.securityir.provider.membership;

import static com.pulumi.securityir.core.resource.MembershipResource.CANCEL_ON_DELETE;
import static com.pulumi.securityir.core.resource.MembershipResource.MEMBERSHIP_STATUS;
import static com.pulumi.securityir.core.resource.MembershipResource.TAGS;

import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.gateway.MembershipUpdate;
import com.pulumi.securityir.core.gateway.OptInFeature;
import com.pulumi.securityir.core.gateway.TagChange;
import com.pulumi.securityir.core.resource.MembershipResource;
import com.pulumi.securityir.provider.resource.DiffResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What brings a live membership to the declared one, in the order Update makes the calls: the
 * UpdateMembership calls (the first restores a cancelled membership and replaces the name, the
 * team, the opt-in features and the organization coverage, with the first five units to add and to
 * remove; each further call carries the next five of each, as the API model allows no more), then
 * TagResource and UntagResource. Computed from the live membership, not from the inputs recorded
 * before, so after a stop part-way the next run finds only what is left. A pure function of its
 * arguments.
 *
 * @param updates the UpdateMembership calls, in order; empty when nothing but tags changes
 * @param cancelOnDelete whether the declared cancelOnDelete differs from the recorded one
 */
record MembershipChanges(List<MembershipUpdate> updates, TagChange tags, boolean cancelOnDelete) {

  MembershipChanges {
    updates = List.copyOf(updates);
    Objects.requireNonNull(tags, "tags");
  }

  /**
   * @param recordedCancelOnDelete the cancelOnDelete of the recorded state (not a member of the
   *     membership)
   */
  static MembershipChanges between(
      LiveMembership live, MembershipInputs declared, boolean recordedCancelOnDelete) {
    Optional<String> name = Optional.of(declared.name()).filter(n -> !n.equals(live.name()));
    Optional<List<IncidentResponder>> team =
        Optional.of(declared.team()).filter(t -> !t.equals(live.team()));
    Optional<List<OptInFeature>> features =
        declared.optInFeatures().filter(f -> !f.equals(live.optInFeatures()));
    Optional<Boolean> cover =
        declared.coverEntireOrganization().filter(c -> c != live.coverEntireOrganization());
    List<String> add = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    declared
        .organizationalUnits()
        .ifPresent(
            units -> {
              units.stream()
                  .distinct()
                  .filter(u -> !live.organizationalUnits().contains(u))
                  .forEach(add::add);
              live.organizationalUnits().stream()
                  .filter(u -> !units.contains(u))
                  .forEach(remove::add);
            });
    boolean undo = live.status() == MembershipStatus.CANCELLED;
    List<MembershipUpdate> updates = new ArrayList<>();
    int max = MembershipUpdate.MAX_UNITS_PER_CALL;
    MembershipUpdate first =
        new MembershipUpdate(name, team, features, cover, slice(add, 0), slice(remove, 0), undo);
    if (!first.isEmpty()) {
      updates.add(first);
    }
    for (int from = max; from < Math.max(add.size(), remove.size()); from += max) {
      updates.add(MembershipUpdate.units(slice(add, from), slice(remove, from)));
    }
    return new MembershipChanges(
        updates,
        TagChange.between(live.tags(), declared.tags()),
        declared.cancelOnDelete() != recordedCancelOnDelete);
  }

  /** Whether the membership is Cancelled and these changes restore it. */
  boolean restores() {
    return updates.stream().anyMatch(MembershipUpdate::undoCancellation);
  }

  /**
   * The changed properties, each an in-place update (no change of a membership replaces it: that
   * would cancel the subscription); a restored cancellation shows as {@code membershipStatus}.
   */
  DiffResult diff() {
    List<String> changed = new ArrayList<>();
    for (MembershipUpdate update : updates) {
      for (String member : update.changedMembers()) {
        changed.add(member.equals("undoMembershipCancellation") ? MEMBERSHIP_STATUS : member);
      }
    }
    if (!tags.isEmpty()) {
      changed.add(TAGS);
    }
    if (cancelOnDelete) {
      changed.add(CANCEL_ON_DELETE);
    }
    return DiffResult.updates(MembershipResource.DESCRIPTOR, changed);
  }

  /** The membership once every change has landed, as far as it is known without reading it. */
  LiveMembership appliedTo(LiveMembership live) {
    LiveMembership reached = live;
    for (MembershipUpdate update : updates) {
      reached = update.applyTo(reached);
    }
    return reached.withTags(tags.applyTo(reached.tags()));
  }

  private static List<String> slice(List<String> units, int from) {
    return from >= units.size()
        ? List.of()
        : units.subList(from, Math.min(units.size(), from + MembershipUpdate.MAX_UNITS_PER_CALL));
  }
}
