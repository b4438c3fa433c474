package com.pulumi.securityir.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case as the emulator stores it. Immutable, so the store can hand out snapshots that are read
 * and rendered outside its lock; every change makes a new record. Flat, because this is also the
 * layout of a case in the state file, unchanged since its first version, so older state files still
 * load. Timestamps are epoch milliseconds, {@code null} when absent; collections are unmodifiable
 * and never null. Title, description, watchers and comments are sensitive and kept out of {@link
 * #toString()}.
 */
record CaseRecord(
    String caseId,
    String caseArn,
    String title,
    String description,
    CaseState status,
    Resolver resolverType,
    String engagementType,
    Long reportedIncidentStartDate,
    Long actualIncidentStartDate,
    long createdDate,
    long lastUpdatedDate,
    Long closedDate,
    String closureCode,
    String pendingAction,
    List<String> impactedAccounts,
    List<Map<String, String>> watchers,
    List<Map<String, String>> threatActorIpAddresses,
    List<String> impactedServices,
    List<Map<String, String>> impactedAwsRegions,
    List<Map<String, String>> caseMetadata,
    Map<String, String> tags,
    List<StoredComment> comments,
    Map<String, String> commentTokens,
    List<CaseEdit> edits) {

  CaseRecord {
    impactedAccounts = Copies.list(impactedAccounts);
    watchers = Copies.entries(watchers);
    threatActorIpAddresses = Copies.entries(threatActorIpAddresses);
    impactedServices = Copies.list(impactedServices);
    impactedAwsRegions = Copies.entries(impactedAwsRegions);
    caseMetadata = Copies.entries(caseMetadata);
    tags = Copies.map(tags);
    comments = Copies.list(comments);
    commentTokens = Copies.map(commentTokens);
    edits = Copies.list(edits);
  }

  /**
   * A case as it comes into being, created or seeded, with {@code first} as its only edit.
   *
   * @param closedDate when a case is seeded Closed, its creation time; else {@code null}
   */
  static CaseRecord first(
      String caseId,
      String caseArn,
      CaseDetails details,
      CaseState status,
      Resolver resolverType,
      Map<String, String> tags,
      Long closedDate,
      CaseEdit first) {
    long at = first.eventTimestampMillis();
    return new CaseRecord(
        caseId,
        caseArn,
        details.title(),
        details.description(),
        status,
        resolverType,
        details.engagementType(),
        details.reportedIncidentStartDate(),
        details.actualIncidentStartDate(),
        at,
        at,
        closedDate,
        null,
        "None",
        details.impactedAccounts(),
        details.watchers(),
        details.threatActorIpAddresses(),
        details.impactedServices(),
        details.impactedAwsRegions(),
        details.caseMetadata(),
        tags,
        List.of(),
        Map.of(),
        List.of(first));
  }

  /** The members UpdateCase edits. */
  CaseDetails details() {
    return new CaseDetails(
        title,
        description,
        engagementType,
        reportedIncidentStartDate,
        actualIncidentStartDate,
        impactedAccounts,
        watchers,
        threatActorIpAddresses,
        impactedServices,
        impactedAwsRegions,
        caseMetadata);
  }

  /** This case in {@code newStatus}, updated and audited by {@code edit}. */
  CaseRecord withStatus(CaseState newStatus, Long newClosedDate, CaseEdit edit) {
    return new CaseRecord(
        caseId,
        caseArn,
        title,
        description,
        newStatus,
        resolverType,
        engagementType,
        reportedIncidentStartDate,
        actualIncidentStartDate,
        createdDate,
        edit.eventTimestampMillis(),
        newClosedDate,
        closureCode,
        pendingAction,
        impactedAccounts,
        watchers,
        threatActorIpAddresses,
        impactedServices,
        impactedAwsRegions,
        caseMetadata,
        tags,
        comments,
        commentTokens,
        Copies.append(edits, edit));
  }

  /** This case worked by {@code newResolver}, updated and audited by {@code edit}. */
  CaseRecord withResolver(Resolver newResolver, CaseEdit edit) {
    return new CaseRecord(
        caseId,
        caseArn,
        title,
        description,
        status,
        newResolver,
        engagementType,
        reportedIncidentStartDate,
        actualIncidentStartDate,
        createdDate,
        edit.eventTimestampMillis(),
        closedDate,
        closureCode,
        pendingAction,
        impactedAccounts,
        watchers,
        threatActorIpAddresses,
        impactedServices,
        impactedAwsRegions,
        caseMetadata,
        tags,
        comments,
        commentTokens,
        Copies.append(edits, edit));
  }

  /** This case with new descriptive members, updated and audited by {@code edit}. */
  CaseRecord withDetails(CaseDetails d, CaseEdit edit) {
    return new CaseRecord(
        caseId,
        caseArn,
        d.title(),
        d.description(),
        status,
        resolverType,
        d.engagementType(),
        d.reportedIncidentStartDate(),
        d.actualIncidentStartDate(),
        createdDate,
        edit.eventTimestampMillis(),
        closedDate,
        closureCode,
        pendingAction,
        d.impactedAccounts(),
        d.watchers(),
        d.threatActorIpAddresses(),
        d.impactedServices(),
        d.impactedAwsRegions(),
        d.caseMetadata(),
        tags,
        comments,
        commentTokens,
        Copies.append(edits, edit));
  }

  /**
   * This case with one more comment, remembered under {@code clientToken} unless it is {@code
   * null}. Comments update the case but are not case edits.
   */
  CaseRecord withComment(StoredComment comment, String clientToken) {
    Map<String, String> tokens = new LinkedHashMap<>(commentTokens);
    if (clientToken != null) {
      tokens.put(clientToken, comment.commentId());
    }
    return new CaseRecord(
        caseId,
        caseArn,
        title,
        description,
        status,
        resolverType,
        engagementType,
        reportedIncidentStartDate,
        actualIncidentStartDate,
        createdDate,
        comment.createdDate(),
        closedDate,
        closureCode,
        pendingAction,
        impactedAccounts,
        watchers,
        threatActorIpAddresses,
        impactedServices,
        impactedAwsRegions,
        caseMetadata,
        tags,
        Copies.append(comments, comment),
        tokens,
        edits);
  }

  /** This case with {@code newTags}; tags are resource metadata and do not update the case. */
  CaseRecord withTags(Map<String, String> newTags) {
    return new CaseRecord(
        caseId,
        caseArn,
        title,
        description,
        status,
        resolverType,
        engagementType,
        reportedIncidentStartDate,
        actualIncidentStartDate,
        createdDate,
        lastUpdatedDate,
        closedDate,
        closureCode,
        pendingAction,
        impactedAccounts,
        watchers,
        threatActorIpAddresses,
        impactedServices,
        impactedAwsRegions,
        caseMetadata,
        newTags,
        comments,
        commentTokens,
        edits);
  }

  @Override
  public String toString() {
    return "CaseRecord[caseId="
        + caseId
        + ", status="
        + (status == null ? null : status.wire())
        + ", resolverType="
        + (resolverType == null ? null : resolverType.wire())
        + "]";
  }
}
