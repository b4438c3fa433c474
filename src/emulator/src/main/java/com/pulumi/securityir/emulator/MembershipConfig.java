package com.pulumi.securityir.emulator;

import java.util.List;

/**
 * What a membership's owner configures: CreateMembership sets it (without organizational units,
 * which CreateMembership cannot name) and UpdateMembership changes it. The name and the team are
 * sensitive and kept out of {@link #toString()}.
 *
 * @param optInFeatures as last given; empty when never given (then answers leave it out, since the
 *     model's list has at least one entry)
 * @param organizationalUnits in the order they were added, each once
 */
record MembershipConfig(
    String membershipName,
    List<IncidentResponder> incidentResponseTeam,
    List<OptInFeature> optInFeatures,
    boolean coverEntireOrganization,
    List<String> organizationalUnits) {

  MembershipConfig {
    incidentResponseTeam = Copies.list(incidentResponseTeam);
    optInFeatures = Copies.list(optInFeatures);
    organizationalUnits = Copies.list(organizationalUnits);
  }

  /**
   * {@code Organization} when the membership covers the organization or some of its units, else
   * {@code Standalone}.
   */
  String customerType() {
    return coverEntireOrganization || !organizationalUnits.isEmpty()
        ? "Organization"
        : "Standalone";
  }

  @Override
  public String toString() {
    return "MembershipConfig[membershipName=<sensitive>, incidentResponseTeam=<"
        + incidentResponseTeam.size()
        + " sensitive>, optInFeatures="
        + optInFeatures
        + ", coverEntireOrganization="
        + coverEntireOrganization
        + ", organizationalUnits="
        + organizationalUnits
        + "]";
  }
}
