package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.RequestSchemas.ACCOUNT_ID;
import static com.pulumi.securityir.emulator.RequestSchemas.AWS_REGION;
import static com.pulumi.securityir.emulator.RequestSchemas.BOOLEAN;
import static com.pulumi.securityir.emulator.RequestSchemas.CASE_ID;
import static com.pulumi.securityir.emulator.RequestSchemas.CASE_METADATA;
import static com.pulumi.securityir.emulator.RequestSchemas.COMMENT_BODY;
import static com.pulumi.securityir.emulator.RequestSchemas.COMMENT_ID;
import static com.pulumi.securityir.emulator.RequestSchemas.DESCRIPTION;
import static com.pulumi.securityir.emulator.RequestSchemas.ENGAGEMENT_TYPE;
import static com.pulumi.securityir.emulator.RequestSchemas.IMPACTED_ACCOUNTS;
import static com.pulumi.securityir.emulator.RequestSchemas.IMPACTED_REGIONS;
import static com.pulumi.securityir.emulator.RequestSchemas.IMPACTED_SERVICES;
import static com.pulumi.securityir.emulator.RequestSchemas.INCIDENT_RESPONSE_TEAM;
import static com.pulumi.securityir.emulator.RequestSchemas.MEMBERSHIP_ID;
import static com.pulumi.securityir.emulator.RequestSchemas.MEMBERSHIP_ID_ONLY;
import static com.pulumi.securityir.emulator.RequestSchemas.MEMBERSHIP_NAME;
import static com.pulumi.securityir.emulator.RequestSchemas.OPT_IN_FEATURES;
import static com.pulumi.securityir.emulator.RequestSchemas.ORGANIZATIONAL_UNIT_ID;
import static com.pulumi.securityir.emulator.RequestSchemas.RESOLVER_TYPE;
import static com.pulumi.securityir.emulator.RequestSchemas.SELF_MANAGED_CASE_STATUS;
import static com.pulumi.securityir.emulator.RequestSchemas.TAGS;
import static com.pulumi.securityir.emulator.RequestSchemas.THREAT_ACTOR_IPS;
import static com.pulumi.securityir.emulator.RequestSchemas.TIMESTAMP;
import static com.pulumi.securityir.emulator.RequestSchemas.TITLE;
import static com.pulumi.securityir.emulator.RequestSchemas.WATCHERS;
import static com.pulumi.securityir.emulator.Shape.sensitive;
import static com.pulumi.securityir.emulator.Shape.str;
import static com.pulumi.securityir.emulator.Shape.struct;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Output shapes of the implemented operations, transcribed from the service model with their
 * members in model order. {@link WireWriter} renders every answer body from these, so an answer
 * carries exactly the modelled members; the conformance test checks them against the model file.
 */
final class ResponseSchemas {

  /** The model's unconstrained {@code String}. */
  static final Shape.Str STRING = str(0, Integer.MAX_VALUE);

  static final Shape.Int INTEGER = new Shape.Int(Integer.MIN_VALUE, Integer.MAX_VALUE);
  static final Shape.Int LONG = new Shape.Int(Long.MIN_VALUE, Long.MAX_VALUE);
  static final Shape.Str CASE_ARN =
      str(12, 80, "arn:aws:security-ir:\\w+?-\\w+?-\\d+:[0-9]{12}:case/[0-9]{10}");
  static final Shape.Enum CASE_STATUS = new Shape.Enum(CaseState.wireValues());
  static final Shape.Enum PENDING_ACTION = new Shape.Enum(List.of("Customer", "None"));
  static final Shape.Enum CLOSURE_CODE =
      new Shape.Enum(
          List.of("Investigation Completed", "Not Resolved", "False Positive", "Duplicate"));
  static final Shape.Str PRINCIPAL_ID =
      str(
          0,
          Integer.MAX_VALUE,
          ".*((^AWS Responder)|(^\\d{12}$)|(^arn:([^:]*aws[^:]*):(?:(?:iam)::\\d{12}:"
              + "(?:user|role|group|root)(?:(?:/[^/]+)+)?|(?:sts)::\\d{12}:assumed-role/[^/]+/[^/]+)$)"
              + "|(^security-ir.amazonaws.com)).*");
  static final Shape.ListOf CASE_ATTACHMENTS =
      new Shape.ListOf(
          struct(
              Set.of("attachmentId", "fileName", "attachmentStatus", "creator", "createdDate"),
              "attachmentId",
              str(
                  0,
                  Integer.MAX_VALUE,
                  "[0-9a-fA-F]{8}\\b-[0-9a-fA-F]{4}\\b-[0-9a-fA-F]{4}\\b-[0-9a-fA-F]{4}\\b-[0-9a-fA-F]{12}"),
              "fileName",
              sensitive(1, 255, "[a-zA-Z0-9._-]+"),
              "attachmentStatus",
              new Shape.Enum(List.of("Verified", "Failed", "Pending")),
              "creator",
              PRINCIPAL_ID,
              "createdDate",
              TIMESTAMP),
          0,
          50);

