package com.pulumi.securityir.core.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One UpdateCase request: the members to set (empty = unchanged) and the list items to add and
 * delete. {@link #between} computes the least request that turns a live case into a declared one,
 * so a request built again after it landed is empty. Immutable; {@link #toString()} names only the
 * members changed.
 */
public record CaseUpdate(
    Optional<String> title,
    Optional<String> description,
    Optional<String> engagementType,
    Optional<Instant> reportedIncidentStartDate,
    Optional<Instant> actualIncidentStartDate,
    ListChange<String> impactedAccounts,
    ListChange<Watcher> watchers,
    ListChange<ThreatActorIp> threatActorIpAddresses,
    ListChange<String> impactedServices,
    ListChange<String> impactedAwsRegions) {

  public CaseUpdate {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(engagementType, "engagementType");
    Objects.requireNonNull(reportedIncidentStartDate, "reportedIncidentStartDate");
    Objects.requireNonNull(actualIncidentStartDate, "actualIncidentStartDate");
    Objects.requireNonNull(impactedAccounts, "impactedAccounts");
    Objects.requireNonNull(watchers, "watchers");
    Objects.requireNonNull(threatActorIpAddresses, "threatActorIpAddresses");
    Objects.requireNonNull(impactedServices, "impactedServices");
    Objects.requireNonNull(impactedAwsRegions, "impactedAwsRegions");
  }

  /**
   * What turns {@code live} into {@code declared}: each member that differs, each list's items to
   * add and delete (lists {@code declared} leaves empty are not managed). An actual start date
   * declared and not live is set; one live and not declared is left (UpdateCase cannot clear it).
   */
  public static CaseUpdate between(CaseFields live, CaseFields declared) {
    return new CaseUpdate(
        differing(live.title(), declared.title()),
        differing(live.description(), declared.description()),
        differing(live.engagementType(), declared.engagementType()),
        differing(live.reportedIncidentStartDate(), declared.reportedIncidentStartDate()),
        declared
            .actualIncidentStartDate()
            .filter(d -> !live.actualIncidentStartDate().equals(Optional.of(d))),
        ListChange.between(live.impactedAccounts(), Optional.of(declared.impactedAccounts())),
        ListChange.between(live.watchers(), Optional.of(declared.watchers())),
        ListChange.between(
            live.threatActorIpAddresses().orElse(List.of()), declared.threatActorIpAddresses()),
        ListChange.between(live.impactedServices().orElse(List.of()), declared.impactedServices()),
        ListChange.between(
            live.impactedAwsRegions().orElse(List.of()), declared.impactedAwsRegions()));
  }

  /** Whether the request changes nothing, so it need not be sent. */
  public boolean isEmpty() {
    return changedMembers().isEmpty();
  }

  /**
   * The input names this request changes, in the order of the API's members ({@code title}, ...,
   * {@code impactedAwsRegions}).
   */
  public List<String> changedMembers() {
    List<String> changed = new ArrayList<>();
    title.ifPresent(v -> changed.add("title"));
    description.ifPresent(v -> changed.add("description"));
    engagementType.ifPresent(v -> changed.add("engagementType"));
    reportedIncidentStartDate.ifPresent(v -> changed.add("reportedIncidentStartDate"));
    actualIncidentStartDate.ifPresent(v -> changed.add("actualIncidentStartDate"));
    if (!impactedAccounts.isEmpty()) {
      changed.add("impactedAccounts");
    }
    if (!watchers.isEmpty()) {
      changed.add("watchers");
    }
    if (!threatActorIpAddresses.isEmpty()) {
      changed.add("threatActorIpAddresses");
    }
    if (!impactedServices.isEmpty()) {
      changed.add("impactedServices");
    }
    if (!impactedAwsRegions.isEmpty()) {
      changed.add("impactedAwsRegions");
    }
    return changed;
  }

  /** The fields of {@code live} once this request has landed, as the service applies it. */
  public CaseFields applyTo(CaseFields live) {
    return new CaseFields(
        title.orElse(live.title()),
        description.orElse(live.description()),
        engagementType.orElse(live.engagementType()),
        reportedIncidentStartDate.orElse(live.reportedIncidentStartDate()),
        actualIncidentStartDate.or(live::actualIncidentStartDate),
        impactedAccounts.applyTo(live.impactedAccounts()),
        watchers.applyTo(live.watchers()),
        Optional.of(
            threatActorIpAddresses.applyTo(live.threatActorIpAddresses().orElse(List.of()))),
        Optional.of(impactedServices.applyTo(live.impactedServices().orElse(List.of()))),
        Optional.of(impactedAwsRegions.applyTo(live.impactedAwsRegions().orElse(List.of()))));
  }

  private static <T> Optional<T> differing(T live, T declared) {
    return live.equals(declared) ? Optional.empty() : Optional.of(declared);
  }

  @Override
  public String toString() {
    return "CaseUpdate" + changedMembers();
  }
}
