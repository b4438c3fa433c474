package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.Shape.sensitive;
import static com.pulumi.securityir.emulator.Shape.str;
import static com.pulumi.securityir.emulator.Shape.struct;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Input shapes of the implemented operations, transcribed from the service model (lengths,
 * patterns, enums, required members). Label and query-string members are part of the structure: the
 * HTTP layer folds them into the request object before validation. The conformance test checks
 * these against the model file.
 */
final class RequestSchemas {

  static final Shape.Str CASE_ID = str(10, 32, "\\d{10,32}.*");
  static final Shape.Str ARN =
      str(
          12,
          1010,
          "arn:aws:security-ir:\\w+?-\\w+?-\\d+:[0-9]{12}:(membership/m-[a-z0-9]{10,32}|case/[0-9]{10})");
  static final Shape.Enum RESOLVER_TYPE = new Shape.Enum(Resolver.wireValues());
  static final Shape.Enum ENGAGEMENT_TYPE =
      new Shape.Enum(List.of("Security Incident", "Investigation"));
  static final Shape.Enum SELF_MANAGED_CASE_STATUS =
      new Shape.Enum(CaseState.selfManagedWireValues());
  static final Shape.Enum AWS_REGION =
      new Shape.Enum(
          List.of(
              "af-south-1",
              "ap-east-1",
              "ap-east-2",
              "ap-northeast-1",
              "ap-northeast-2",
              "ap-northeast-3",
              "ap-south-1",
              "ap-south-2",
              "ap-southeast-1",
              "ap-southeast-2",
              "ap-southeast-3",
              "ap-southeast-4",
              "ap-southeast-5",
              "ap-southeast-6",
              "ap-southeast-7",
              "ca-central-1",
              "ca-west-1",
              "cn-north-1",
              "cn-northwest-1",
              "eu-central-1",
              "eu-central-2",
              "eu-north-1",
              "eu-south-1",
              "eu-south-2",
              "eu-west-1",
              "eu-west-2",
              "eu-west-3",
              "il-central-1",
              "me-central-1",
              "me-south-1",
              "mx-central-1",
              "sa-east-1",
              "us-east-1",
              "us-east-2",
              "us-west-1",
              "us-west-2"));

  static final Shape.Str TITLE = sensitive(1, 300, null);
  static final Shape.Str DESCRIPTION = sensitive(1, 8000, null);
  static final Shape.Timestamp TIMESTAMP = new Shape.Timestamp();
  static final Shape.Str ACCOUNT_ID = str(12, 12, "[0-9]{12}");
  static final Shape.ListOf IMPACTED_ACCOUNTS = new Shape.ListOf(ACCOUNT_ID, 0, 200);
  static final Shape.Str EMAIL_ADDRESS =
      sensitive(6, 254, "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*");
  static final Shape.ListOf WATCHERS =
      new Shape.ListOf(
          struct(
              Set.of("email"),
              "email",
              EMAIL_ADDRESS,
              "name",
              sensitive(1, 50, null),
              "jobTitle",
              sensitive(1, 50, null)),
          0,
          30);
  static final Shape.ListOf THREAT_ACTOR_IPS =
      new Shape.ListOf(
          struct(
              Set.of("ipAddress"),
              "ipAddress",
              sensitive(
                  0,
                  Integer.MAX_VALUE,
                  "(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?))"
                      + "|(?:(?:[A-F0-9]{1,4}:){7}[A-F0-9]{1,4})"
                      + "|(?:(?:[A-F0-9]{1,4}:){6}(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}"
                      + "(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?))"),
              "userAgent",
              str(1, 500)),
          0,
          200);
  static final Shape.ListOf IMPACTED_SERVICES =
      new Shape.ListOf(str(2, 50, "[a-zA-Z0-9 -.():]+"), 0, 600);
  static final Shape.ListOf IMPACTED_REGIONS =
      new Shape.ListOf(struct(Set.of("region"), "region", AWS_REGION), 0, 50);
  static final Shape.ListOf CASE_METADATA =
      new Shape.ListOf(
          struct(Set.of("key", "value"), "key", str(1, 500), "value", str(1, 2000)), 1, 30);
  static final Shape.MapOf TAGS = new Shape.MapOf(str(1, 128), str(0, 256), 0, 200);
  static final Shape.Str NEXT_TOKEN = str(0, 2000);
  static final Shape.Int MAX_RESULTS = new Shape.Int(1, 25);
  static final Shape.Str CLIENT_TOKEN = str(1, 255);
  static final Shape.Str COMMENT_BODY = sensitive(1, 12000, null);
  static final Shape.Str COMMENT_ID = str(6, 6, "\\d{6}");
  static final Shape.Bool BOOLEAN = new Shape.Bool();
  static final Shape.Str MEMBERSHIP_ID = str(12, 34, "m-[a-z0-9]{10,32}");
  static final Shape.Str MEMBERSHIP_NAME = sensitive(3, 50, null);
  static final Shape.Enum COMMUNICATION_TYPE =
      new Shape.Enum(
          List.of(
              "Case Created",
              "Case Updated",
              "Case Acknowledged",
              "Case Closed",
              "Case Updated To Service Managed",
              "Case Status Updated",
              "Case Pending Customer Action Reminder",
              "Case Attachment Url Uploaded",
              "Case Comment Added",
              "Case Comment Updated",
              "Membership Created",
              "Membership Updated",
              "Membership Cancelled",
              "Register Delegated Administrator",
              "Deregister Delegated Administrator",
              "Disable AWS Service Access"));
  static final Shape.ListOf INCIDENT_RESPONSE_TEAM =
      new Shape.ListOf(
          struct(
              Set.of("name", "jobTitle", "email"),
              "name",
              sensitive(3, 50, null),
              "jobTitle",
              sensitive(1, 50, null),
              "email",
              EMAIL_ADDRESS,
              "communicationPreferences",
              new Shape.ListOf(COMMUNICATION_TYPE, 0, Integer.MAX_VALUE)),
          2,
          10);
  static final Shape.ListOf OPT_IN_FEATURES =
      new Shape.ListOf(
          struct(
              Set.of("featureName", "isEnabled"),
              "featureName",
              new Shape.Enum(List.of("Triage")),
              "isEnabled",
              BOOLEAN),
          1,
          2);
  static final Shape.Str ORGANIZATIONAL_UNIT_ID =
      str(0, Integer.MAX_VALUE, "ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");

