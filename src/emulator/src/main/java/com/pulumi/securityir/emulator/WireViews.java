package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.function.Function;

/**
 * The domain objects seen by their wire member names, for {@link WireWriter}. One view per type
 * serves every output that shows it: a case view renders GetCase, ListCasesItem and the outputs of
 * the case's changes. Asking a view for a member it does not know is a programming error.
 */
final class WireViews {

  private WireViews() {}

  /**
   * A case. It shows no {@code caseMetadata} until it has some (the model's list has at least one
   * entry) and no attachments (the emulator does not implement them).
   */
  static WireWriter.Members of(CaseRecord c) {
    return name ->
        switch (name) {
          case "caseId" -> c.caseId();
          case "caseArn" -> c.caseArn();
          case "title" -> c.title();
          case "description" -> c.description();
          case "caseStatus" -> c.status().wire();
          case "resolverType" -> c.resolverType().wire();
          case "engagementType" -> c.engagementType();
          case "reportedIncidentStartDate" -> c.reportedIncidentStartDate();
          case "actualIncidentStartDate" -> c.actualIncidentStartDate();
          case "createdDate" -> c.createdDate();
          case "lastUpdatedDate" -> c.lastUpdatedDate();
          case "closedDate" -> c.closedDate();
          case "closureCode" -> c.closureCode();
          case "pendingAction" -> c.pendingAction();
          case "impactedAccounts" -> c.impactedAccounts();
          case "watchers" -> c.watchers();
          case "threatActorIpAddresses" -> c.threatActorIpAddresses();
          case "impactedServices" -> c.impactedServices();
          case "impactedAwsRegions" -> c.impactedAwsRegions();
          case "caseMetadata" -> c.caseMetadata().isEmpty() ? null : c.caseMetadata();
          case "caseAttachments" -> List.of();
          case "tags" -> c.tags();
          default -> throw unknown("case", name);
        };
  }

  /** The case after a change, plus the comment id for CreateCaseComment. */
  static WireWriter.Members of(Outcome.Applied applied) {
    WireWriter.Members c = of(applied.next());
    return name -> name.equals("commentId") ? applied.commentId().orElseThrow() : c.get(name);
  }

  static WireWriter.Members of(CaseEdit e) {
    return name ->
        switch (name) {
          case "eventTimestamp" -> e.eventTimestampMillis();
          case "principal" -> e.principal();
          case "action" -> e.action();
          case "message" -> e.message();
          default -> throw unknown("case edit", name);
        };
  }

  /** A comment; comments cannot be edited here, so whoever wrote one last updated it. */
  static WireWriter.Members of(StoredComment m) {
    return name ->
        switch (name) {
          case "commentId" -> m.commentId();
          case "createdDate" -> m.createdDate();
          case "lastUpdatedDate" -> m.lastUpdatedDate();
          case "creator", "lastUpdatedBy" -> m.creator();
          case "body" -> m.body();
          default -> throw unknown("comment", name);
        };
  }

  static <T> WireWriter.Members of(Page<T> page, Function<T, WireWriter.Members> item) {
    return name ->
        switch (name) {
          case "nextToken" -> page.nextToken();
          case "items" -> page.items().stream().map(item).toList();
          case "total" -> page.total();
          default -> throw unknown("page", name);
        };
  }

  private static IllegalArgumentException unknown(String view, String member) {
    return new IllegalArgumentException("The " + view + " view has no member " + member);
  }
}
