package com.pulumi.securityir.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one UpdateMembership asks for: each present member replaces the configured one (the team and
 * the opt-in features as whole lists), organizational units are added and removed as a set, and
 * {@code undoCancellation} restores a cancelled membership. Sensitive members are kept out of
 * {@link #toString()}.
 */
record MembershipPatch(
    Optional<String> membershipName,
    Optional<List<IncidentResponder>> incidentResponseTeam,
    Optional<List<OptInFeature>> optInFeatures,
    Optional<Boolean> coverEntireOrganization,
    List<String> organizationalUnitsToAdd,
    List<String> organizationalUnitsToRemove,
    boolean undoCancellation) {

  MembershipPatch {
    organizationalUnitsToAdd = Copies.list(organizationalUnitsToAdd);
    organizationalUnitsToRemove = Copies.list(organizationalUnitsToRemove);
  }

  /** Whether the patch changes the configuration (and not only, or not at all, the status). */
  boolean changesConfig() {
    return membershipName.isPresent()
        || incidentResponseTeam.isPresent()
        || optInFeatures.isPresent()
        || coverEntireOrganization.isPresent()
        || !organizationalUnitsToAdd.isEmpty()
        || !organizationalUnitsToRemove.isEmpty();
  }

  /**
   * {@code config} with this patch applied. Adding a unit already covered or removing one that is
   * not changes nothing, so a replayed patch leaves the configuration as the first one made it.
   */
  MembershipConfig applyTo(MembershipConfig config) {
    List<String> units = new ArrayList<>(config.organizationalUnits());
    units.removeAll(organizationalUnitsToRemove);
    for (String unit : organizationalUnitsToAdd) {
      if (!units.contains(unit)) {
        units.add(unit);
      }
    }
    return new MembershipConfig(
        membershipName.orElse(config.membershipName()),
        incidentResponseTeam.orElse(config.incidentResponseTeam()),
        optInFeatures.orElse(config.optInFeatures()),
        coverEntireOrganization.orElse(config.coverEntireOrganization()),
        units);
  }

  @Override
  public String toString() {
    return "MembershipPatch[membershipName="
        + membershipName.map(n -> "<sensitive>").orElse("unchanged")
        + ", incidentResponseTeam="
        + incidentResponseTeam.map(t -> "<" + t.size() + " sensitive>").orElse("unchanged")
        + ", optInFeatures="
        + optInFeatures
        + ", coverEntireOrganization="
        + coverEntireOrganization
        + ", organizationalUnitsToAdd="
        + organizationalUnitsToAdd
        + ", organizationalUnitsToRemove="
        + organizationalUnitsToRemove
        + ", undoCancellation="
        + undoCancellation
        + "]";
  }
}
