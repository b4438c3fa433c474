package com.pulumi.securityir.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one UpdateCase request changes: members to replace (empty = leave as is) and list members to
 * add to and delete from. Values may be sensitive, so {@link #toString()} names only the members.
 *
 * @param givenMembers the request's member names in request order, for the audit message
 */
record DetailsPatch(
    List<String> givenMembers,
    Optional<String> title,
    Optional<String> description,
    Optional<String> engagementType,
    Optional<Long> reportedIncidentStartDate,
    Optional<Long> actualIncidentStartDate,
    Optional<List<Map<String, String>>> caseMetadata,
    ListEdit<Map<String, String>> watchers,
    ListEdit<Map<String, String>> threatActorIpAddresses,
    ListEdit<String> impactedServices,
    ListEdit<Map<String, String>> impactedAwsRegions,
    ListEdit<String> impactedAccounts) {

  DetailsPatch {
    givenMembers = List.copyOf(givenMembers);
  }

  /**
   * Items to add to a list member ({@code <name>ToAdd}; one already present is not added twice) and
   * items to delete from it ({@code <name>ToDelete}; every occurrence goes).
   */
  record ListEdit<T>(List<T> add, List<T> delete) {
    ListEdit {
      add = List.copyOf(add);
      delete = List.copyOf(delete);
    }

    List<T> applyTo(List<T> current) {
      List<T> out = new ArrayList<>(current);
      for (T item : add) {
        if (!out.contains(item)) {
          out.add(item);
        }
      }
      out.removeAll(delete);
      return List.copyOf(out);
    }
  }

  /** The details after this patch. */
  CaseDetails applyTo(CaseDetails d) {
    return new CaseDetails(
        title.orElse(d.title()),
        description.orElse(d.description()),
        engagementType.orElse(d.engagementType()),
        reportedIncidentStartDate.orElse(d.reportedIncidentStartDate()),
        actualIncidentStartDate.orElse(d.actualIncidentStartDate()),
        impactedAccounts.applyTo(d.impactedAccounts()),
        watchers.applyTo(d.watchers()),
        threatActorIpAddresses.applyTo(d.threatActorIpAddresses()),
        impactedServices.applyTo(d.impactedServices()),
        impactedAwsRegions.applyTo(d.impactedAwsRegions()),
        caseMetadata.orElse(d.caseMetadata()));
  }

  @Override
  public String toString() {
    return "DetailsPatch[givenMembers=" + givenMembers + "]";
  }
}