  static final Shape.Struct LIST_CASES_ITEM =
      struct(
          Set.of("caseId"),
          "caseId",
          CASE_ID,
          "lastUpdatedDate",
          TIMESTAMP,
          "title",
          TITLE,
          "caseArn",
          CASE_ARN,
          "engagementType",
          ENGAGEMENT_TYPE,
          "caseStatus",
          CASE_STATUS,
          "createdDate",
          TIMESTAMP,
          "closedDate",
          TIMESTAMP,
          "resolverType",
          RESOLVER_TYPE,
          "pendingAction",
          PENDING_ACTION);
  static final Shape.Struct CASE_EDIT_ITEM =
      struct(
          Set.of(),
          "eventTimestamp",
          TIMESTAMP,
          "principal",
          STRING,
          "action",
          str(1, 100),
          "message",
          str(10, 4096));
  static final Shape.Struct LIST_COMMENTS_ITEM =
      struct(
          Set.of("commentId"),
          "commentId",
          COMMENT_ID,
          "createdDate",
          TIMESTAMP,
          "lastUpdatedDate",
          TIMESTAMP,
          "creator",
          PRINCIPAL_ID,
          "lastUpdatedBy",
          PRINCIPAL_ID,
          "body",
          COMMENT_BODY);

  static final Shape.Str MEMBERSHIP_ARN =
      str(12, 80, "arn:aws:security-ir:\\w+?-\\w+?-\\d+:[0-9]{12}:membership/m-[a-z0-9]{10,32}");
  static final Shape.Enum MEMBERSHIP_STATUS = new Shape.Enum(MembershipStatus.wireValues());
  static final Shape.Struct LIST_MEMBERSHIPS_ITEM =
      struct(
          Set.of("membershipId"),
          "membershipId",
          MEMBERSHIP_ID,
          "accountId",
          ACCOUNT_ID,
          "region",
          AWS_REGION,
          "membershipArn",
          MEMBERSHIP_ARN,
          "membershipStatus",
          MEMBERSHIP_STATUS);
  static final Shape.Struct MEMBER_ACCOUNT_DETAIL =
      struct(
          Set.of(),
          "accountId",
          ACCOUNT_ID,
          "relationshipStatus",
          new Shape.Enum(List.of("Associated", "Disassociated", "Unassociated")),
          "relationshipType",
          new Shape.Enum(List.of("Organization", "Unrelated")));
  static final Shape.Struct MEMBER_ACCOUNT_ERROR =
      struct(
          Set.of("accountId", "error", "message"),
          "accountId",
          ACCOUNT_ID,
          "error",
          STRING,
          "message",
          STRING);

  private static final Shape.Struct NO_MEMBERS = struct(Set.of());

