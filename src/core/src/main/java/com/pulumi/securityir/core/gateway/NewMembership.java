package com.pulumi.securityir.core.gateway;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What CreateMembership sends. Organizational units are not a CreateMembership member: they are
 * added afterwards with UpdateMembership. {@link #toString()} shows no sensitive member.
 *
 * @param optInFeatures empty to send none
 */
public record NewMembership(
    String name,
    List<IncidentResponder> team,
    List<OptInFeature> optInFeatures,
    boolean coverEntireOrganization,
    Map<String, String> tags) {
  public NewMembership {
    Objects.requireNonNull(name, "name");
    team = List.copyOf(team);
    optInFeatures = List.copyOf(optInFeatures);
    tags = Map.copyOf(tags);
  }

  @Override
  public String toString() {
    return "NewMembership[team of "
        + team.size()
        + ", features "
        + optInFeatures
        + ", coverEntireOrganization="
        + coverEntireOrganization
        + ", tags "
        + tags.keySet()
        + "]";
  }
}
