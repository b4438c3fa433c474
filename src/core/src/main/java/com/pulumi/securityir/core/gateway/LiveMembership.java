package com.pulumi.securityir.core.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A membership as GetMembership and ListTagsForResource report it. {@link #toString()} shows no
 * sensitive member (the name and the team). Immutable.
 *
 * @param optInFeatures as reported; empty when none were ever given
 * @param organizationalUnits the units covered, in the service's order
 * @param customerType {@code Standalone} or {@code Organization}, when reported
 */
public record LiveMembership(
    MembershipId id,
    String arn,
    String accountId,
    String region,
    String name,
    List<IncidentResponder> team,
    List<OptInFeature> optInFeatures,
    boolean coverEntireOrganization,
    List<String> organizationalUnits,
    MembershipStatus status,
    Optional<String> customerType,
    Optional<Long> numberOfAccountsCovered,
    Optional<Instant> activated,
    Optional<Instant> deactivated,
    Map<String, String> tags) {

  public LiveMembership {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(name, "name");
    team = List.copyOf(team);
    optInFeatures = List.copyOf(optInFeatures);
    organizationalUnits = List.copyOf(organizationalUnits);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(customerType, "customerType");
    Objects.requireNonNull(numberOfAccountsCovered, "numberOfAccountsCovered");
    Objects.requireNonNull(activated, "activated");
    Objects.requireNonNull(deactivated, "deactivated");
    tags = Map.copyOf(tags);
  }

  /** The same membership with these tags. */
  public LiveMembership withTags(Map<String, String> newTags) {
    return new LiveMembership(
        id,
        arn,
        accountId,
        region,
        name,
        team,
        optInFeatures,
        coverEntireOrganization,
        organizationalUnits,
        status,
        customerType,
        numberOfAccountsCovered,
        activated,
        deactivated,
        newTags);
  }

  @Override
  public String toString() {
    return "LiveMembership[" + id + ", " + status + ", team of " + team.size() + "]";
  }
}