  /** Organizational units added or removed by one UpdateMembership: 1 to 5. */
  static final Shape.ListOf ORGANIZATIONAL_UNITS_CHANGE =
      new Shape.ListOf(ORGANIZATIONAL_UNIT_ID, 1, 5);

  static final Shape.Struct MEMBERSHIP_ID_ONLY =
      struct(Set.of("membershipId"), "membershipId", MEMBERSHIP_ID);

  private static final Map<Operation, Shape.Struct> BY_OPERATION =
      Map.ofEntries(
          Map.entry(
              Operation.CREATE_CASE,
              struct(
                  Set.of(
                      "resolverType",
                      "title",
                      "description",
                      "engagementType",
                      "reportedIncidentStartDate",
                      "impactedAccounts",
                      "watchers"),
                  "clientToken",
                  CLIENT_TOKEN,
                  "resolverType",
                  RESOLVER_TYPE,
                  "title",
                  TITLE,
                  "description",
                  DESCRIPTION,
                  "engagementType",
                  ENGAGEMENT_TYPE,
                  "reportedIncidentStartDate",
                  TIMESTAMP,
                  "impactedAccounts",
                  IMPACTED_ACCOUNTS,
                  "watchers",
                  WATCHERS,
                  "threatActorIpAddresses",
                  THREAT_ACTOR_IPS,
                  "impactedServices",
                  IMPACTED_SERVICES,
                  "impactedAwsRegions",
                  IMPACTED_REGIONS,
                  "tags",
                  TAGS)),
          Map.entry(Operation.GET_CASE, struct(Set.of("caseId"), "caseId", CASE_ID)),
          Map.entry(
              Operation.UPDATE_CASE,
              struct(
                  Set.of("caseId"),
                  "caseId",
                  CASE_ID,
                  "title",
                  TITLE,
                  "description",
                  DESCRIPTION,
                  "reportedIncidentStartDate",
                  TIMESTAMP,
                  "actualIncidentStartDate",
                  TIMESTAMP,
                  "engagementType",
                  ENGAGEMENT_TYPE,
                  "watchersToAdd",
                  WATCHERS,
                  "watchersToDelete",
                  WATCHERS,
                  "threatActorIpAddressesToAdd",
                  THREAT_ACTOR_IPS,
                  "threatActorIpAddressesToDelete",
                  THREAT_ACTOR_IPS,
                  "impactedServicesToAdd",
                  IMPACTED_SERVICES,
                  "impactedServicesToDelete",
                  IMPACTED_SERVICES,
                  "impactedAwsRegionsToAdd",
                  IMPACTED_REGIONS,
                  "impactedAwsRegionsToDelete",
                  IMPACTED_REGIONS,
                  "impactedAccountsToAdd",
                  IMPACTED_ACCOUNTS,
                  "impactedAccountsToDelete",
                  IMPACTED_ACCOUNTS,
                  "caseMetadata",
                  CASE_METADATA)),
          Map.entry(
              Operation.UPDATE_CASE_STATUS,
              struct(
                  Set.of("caseId", "caseStatus"),
                  "caseId",
                  CASE_ID,
                  "caseStatus",
                  SELF_MANAGED_CASE_STATUS)),
          Map.entry(Operation.CLOSE_CASE, struct(Set.of("caseId"), "caseId", CASE_ID)),
          Map.entry(
              Operation.UPDATE_RESOLVER_TYPE,
              struct(
                  Set.of("caseId", "resolverType"),
                  "caseId",
                  CASE_ID,
                  "resolverType",
                  RESOLVER_TYPE)),
          Map.entry(
              Operation.LIST_CASES,
              struct(Set.of(), "nextToken", NEXT_TOKEN, "maxResults", MAX_RESULTS)),
          Map.entry(
              Operation.LIST_CASE_EDITS,
              struct(
                  Set.of("caseId"),
                  "nextToken",
                  NEXT_TOKEN,
                  "maxResults",
                  MAX_RESULTS,
                  "caseId",
                  CASE_ID)),
          Map.entry(
              Operation.CREATE_CASE_COMMENT,
              struct(
                  Set.of("caseId", "body"),
                  "caseId",
                  CASE_ID,
                  "clientToken",
                  CLIENT_TOKEN,
                  "body",
                  COMMENT_BODY)),
          Map.entry(
              Operation.UPDATE_CASE_COMMENT,
              struct(
                  Set.of("caseId", "commentId", "body"),
                  "caseId",
                  CASE_ID,
                  "commentId",
                  COMMENT_ID,
                  "body",
                  COMMENT_BODY)),
          Map.entry(
              Operation.LIST_COMMENTS,
              struct(
                  Set.of("caseId"),
                  "nextToken",
                  NEXT_TOKEN,
                  "maxResults",
                  MAX_RESULTS,
                  "caseId",
                  CASE_ID)),
          Map.entry(
              Operation.TAG_RESOURCE,
              struct(Set.of("resourceArn", "tags"), "resourceArn", ARN, "tags", TAGS)),
          Map.entry(
              Operation.UNTAG_RESOURCE,
              struct(
                  Set.of("resourceArn", "tagKeys"),
                  "resourceArn",
                  ARN,
                  "tagKeys",
                  new Shape.ListOf(str(1, 128), 0, Integer.MAX_VALUE))),
          Map.entry(
              Operation.LIST_TAGS_FOR_RESOURCE, struct(Set.of("resourceArn"), "resourceArn", ARN)),
          Map.entry(
              Operation.CREATE_MEMBERSHIP,
              struct(
                  Set.of("membershipName", "incidentResponseTeam"),
                  "clientToken",
                  CLIENT_TOKEN,
                  "membershipName",
                  MEMBERSHIP_NAME,
                  "incidentResponseTeam",
                  INCIDENT_RESPONSE_TEAM,
                  "optInFeatures",
                  OPT_IN_FEATURES,
                  "tags",
                  TAGS,
                  "coverEntireOrganization",
                  BOOLEAN)),
          Map.entry(Operation.GET_MEMBERSHIP, MEMBERSHIP_ID_ONLY),
          Map.entry(
              Operation.UPDATE_MEMBERSHIP,
              struct(
                  Set.of("membershipId"),
                  "membershipId",
                  MEMBERSHIP_ID,
                  "membershipName",
                  MEMBERSHIP_NAME,
                  "incidentResponseTeam",
                  INCIDENT_RESPONSE_TEAM,
                  "optInFeatures",
                  OPT_IN_FEATURES,
                  "membershipAccountsConfigurationsUpdate",
                  struct(
                      Set.of(),
                      "coverEntireOrganization",
                      BOOLEAN,
                      "organizationalUnitsToAdd",
                      ORGANIZATIONAL_UNITS_CHANGE,
                      "organizationalUnitsToRemove",
                      ORGANIZATIONAL_UNITS_CHANGE),
                  "undoMembershipCancellation",
                  BOOLEAN)),
          Map.entry(Operation.CANCEL_MEMBERSHIP, MEMBERSHIP_ID_ONLY),
          Map.entry(
              Operation.LIST_MEMBERSHIPS,
              struct(Set.of(), "nextToken", NEXT_TOKEN, "maxResults", MAX_RESULTS)),
          Map.entry(
              Operation.BATCH_GET_MEMBER_ACCOUNT_DETAILS,
              struct(
                  Set.of("membershipId", "accountIds"),
                  "membershipId",
                  MEMBERSHIP_ID,
                  "accountIds",
                  new Shape.ListOf(ACCOUNT_ID, 1, 100))));

  private RequestSchemas() {}

  /** The input shape of an implemented operation. */
  static Shape.Struct inputOf(Operation op) {
    Shape.Struct s = BY_OPERATION.get(op);
    if (s == null) {
      throw new IllegalArgumentException(
          "No input shape for " + op.apiName() + ": it is not implemented");
    }
    return s;
  }
}
