package com.pulumi.securityir.core.resource;

import static com.pulumi.securityir.core.resource.PropertyDescriptor.optional;
import static com.pulumi.securityir.core.resource.PropertyDescriptor.required;

import java.util.List;

/**
 * {@code securityir:index:Membership}: the account's Security Incident Response membership (its
 * subscription) as the program declares it. Its inputs are the members of CreateMembership and
 * UpdateMembership, with the API model's bounds, patterns and enums; the membership's name and the
 * team (names, job titles and emails are sensitive in the model) are always secret. No input
 * replaces the resource: a replacement would cancel a paid subscription.
 */
public final class MembershipResource {

  public static final String TOKEN = "securityir:index:Membership";

  public static final String MEMBERSHIP_NAME = "membershipName";
  public static final String INCIDENT_RESPONSE_TEAM = "incidentResponseTeam";
  public static final String OPT_IN_FEATURES = "optInFeatures";
  public static final String COVER_ENTIRE_ORGANIZATION = "coverEntireOrganization";
  public static final String ORGANIZATIONAL_UNITS = "organizationalUnits";
  public static final String TAGS = "tags";
  public static final String CANCEL_ON_DELETE = "cancelOnDelete";

  public static final String MEMBERSHIP_ID = "membershipId";
  public static final String MEMBERSHIP_ARN = "membershipArn";
  public static final String MEMBERSHIP_STATUS = "membershipStatus";
  public static final String ACCOUNT_ID = "accountId";
  public static final String REGION = "region";
  public static final String CUSTOMER_TYPE = "customerType";
  public static final String NUMBER_OF_ACCOUNTS_COVERED = "numberOfAccountsCovered";
  public static final String ACTIVATION_TIMESTAMP = "membershipActivationTimestamp";
  public static final String DEACTIVATION_TIMESTAMP = "membershipDeactivationTimestamp";

  /** The fields of a responder. */
  public static final String NAME = "name";

  public static final String JOB_TITLE = "jobTitle";
  public static final String EMAIL = "email";
  public static final String COMMUNICATION_PREFERENCES = "communicationPreferences";

  /** The fields of an opt-in feature. */
  public static final String FEATURE_NAME = "featureName";

  public static final String IS_ENABLED = "isEnabled";

  /** The API's {@code CommunicationType} enum. */
  public static final List<String> COMMUNICATION_TYPES =
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
          "Disable AWS Service Access");

  /** The API's {@code OrganizationalUnitId} pattern. */
  public static final String UNIT_PATTERN = "ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}";

  public static final ValueShape.ObjectOf INCIDENT_RESPONDER =
      new ValueShape.ObjectOf(
          "securityir:index:IncidentResponder",
          List.of(
              required(NAME, ValueShape.text(TextRules.length(3, 50))),
              required(JOB_TITLE, ValueShape.text(TextRules.length(1, 50))),
              required(
                  EMAIL,
                  ValueShape.text(
                      TextRules.length(6, 254)
                          .matching(
                              "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*"))),
              optional(
                  COMMUNICATION_PREFERENCES,
                  new ValueShape.ListOf(
                      ValueShape.text(TextRules.oneOf(COMMUNICATION_TYPES)),
                      0,
                      Integer.MAX_VALUE))));

  public static final ValueShape.ObjectOf OPT_IN_FEATURE =
      new ValueShape.ObjectOf(
          "securityir:index:OptInFeature",
          List.of(
              required(FEATURE_NAME, ValueShape.text(TextRules.oneOf(List.of("Triage")))),
              required(IS_ENABLED, ValueShape.any(PropertyType.BOOLEAN))));

  private static final ValueShape NAME_TEXT = ValueShape.text(TextRules.length(3, 50));
  private static final ValueShape TEAM = new ValueShape.ListOf(INCIDENT_RESPONDER, 2, 10);
  private static final ValueShape FEATURES = new ValueShape.ListOf(OPT_IN_FEATURE, 1, 2);
  private static final ValueShape FLAG = ValueShape.any(PropertyType.BOOLEAN);
  private static final ValueShape UNITS =
      new ValueShape.ListOf(
          ValueShape.text(TextRules.ANY.matching(UNIT_PATTERN)), 0, Integer.MAX_VALUE);
  private static final ValueShape TAG_MAP =
      new ValueShape.MapOf(
          TextRules.length(1, 128), ValueShape.text(TextRules.length(0, 256)), 200);
  private static final ValueShape DATE = ValueShape.text(TextRules.dateTime());

  public static final ResourceDescriptor DESCRIPTOR =
      new ResourceDescriptor(
          TOKEN,
          List.of(
              required(MEMBERSHIP_NAME, NAME_TEXT).asSecret(),
              required(INCIDENT_RESPONSE_TEAM, TEAM).asSecret(),
              optional(OPT_IN_FEATURES, FEATURES),
              optional(COVER_ENTIRE_ORGANIZATION, FLAG),
              optional(ORGANIZATIONAL_UNITS, UNITS),
              optional(TAGS, TAG_MAP),
              optional(CANCEL_ON_DELETE, FLAG)),
          List.of(
              required(MEMBERSHIP_ID, PropertyType.STRING),
              required(MEMBERSHIP_ARN, PropertyType.STRING),
              required(MEMBERSHIP_NAME, NAME_TEXT).asSecret(),
              required(INCIDENT_RESPONSE_TEAM, TEAM).asSecret(),
              required(OPT_IN_FEATURES, new ValueShape.ListOf(OPT_IN_FEATURE, 0, 2)),
              required(COVER_ENTIRE_ORGANIZATION, FLAG),
              required(ORGANIZATIONAL_UNITS, UNITS),
              required(TAGS, TAG_MAP),
              required(CANCEL_ON_DELETE, FLAG),
              required(MEMBERSHIP_STATUS, PropertyType.STRING),
              required(ACCOUNT_ID, PropertyType.STRING),
              required(REGION, PropertyType.STRING),
              optional(CUSTOMER_TYPE, PropertyType.STRING),
              optional(NUMBER_OF_ACCOUNTS_COVERED, PropertyType.INTEGER),
              optional(ACTIVATION_TIMESTAMP, DATE),
              optional(DEACTIVATION_TIMESTAMP, DATE)));

  private MembershipResource() {}
}
