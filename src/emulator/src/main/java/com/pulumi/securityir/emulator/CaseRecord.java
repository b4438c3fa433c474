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
    Draft d = new Draft(this).audited(edit);
    d.status = newStatus;
    d.closedDate = newClosedDate;
    return d.build();
  }

  /** This case worked by {@code newResolver}, updated and audited by {@code edit}. */
  CaseRecord withResolver(Resolver newResolver, CaseEdit edit) {
    Draft d = new Draft(this).audited(edit);
    d.resolverType = newResolver;
    return d.build();
  }

  /** This case with new descriptive members, updated and audited by {@code edit}. */
  CaseRecord withDetails(CaseDetails details, CaseEdit edit) {
    Draft d = new Draft(this).audited(edit);
    d.title = details.title();
    d.description = details.description();
    d.engagementType = details.engagementType();
    d.reportedIncidentStartDate = details.reportedIncidentStartDate();
    d.actualIncidentStartDate = details.actualIncidentStartDate();
    d.impactedAccounts = details.impactedAccounts();
    d.watchers = details.watchers();
    d.threatActorIpAddresses = details.threatActorIpAddresses();
    d.impactedServices = details.impactedServices();
    d.impactedAwsRegions = details.impactedAwsRegions();
    d.caseMetadata = details.caseMetadata();
    return d.build();
  }

  /**
   * This case with one more comment, remembered under {@code clientToken} unless it is {@code
   * null}. Comments update the case but are not case edits.
   */
  CaseRecord withComment(StoredComment comment, String clientToken) {
    Draft d = new Draft(this);
    d.lastUpdatedDate = comment.createdDate();
    d.comments = Copies.append(comments, comment);
    if (clientToken != null) {
      Map<String, String> tokens = new LinkedHashMap<>(commentTokens);
      tokens.put(clientToken, comment.commentId());
      d.commentTokens = tokens;
    }
    return d.build();
  }

  /**
   * This case with {@code edited} in place of the comment of the same id; like adding one, editing
   * a comment updates the case but is not a case edit.
   */
  CaseRecord withCommentEdited(StoredComment edited) {
    Draft d = new Draft(this);
    d.lastUpdatedDate = edited.lastUpdatedDate();
    d.comments =
        comments.stream().map(c -> c.commentId().equals(edited.commentId()) ? edited : c).toList();
    return d.build();
  }

  /** This case with {@code newTags}; tags are resource metadata and do not update the case. */
  CaseRecord withTags(Map<String, String> newTags) {
    Draft d = new Draft(this);
    d.tags = newTags;
    return d.build();
  }

  /**
   * The components of the next state while one of the methods above assembles it; it never escapes
   * them, and {@link #build()} copies it into an immutable record.
   */
  private static final class Draft {
    private String caseId;
    private String caseArn;
    private String title;
    private String description;
    private CaseState status;
    private Resolver resolverType;
    private String engagementType;
    private Long reportedIncidentStartDate;
    private Long actualIncidentStartDate;
    private long createdDate;
    private long lastUpdatedDate;
    private Long closedDate;
    private String closureCode;
    private String pendingAction;
    private List<String> impactedAccounts;
    private List<Map<String, String>> watchers;
    private List<Map<String, String>> threatActorIpAddresses;
    private List<String> impactedServices;
    private List<Map<String, String>> impactedAwsRegions;
    private List<Map<String, String>> caseMetadata;
    private Map<String, String> tags;
    private List<StoredComment> comments;
    private Map<String, String> commentTokens;
    private List<CaseEdit> edits;

    Draft(CaseRecord r) {
      caseId = r.caseId;
      caseArn = r.caseArn;
      title = r.title;
      description = r.description;
      status = r.status;
      resolverType = r.resolverType;
      engagementType = r.engagementType;
      reportedIncidentStartDate = r.reportedIncidentStartDate;
      actualIncidentStartDate = r.actualIncidentStartDate;
      createdDate = r.createdDate;
      lastUpdatedDate = r.lastUpdatedDate;
      closedDate = r.closedDate;
      closureCode = r.closureCode;
      pendingAction = r.pendingAction;
      impactedAccounts = r.impactedAccounts;
      watchers = r.watchers;
      threatActorIpAddresses = r.threatActorIpAddresses;
      impactedServices = r.impactedServices;
      impactedAwsRegions = r.impactedAwsRegions;
      caseMetadata = r.caseMetadata;
      tags = r.tags;
      comments = r.comments;
      commentTokens = r.commentTokens;
      edits = r.edits;
    }

    /** Updated at the edit's time, with the edit appended to the audit trail. */
    Draft audited(CaseEdit edit) {
      lastUpdatedDate = edit.eventTimestampMillis();
      edits = Copies.append(edits, edit);
      return this;
    }

    CaseRecord build() {
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
          tags,
          comments,
          commentTokens,
          edits);
    }
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
