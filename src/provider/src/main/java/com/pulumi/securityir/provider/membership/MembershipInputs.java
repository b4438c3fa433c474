package com.pulumi.securityir.provider.membership;

import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.OptInFeature;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The declared inputs of one {@code securityir:index:Membership}, known and valid. An optional
 * member left out is not managed: the live membership keeps what it has. {@link #toString()} shows
 * no sensitive member.
 *
 * @param cancelOnDelete whether Delete cancels the subscription (false unless declared true)
 * @param clientToken the create's idempotency key from Check, when recorded
 */
public record MembershipInputs(
    String name,
    List<IncidentResponder> team,
    Optional<List<OptInFeature>> optInFeatures,
    Optional<Boolean> coverEntireOrganization,
    Optional<List<String>> organizationalUnits,
    Optional<Map<String, String>> tags,
    boolean cancelOnDelete,
    Optional<String> clientToken) {

  public MembershipInputs {
    Objects.requireNonNull(name, "name");
    team = List.copyOf(team);
    optInFeatures = optInFeatures.map(List::copyOf);
    Objects.requireNonNull(coverEntireOrganization, "coverEntireOrganization");
    organizationalUnits = organizationalUnits.map(List::copyOf);
    tags = tags.map(Map::copyOf);
    Objects.requireNonNull(clientToken, "clientToken");
  }

  @Override
  public String toString() {
    return "MembershipInputs[team of "
        + team.size()
        + ", optInFeatures="
        + optInFeatures
        + ", coverEntireOrganization="
        + coverEntireOrganization
        + ", organizationalUnits="
        + organizationalUnits
        + ", tags="
        + tags.map(Map::keySet)
        + ", cancelOnDelete="
        + cancelOnDelete
        + "]";
  }
}
