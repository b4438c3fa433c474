package com.pulumi.securityir.core.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One UpdateMembership call: the members it replaces (the name, the whole team, the whole list of
 * opt-in features, whether the entire organization is covered), the organizational units it adds
 * and removes (at most {@link #MAX_UNITS_PER_CALL} each, as the API model bounds them), and whether
 * it restores a cancelled membership. Immutable; {@link #toString()} shows no sensitive member.
 */
public record MembershipUpdate(
    Optional<String> name,
    Optional<List<IncidentResponder>> team,
    Optional<List<OptInFeature>> optInFeatures,
    Optional<Boolean> coverEntireOrganization,
    List<String> unitsToAdd,
    List<String> unitsToRemove,
    boolean undoCancellation) {

  /** The model's bound on organizationalUnitsToAdd and organizationalUnitsToRemove. */
  public static final int MAX_UNITS_PER_CALL = 5;

  public MembershipUpdate {
    Objects.requireNonNull(name, "name");
    team = team.map(List::copyOf);
    optInFeatures = optInFeatures.map(List::copyOf);
    Objects.requireNonNull(coverEntireOrganization, "coverEntireOrganization");
    unitsToAdd = List.copyOf(unitsToAdd);
    unitsToRemove = List.copyOf(unitsToRemove);
    if (unitsToAdd.size() > MAX_UNITS_PER_CALL || unitsToRemove.size() > MAX_UNITS_PER_CALL) {
      throw new IllegalArgumentException(
          "at most " + MAX_UNITS_PER_CALL + " units to add and to remove per call");
    }
  }

  /** An update of organizational units only. */
  public static MembershipUpdate units(List<String> add, List<String> remove) {
    return new MembershipUpdate(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), add, remove, false);
  }

  public boolean isEmpty() {
    return changedMembers().isEmpty();
  }

  /** The input names this call changes, in the order of the resource's inputs. */
  public List<String> changedMembers() {
    List<String> changed = new ArrayList<>();
    if (undoCancellation) {
      changed.add("undoMembershipCancellation");
    }
    name.ifPresent(n -> changed.add("membershipName"));
    team.ifPresent(t -> changed.add("incidentResponseTeam"));
    optInFeatures.ifPresent(f -> changed.add("optInFeatures"));
    coverEntireOrganization.ifPresent(c -> changed.add("coverEntireOrganization"));
    if (!unitsToAdd.isEmpty() || !unitsToRemove.isEmpty()) {
      changed.add("organizationalUnits");
    }
    return changed;
  }

  /** {@code live} with this call's changes made, as the service makes them. */
  public LiveMembership applyTo(LiveMembership live) {
    List<String> units = new ArrayList<>(live.organizationalUnits());
    units.removeAll(unitsToRemove);
    unitsToAdd.stream().filter(u -> !units.contains(u)).forEach(units::add);
    return new LiveMembership(
        live.id(),
        live.arn(),
        live.accountId(),
        live.region(),
        name.orElse(live.name()),
        team.orElse(live.team()),
        optInFeatures.orElse(live.optInFeatures()),
        coverEntireOrganization.orElse(live.coverEntireOrganization()),
        units,
        undoCancellation ? MembershipStatus.ACTIVE : live.status(),
        live.customerType(),
        live.numberOfAccountsCovered(),
        live.activated(),
        undoCancellation ? Optional.empty() : live.deactivated(),
        live.tags());
  }

  @Override
  public String toString() {
    return "MembershipUpdate" + changedMembers();
  }
}