  private static final Map<Operation, Shape.Struct> BY_OPERATION =
      Map.ofEntries(
          Map.entry(Operation.CREATE_CASE, struct(Set.of("caseId"), "caseId", CASE_ID)),
          Map.entry(
              Operation.GET_CASE,
              struct(
                  Set.of(),
                  "title",
                  TITLE,
                  "caseArn",
                  CASE_ARN,
                  "description",
                  DESCRIPTION,
                  "caseStatus",
                  CASE_STATUS,
                  "engagementType",
                  ENGAGEMENT_TYPE,
                  "reportedIncidentStartDate",
                  TIMESTAMP,
                  "actualIncidentStartDate",
                  TIMESTAMP,
                  "impactedAwsRegions",
                  IMPACTED_REGIONS,
                  "threatActorIpAddresses",
                  THREAT_ACTOR_IPS,
                  "pendingAction",
                  PENDING_ACTION,
                  "impactedAccounts",
                  IMPACTED_ACCOUNTS,
                  "watchers",
                  WATCHERS,
                  "createdDate",
                  TIMESTAMP,
                  "lastUpdatedDate",
                  TIMESTAMP,
                  "closureCode",
                  CLOSURE_CODE,
                  "resolverType",
                  RESOLVER_TYPE,
                  "impactedServices",
                  IMPACTED_SERVICES,
                  "caseAttachments",
                  CASE_ATTACHMENTS,
                  "closedDate",
                  TIMESTAMP,
                  "caseMetadata",
                  CASE_METADATA)),
          Map.entry(Operation.UPDATE_CASE, NO_MEMBERS),
          Map.entry(
              Operation.UPDATE_CASE_STATUS,
              struct(Set.of(), "caseStatus", SELF_MANAGED_CASE_STATUS)),
          Map.entry(
              Operation.CLOSE_CASE,
              struct(Set.of(), "caseStatus", CASE_STATUS, "closedDate", TIMESTAMP)),
          Map.entry(
              Operation.UPDATE_RESOLVER_TYPE,
              struct(
                  Set.of("caseId"),
                  "caseId",
                  CASE_ID,
                  "caseStatus",
                  CASE_STATUS,
                  "resolverType",
                  RESOLVER_TYPE)),
          Map.entry(Operation.LIST_CASES, page(LIST_CASES_ITEM, LONG)),
          Map.entry(Operation.LIST_CASE_EDITS, page(CASE_EDIT_ITEM, INTEGER)),
          Map.entry(
              Operation.CREATE_CASE_COMMENT, struct(Set.of("commentId"), "commentId", COMMENT_ID)),
          Map.entry(
              Operation.UPDATE_CASE_COMMENT,
              struct(Set.of("commentId"), "commentId", COMMENT_ID, "body", COMMENT_BODY)),
          Map.entry(Operation.LIST_COMMENTS, page(LIST_COMMENTS_ITEM, INTEGER)),
          Map.entry(Operation.TAG_RESOURCE, NO_MEMBERS),
          Map.entry(Operation.UNTAG_RESOURCE, NO_MEMBERS),
          Map.entry(Operation.LIST_TAGS_FOR_RESOURCE, struct(Set.of("tags"), "tags", TAGS)),
          Map.entry(Operation.CREATE_MEMBERSHIP, MEMBERSHIP_ID_ONLY),
          Map.entry(
              Operation.GET_MEMBERSHIP,
              struct(
                  Set.of("membershipId"),
                  "membershipId",
                  MEMBERSHIP_ID,
                  "accountId",
                  ACCOUNT_ID,
                  "region",
                  AWS_REGION,
                  "membershipName",
                  MEMBERSHIP_NAME,
                  "membershipArn",
                  MEMBERSHIP_ARN,
                  "membershipStatus",
                  MEMBERSHIP_STATUS,
                  "membershipActivationTimestamp",
                  TIMESTAMP,
                  "membershipDeactivationTimestamp",
                  TIMESTAMP,
                  "customerType",
                  new Shape.Enum(List.of("Standalone", "Organization")),
                  "numberOfAccountsCovered",
                  LONG,
                  "incidentResponseTeam",
                  INCIDENT_RESPONSE_TEAM,
                  "optInFeatures",
                  OPT_IN_FEATURES,
                  "membershipAccountsConfigurations",
                  struct(
                      Set.of(),
                      "coverEntireOrganization",
                      BOOLEAN,
                      "organizationalUnits",
                      new Shape.ListOf(ORGANIZATIONAL_UNIT_ID, 0, Integer.MAX_VALUE)))),
          Map.entry(Operation.UPDATE_MEMBERSHIP, NO_MEMBERS),
          Map.entry(Operation.CANCEL_MEMBERSHIP, MEMBERSHIP_ID_ONLY),
          Map.entry(
              Operation.LIST_MEMBERSHIPS,
              struct(
                  Set.of(),
                  "nextToken",
                  STRING,
                  "items",
                  new Shape.ListOf(LIST_MEMBERSHIPS_ITEM, 0, Integer.MAX_VALUE))),
          Map.entry(
              Operation.BATCH_GET_MEMBER_ACCOUNT_DETAILS,
              struct(
                  Set.of(),
                  "items",
                  new Shape.ListOf(MEMBER_ACCOUNT_DETAIL, 0, 100),
                  "errors",
                  new Shape.ListOf(MEMBER_ACCOUNT_ERROR, 0, 100))));

  private ResponseSchemas() {}

  /** The output shape of an implemented operation. */
  static Shape.Struct outputOf(Operation op) {
    Shape.Struct s = BY_OPERATION.get(op);
    if (s == null) {
      throw new IllegalArgumentException(
          "No output shape for " + op.apiName() + ": it is not implemented");
    }
    return s;
  }

  /** A list answer: {@code nextToken}, {@code items} and {@code total}, in model order. */
  private static Shape.Struct page(Shape.Struct item, Shape.Int total) {
    return struct(
        Set.of(),
        "nextToken",
        STRING,
        "items",
        new Shape.ListOf(item, 0, Integer.MAX_VALUE),
        "total",
        total);
  }
}
