package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.securityir.outputs.IncidentResponder;
import com.pulumi.securityir.outputs.OptInFeature;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The account's AWS Security Incident Response membership (its subscription): name, incident
 * response team, opt-in features, covered organizational units and tags. Updates are in place
 * (nothing replaces a membership: that would cancel a paid subscription); a Cancelled membership is
 * restored, a Terminated one is refused. Delete cancels it only with cancelOnDelete. Import with:
 * pulumi import securityir:index:Membership &lt;name&gt; &lt;membershipId&gt;. ({@code
 * securityir:index:Membership}).
 *
 * <pre>{@code
 * new Membership("account", MembershipArgs.builder()
 *     .membershipName("Example Corp IR")
 *     .incidentResponseTeam(
 *         IncidentResponderArgs.builder().name("Ada Lovelace").jobTitle("CISO")
 *             .email("ada@example.com").build(),
 *         IncidentResponderArgs.builder().name("Alan Turing").jobTitle("Responder")
 *             .email("alan@example.com").build())
 *     .optInFeatures(OptInFeatureArgs.builder().featureName("Triage").isEnabled(true).build())
 *     .build());
 * }</pre>
 */
@ResourceType(type = "securityir:index:Membership")
public class Membership extends com.pulumi.resources.CustomResource {

  static final String TYPE = "securityir:index:Membership";

  @Export(
      name = "membershipId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> membershipId;

  @Export(
      name = "membershipArn",
      refs = {String.class},
      tree = "[0]")
  private Output<String> membershipArn;

  @Export(
      name = "membershipName",
      refs = {String.class},
      tree = "[0]")
  private Output<String> membershipName;

  @Export(
      name = "incidentResponseTeam",
      refs = {List.class, IncidentResponder.class},
      tree = "[0,1]")
  private Output<List<IncidentResponder>> incidentResponseTeam;

  @Export(
      name = "optInFeatures",
      refs = {List.class, OptInFeature.class},
      tree = "[0,1]")
  private Output<List<OptInFeature>> optInFeatures;

  @Export(
      name = "coverEntireOrganization",
      refs = {Boolean.class},
      tree = "[0]")
  private Output<Boolean> coverEntireOrganization;

  @Export(
      name = "organizationalUnits",
      refs = {List.class, String.class},
      tree = "[0,1]")
  private Output<List<String>> organizationalUnits;

  @Export(
      name = "tags",
      refs = {Map.class, String.class},
      tree = "[0,1,1]")
  private Output<Map<String, String>> tags;

  @Export(
      name = "cancelOnDelete",
      refs = {Boolean.class},
      tree = "[0]")
  private Output<Boolean> cancelOnDelete;

  @Export(
      name = "membershipStatus",
      refs = {String.class},
      tree = "[0]")
  private Output<String> membershipStatus;

  @Export(
      name = "accountId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> accountId;

  @Export(
      name = "region",
      refs = {String.class},
      tree = "[0]")
  private Output<String> region;

  @Export(
      name = "customerType",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> customerType;

  @Export(
      name = "numberOfAccountsCovered",
      refs = {Integer.class},
      tree = "[0]")
  private Output</* @Nullable */ Integer> numberOfAccountsCovered;

  @Export(
      name = "membershipActivationTimestamp",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> membershipActivationTimestamp;

  @Export(
      name = "membershipDeactivationTimestamp",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> membershipDeactivationTimestamp;

  /** The membership id (m-...), also the resource's id. */
  public Output<String> membershipId() {
    return this.membershipId;
  }

  /** The membership's ARN. */
  public Output<String> membershipArn() {
    return this.membershipArn;
  }

  /** The membership's name. Always secret. */
  public Output<String> membershipName() {
    return this.membershipName;
  }

  /** The incident response team. Always secret. */
  public Output<List<IncidentResponder>> incidentResponseTeam() {
    return this.incidentResponseTeam;
  }

  /** The opt-in features as the membership has them. */
  public Output<List<OptInFeature>> optInFeatures() {
    return this.optInFeatures;
  }

  /** Whether the membership covers the entire organization. */
  public Output<Boolean> coverEntireOrganization() {
    return this.coverEntireOrganization;
  }

  /** The organizational units covered. */
  public Output<List<String>> organizationalUnits() {
    return this.organizationalUnits;
  }

  /** Tags of the membership. */
  public Output<Map<String, String>> tags() {
    return this.tags;
  }

  /** Whether deleting the resource cancels the subscription. */
  public Output<Boolean> cancelOnDelete() {
    return this.cancelOnDelete;
  }

  /** Active, Cancelled or Terminated. */
  public Output<String> membershipStatus() {
    return this.membershipStatus;
  }

  /** The AWS account id. */
  public Output<String> accountId() {
    return this.accountId;
  }

  /** The region of the membership. */
  public Output<String> region() {
    return this.region;
  }

  /** Standalone or Organization. */
  public Output<Optional<String>> customerType() {
    return Codegen.optional(this.customerType);
  }

  /** How many accounts the membership covers. */
  public Output<Optional<Integer>> numberOfAccountsCovered() {
    return Codegen.optional(this.numberOfAccountsCovered);
  }

  /** When the membership was activated (RFC 3339, UTC). */
  public Output<Optional<String>> membershipActivationTimestamp() {
    return Codegen.optional(this.membershipActivationTimestamp);
  }

  /** When the membership was cancelled (RFC 3339, UTC). */
  public Output<Optional<String>> membershipDeactivationTimestamp() {
    return Codegen.optional(this.membershipDeactivationTimestamp);
  }

  /** Declares the resource, with the default {@code securityir} provider. */
  public Membership(String name, MembershipArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param options resource options, e.g. an explicit {@link Provider}; the package version is
   *     added so the engine loads the matching plugin
   */
  public Membership(String name, MembershipArgs args, @Nullable CustomResourceOptions options) {
    super(
        TYPE, name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
  }

  private Membership(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(TYPE, name, null, makeResourceOptions(options, id), false);
  }

  private static MembershipArgs makeArgs(
      MembershipArgs args, @Nullable CustomResourceOptions options) {
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? MembershipArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaultOptions =
        CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .additionalSecretOutputs(List.of("membershipName", "incidentResponseTeam"))
            .build();
    return CustomResourceOptions.merge(defaultOptions, options, id);
  }

  /**
   * Looks up an existing {@code Membership} by its id without managing it.
   *
   * @param name the name of the resulting resource
   * @param id the membership id
   * @param options resource options, or null
   */
  public static Membership get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new Membership(name, id, options);
  }
}
