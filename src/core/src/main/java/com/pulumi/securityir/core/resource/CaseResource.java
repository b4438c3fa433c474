package com.pulumi.securityir.core.resource;

import static com.pulumi.securityir.core.resource.PropertyDescriptor.optional;
import static com.pulumi.securityir.core.resource.PropertyDescriptor.required;

import java.util.List;

/**
 * {@code securityir:index:Case}: a Security Incident Response case created and kept by the program.
 * Its inputs are the members of CreateCase and UpdateCase, with the API model's bounds, patterns
 * and enums; members the model marks sensitive (title, description, watchers, threat actor IP
 * addresses) are always secret.
 */
public final class CaseResource {

  public static final String TOKEN = "securityir:index:Case";

  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String ENGAGEMENT_TYPE = "engagementType";
  public static final String REPORTED_INCIDENT_START_DATE = "reportedIncidentStartDate";
  public static final String ACTUAL_INCIDENT_START_DATE = "actualIncidentStartDate";
  public static final String IMPACTED_ACCOUNTS = "impactedAccounts";
  public static final String WATCHERS = "watchers";
  public static final String THREAT_ACTOR_IP_ADDRESSES = "threatActorIpAddresses";
  public static final String IMPACTED_SERVICES = "impactedServices";
  public static final String IMPACTED_AWS_REGIONS = "impactedAwsRegions";
  public static final String RESOLVER_TYPE = "resolverType";
  public static final String TAGS = "tags";
  public static final String STATUS = "status";
  public static final String CLOSE_ON_DELETE = "closeOnDelete";

  public static final String CASE_ID = "caseId";
  public static final String CASE_ARN = "caseArn";
  public static final String PENDING_ACTION = "pendingAction";
  public static final String CREATED_DATE = "createdDate";
  public static final String LAST_UPDATED_DATE = "lastUpdatedDate";
  public static final String CLOSED_DATE = "closedDate";
  public static final String CLOSURE_CODE = "closureCode";

  /** The fields of a watcher. */
  public static final String EMAIL = "email";

  public static final String NAME = "name";
  public static final String JOB_TITLE = "jobTitle";
  public static final String IP_ADDRESS = "ipAddress";
  public static final String USER_AGENT = "userAgent";
  public static final String REGION = "region";

