package com.pulumi.securityir.core.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The members of a case that CreateCase sets and UpdateCase changes. As declared, an empty optional
 * list means "not managed" (left as the service has it); as read, every list is present. Title,
 * description, watchers and threat actor addresses are sensitive in the API model, so {@link
 * #toString()} shows none of them.
 *
 * @param engagementType the API's spelling: {@code Security Incident} or {@code Investigation}
 * @param impactedAwsRegions region names, e.g. {@code us-east-1}
 */
public record CaseFields(
    String title,
    String description,
    String engagementType,
    Instant reportedIncidentStartDate,
    Optional<Instant> actualIncidentStartDate,
    List<String> impactedAccounts,
    List<Watcher> watchers,
    Optional<List<ThreatActorIp>> threatActorIpAddresses,
    Optional<List<String>> impactedServices,
    Optional<List<String>> impactedAwsRegions) {

  public CaseFields {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(engagementType, "engagementType");
    Objects.requireNonNull(reportedIncidentStartDate, "reportedIncidentStartDate");
    Objects.requireNonNull(actualIncidentStartDate, "actualIncidentStartDate");
    impactedAccounts = List.copyOf(impactedAccounts);
    watchers = List.copyOf(watchers);
    threatActorIpAddresses = threatActorIpAddresses.map(List::copyOf);
    impactedServices = impactedServices.map(List::copyOf);
    impactedAwsRegions = impactedAwsRegions.map(List::copyOf);
  }

  @Override
  public String toString() {
    return "CaseFields[engagementType="
        + engagementType
        + ", reportedIncidentStartDate="
        + reportedIncidentStartDate
        + ", impactedAccounts="
        + impactedAccounts.size()
        + ", watchers="
        + watchers.size()
        + ", sensitive members hidden]";
  }
}
