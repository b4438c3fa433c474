package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.Map;

/**
 * The descriptive members of a case that CreateCase sets and UpdateCase edits. Timestamps are epoch
 * milliseconds or {@code null} when absent; lists are unmodifiable and never null; list items that
 * are structures (watchers, threat actor addresses, regions, metadata) are maps of their string
 * members. Title, description and watchers are sensitive and kept out of {@link #toString()}.
 */
record CaseDetails(
    String title,
    String description,
    String engagementType,
    Long reportedIncidentStartDate,
    Long actualIncidentStartDate,
    List<String> impactedAccounts,
    List<Map<String, String>> watchers,
    List<Map<String, String>> threatActorIpAddresses,
    List<String> impactedServices,
    List<Map<String, String>> impactedAwsRegions,
    List<Map<String, String>> caseMetadata) {

  CaseDetails {
    impactedAccounts = Copies.list(impactedAccounts);
    watchers = Copies.entries(watchers);
    threatActorIpAddresses = Copies.entries(threatActorIpAddresses);
    impactedServices = Copies.list(impactedServices);
    impactedAwsRegions = Copies.entries(impactedAwsRegions);
    caseMetadata = Copies.entries(caseMetadata);
  }

  @Override
  public String toString() {
    return "CaseDetails[title=<sensitive>, engagementType=" + engagementType + "]";
  }
}
