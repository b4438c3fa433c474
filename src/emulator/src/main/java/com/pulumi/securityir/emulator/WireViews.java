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

  /**
   * The case after a change, plus for CreateCaseComment and UpdateCaseComment the comment's id and,
   * as UpdateCaseComment answers it, its body.
   */
  static WireWriter.Members of(Outcome.Applied applied) {
    WireWriter.Members c = of(applied.next());
    return name ->
        switch (name) {
          case "commentId" -> applied.commentId().orElseThrow();
          case "body" ->
              applied.next().comments().stream()
                  .filter(m -> m.commentId().equals(applied.commentId().orElseThrow()))
                  .findFirst()
                  .orElseThrow()
                  .body();
          default -> c.get(name);
        };
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

  /** A comment. */
  static WireWriter.Members of(StoredComment m) {
    return name ->
        switch (name) {
          case "commentId" -> m.commentId();
          case "createdDate" -> m.createdDate();
          case "lastUpdatedDate" -> m.lastUpdatedDate();
          case "creator" -> m.creator();
          case "lastUpdatedBy" -> m.lastUpdatedBy();
          case "body" -> m.body();
          default -> throw unknown("comment", name);
        };
  }

  /**
   * A membership: GetMembership, ListMembershipItem and the outputs of its changes. The emulated
   * organization has no accounts but the emulated one, so a membership covers one account. It shows
   * no {@code optInFeatures} until some were given (the model's list has at least one entry).
   */
  static WireWriter.Members of(MembershipRecord m) {
    MembershipConfig config = m.config();
    return name ->
        switch (name) {
          case "membershipId" -> m.membershipId();
          case "accountId" -> EmulatorDefaults.ACCOUNT_ID;
          case "region" -> m.region();
          case "membershipName" -> config.membershipName();
          case "membershipArn" -> m.membershipArn();
          case "membershipStatus" -> m.status().wire();
          case "membershipActivationTimestamp" -> m.activatedAt();
          case "membershipDeactivationTimestamp" -> m.deactivatedAt();
          case "customerType" -> config.customerType();
          case "numberOfAccountsCovered" -> 1L;
          case "incidentResponseTeam" ->
              config.incidentResponseTeam().stream().map(WireViews::of).toList();
          case "optInFeatures" ->
              config.optInFeatures().isEmpty()
                  ? null
                  : config.optInFeatures().stream().map(WireViews::of).toList();
          case "membershipAccountsConfigurations" ->
              (WireWriter.Members)
                  member ->
                      switch (member) {
                        case "coverEntireOrganization" -> config.coverEntireOrganization();
                        case "organizationalUnits" -> config.organizationalUnits();
                        default -> throw unknown("membership accounts configuration", member);
                      };
          case "tags" -> m.tags();
          default -> throw unknown("membership", name);
        };
  }

  /** A responder; no {@code communicationPreferences} when there are none. */
  static WireWriter.Members of(IncidentResponder r) {
    return name ->
        switch (name) {
          case "name" -> r.name();
          case "jobTitle" -> r.jobTitle();
          case "email" -> r.email();
          case "communicationPreferences" ->
              r.communicationPreferences().isEmpty() ? null : r.communicationPreferences();
          default -> throw unknown("incident responder", name);
        };
  }

  static WireWriter.Members of(OptInFeature f) {
    return name ->
        switch (name) {
          case "featureName" -> f.featureName();
          case "isEnabled" -> f.isEnabled();
          default -> throw unknown("opt-in feature", name);
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