  /** The API's {@code AwsRegion} enum. */
  public static final List<String> AWS_REGIONS =
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
          "us-west-2");

  private static final String IPV4 =
      "(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)";

  /** The API's {@code IPAddress} pattern: IPv4, IPv6, or IPv6 ending in IPv4. */
  public static final String IP_PATTERN =
      "(?:"
          + IPV4
          + ")|(?:(?:[A-F0-9]{1,4}:){7}[A-F0-9]{1,4})|(?:(?:[A-F0-9]{1,4}:){6}"
          + IPV4
          + ")";

  public static final ValueShape.ObjectOf WATCHER =
      new ValueShape.ObjectOf(
          "securityir:index:Watcher",
          List.of(
              required(
                  EMAIL,
                  ValueShape.text(
                      TextRules.length(6, 254)
                          .matching(
                              "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*"))),
              optional(NAME, ValueShape.text(TextRules.length(1, 50))),
              optional(JOB_TITLE, ValueShape.text(TextRules.length(1, 50)))));

  public static final ValueShape.ObjectOf THREAT_ACTOR_IP =
      new ValueShape.ObjectOf(
          "securityir:index:ThreatActorIp",
          List.of(
              required(IP_ADDRESS, ValueShape.text(TextRules.ANY.matching(IP_PATTERN))),
              optional(USER_AGENT, ValueShape.text(TextRules.length(1, 500)))));

  public static final ValueShape.ObjectOf IMPACTED_AWS_REGION =
      new ValueShape.ObjectOf(
          "securityir:index:ImpactedAwsRegion",
          List.of(required(REGION, ValueShape.text(TextRules.oneOf(AWS_REGIONS)))));

  private static final ValueShape ACCOUNTS =
      new ValueShape.ListOf(
          ValueShape.text(TextRules.length(12, 12).matching("[0-9]{12}")), 0, 200);
  private static final ValueShape WATCHER_LIST = new ValueShape.ListOf(WATCHER, 0, 30);
  private static final ValueShape IP_LIST = new ValueShape.ListOf(THREAT_ACTOR_IP, 0, 200);
  private static final ValueShape SERVICES =
      new ValueShape.ListOf(
          ValueShape.text(TextRules.length(2, 50).matching("[a-zA-Z0-9 -.():]+")), 0, 600);
  private static final ValueShape REGIONS = new ValueShape.ListOf(IMPACTED_AWS_REGION, 0, 50);
  private static final ValueShape TAG_MAP =
      new ValueShape.MapOf(
          TextRules.length(1, 128), ValueShape.text(TextRules.length(0, 256)), 200);
  private static final ValueShape CASE_TITLE = ValueShape.text(TextRules.length(1, 300));
  private static final ValueShape CASE_DESCRIPTION = ValueShape.text(TextRules.length(1, 8000));
  private static final ValueShape ENGAGEMENT =
      ValueShape.text(TextRules.oneOf(List.of("Security Incident", "Investigation")));
  private static final ValueShape RESOLVER =
      ValueShape.text(TextRules.oneOf(List.of("AWS", "Self")));
  private static final ValueShape DATE = ValueShape.text(TextRules.dateTime());

  public static final ResourceDescriptor DESCRIPTOR =
      new ResourceDescriptor(
          TOKEN,
          List.of(
              required(TITLE, CASE_TITLE).asSecret(),
              required(DESCRIPTION, CASE_DESCRIPTION).asSecret(),
              required(ENGAGEMENT_TYPE, ENGAGEMENT),
              required(REPORTED_INCIDENT_START_DATE, DATE),
              optional(ACTUAL_INCIDENT_START_DATE, DATE),
              required(IMPACTED_ACCOUNTS, ACCOUNTS),
              required(WATCHERS, WATCHER_LIST).asSecret(),
              optional(THREAT_ACTOR_IP_ADDRESSES, IP_LIST).asSecret(),
              optional(IMPACTED_SERVICES, SERVICES),
              optional(IMPACTED_AWS_REGIONS, REGIONS),
              required(RESOLVER_TYPE, RESOLVER),
              optional(TAGS, TAG_MAP),
              optional(STATUS, PropertyType.STRING),
              optional(CLOSE_ON_DELETE, PropertyType.BOOLEAN)),
          List.of(
              required(CASE_ID, PropertyType.STRING),
              required(CASE_ARN, PropertyType.STRING),
              required(TITLE, CASE_TITLE).asSecret(),
              required(DESCRIPTION, CASE_DESCRIPTION).asSecret(),
              required(ENGAGEMENT_TYPE, ENGAGEMENT),
              required(REPORTED_INCIDENT_START_DATE, DATE),
              optional(ACTUAL_INCIDENT_START_DATE, DATE),
              required(IMPACTED_ACCOUNTS, ACCOUNTS),
              required(WATCHERS, WATCHER_LIST).asSecret(),
              required(THREAT_ACTOR_IP_ADDRESSES, IP_LIST).asSecret(),
              required(IMPACTED_SERVICES, SERVICES),
              required(IMPACTED_AWS_REGIONS, REGIONS),
              required(RESOLVER_TYPE, RESOLVER),
              required(TAGS, TAG_MAP),
              required(STATUS, PropertyType.STRING),
              required(CLOSE_ON_DELETE, PropertyType.BOOLEAN),
              optional(PENDING_ACTION, PropertyType.STRING),
              optional(CREATED_DATE, DATE),
              optional(LAST_UPDATED_DATE, DATE),
              optional(CLOSED_DATE, DATE),
              optional(CLOSURE_CODE, PropertyType.STRING)));

  private CaseResource() {}
}
