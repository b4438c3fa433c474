package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.securityir.outputs.ImpactedAwsRegion;
import com.pulumi.securityir.outputs.ThreatActorIp;
import com.pulumi.securityir.outputs.Watcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * An AWS Security Incident Response case created and kept by the program: its members, watchers,
 * tags, resolver type and (optionally) status. Updates are in place (no change replaces a case);
 * delete closes it unless closeOnDelete is false. Import with: pulumi import securityir:index:Case
 * &lt;name&gt; &lt;caseId&gt;. ({@code securityir:index:Case}).
 *
 * <pre>{@code
 * var drill = new Case("tabletop", CaseArgs.builder()
 *     .title("Tabletop: leaked access key")
 *     .description("Quarterly drill")
 *     .engagementType("Investigation")
 *     .reportedIncidentStartDate("2026-05-01T09:30:00Z")
 *     .impactedAccounts("123456789012")
 *     .watchers(WatcherArgs.builder().email("soc@example.com").build())
 *     .resolverType("Self")
 *     .build());
 * }</pre>
 */
@ResourceType(type = "securityir:index:Case")
public class Case extends com.pulumi.resources.CustomResource {

  static final String TYPE = "securityir:index:Case";

  @Export(
      name = "caseId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> caseId;

  @Export(
      name = "caseArn",
      refs = {String.class},
      tree = "[0]")
  private Output<String> caseArn;

  @Export(
      name = "title",
      refs = {String.class},
      tree = "[0]")
  private Output<String> title;

  @Export(
      name = "description",
      refs = {String.class},
      tree = "[0]")
  private Output<String> description;

  @Export(
      name = "engagementType",
      refs = {String.class},
      tree = "[0]")
  private Output<String> engagementType;

  @Export(
      name = "reportedIncidentStartDate",
      refs = {String.class},
      tree = "[0]")
  private Output<String> reportedIncidentStartDate;

  @Export(
      name = "actualIncidentStartDate",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> actualIncidentStartDate;

  @Export(
      name = "impactedAccounts",
      refs = {List.class, String.class},
      tree = "[0,1]")
  private Output<List<String>> impactedAccounts;

  @Export(
      name = "watchers",
      refs = {List.class, Watcher.class},
      tree = "[0,1]")
  private Output<List<Watcher>> watchers;

  @Export(
      name = "threatActorIpAddresses",
      refs = {List.class, ThreatActorIp.class},
      tree = "[0,1]")
  private Output<List<ThreatActorIp>> threatActorIpAddresses;

  @Export(
      name = "impactedServices",
      refs = {List.class, String.class},
      tree = "[0,1]")
  private Output<List<String>> impactedServices;

  @Export(
      name = "impactedAwsRegions",
      refs = {List.class, ImpactedAwsRegion.class},
      tree = "[0,1]")
  private Output<List<ImpactedAwsRegion>> impactedAwsRegions;

  @Export(
      name = "resolverType",
      refs = {String.class},
      tree = "[0]")
  private Output<String> resolverType;

  @Export(
      name = "tags",
      refs = {Map.class, String.class},
      tree = "[0,1,1]")
  private Output<Map<String, String>> tags;

  @Export(
      name = "status",
      refs = {String.class},
      tree = "[0]")
  private Output<String> status;

  @Export(
      name = "closeOnDelete",
      refs = {Boolean.class},
      tree = "[0]")
  private Output<Boolean> closeOnDelete;

  @Export(
      name = "pendingAction",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> pendingAction;

  @Export(
      name = "createdDate",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> createdDate;

  @Export(
      name = "lastUpdatedDate",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> lastUpdatedDate;

  @Export(
      name = "closedDate",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> closedDate;

  @Export(
      name = "closureCode",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> closureCode;

  /** The case id. */
  public Output<String> caseId() {
    return this.caseId;
  }

  /** The case ARN. */
  public Output<String> caseArn() {
    return this.caseArn;
  }

  /** The case title, 1 to 300 characters (sensitive, so always secret). */
  public Output<String> title() {
    return this.title;
  }

  /** The case description, 1 to 8000 characters (sensitive, so always secret). */
  public Output<String> description() {
    return this.description;
  }

  /** 'Security Incident' or 'Investigation'. */
  public Output<String> engagementType() {
    return this.engagementType;
  }

  /**
   * When the unauthorized activity started as reported, an RFC 3339 date-time (e.g.
   * 2026-05-01T09:30:00Z); sent as epoch seconds.
   */
  public Output<String> reportedIncidentStartDate() {
    return this.reportedIncidentStartDate;
  }

  /** When the activity actually started, an RFC 3339 date-time. Once set it cannot be cleared. */
  public Output<Optional<String>> actualIncidentStartDate() {
    return Codegen.optional(this.actualIncidentStartDate);
  }

  /**
   * Impacted AWS account ids, 12 digits each (zero-pad shorter ones), at most 200. May be empty.
   */
  public Output<List<String>> impactedAccounts() {
    return this.impactedAccounts;
  }

  /** Who is notified of the case's updates, at most 30. May be empty. Always secret. */
  public Output<List<Watcher>> watchers() {
    return this.watchers;
  }

  /** The case's suspicious IP addresses. Always secret. */
  public Output<List<ThreatActorIp>> threatActorIpAddresses() {
    return this.threatActorIpAddresses;
  }

  /** The case's impacted services. */
  public Output<List<String>> impactedServices() {
    return this.impactedServices;
  }

  /** The case's impacted Regions. */
  public Output<List<ImpactedAwsRegion>> impactedAwsRegions() {
    return this.impactedAwsRegions;
  }

  /**
   * Who works the case: 'Self' or 'AWS'. Self -&gt; AWS is made with UpdateResolverType and is
   * one-way (AWS responders take over); AWS -&gt; Self is refused.
   */
  public Output<String> resolverType() {
    return this.resolverType;
  }

  /** The case's tags. */
  public Output<Map<String, String>> tags() {
    return this.tags;
  }

  /** The case's status after the last operation, in the API's exact spelling. */
  public Output<String> status() {
    return this.status;
  }

  /** Whether the case is closed when this resource is deleted. */
  public Output<Boolean> closeOnDelete() {
    return this.closeOnDelete;
  }

  /** 'Customer' when the case waits on you, else 'None'. */
  public Output<Optional<String>> pendingAction() {
    return Codegen.optional(this.pendingAction);
  }

  /** When the case was created (RFC 3339, UTC). */
  public Output<Optional<String>> createdDate() {
    return Codegen.optional(this.createdDate);
  }

  /** When the case was last changed, as last read (RFC 3339, UTC). */
  public Output<Optional<String>> lastUpdatedDate() {
    return Codegen.optional(this.lastUpdatedDate);
  }

  /** When the case was closed (RFC 3339, UTC). */
  public Output<Optional<String>> closedDate() {
    return Codegen.optional(this.closedDate);
  }

  /** Why the case was closed, as the service or responders set it. */
  public Output<Optional<String>> closureCode() {
    return Codegen.optional(this.closureCode);
  }

  /** Declares the resource, with the default {@code securityir} provider. */
  public Case(String name, CaseArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param options resource options, e.g. an explicit {@link Provider}; the package version is
   *     added so the engine loads the matching plugin
   */
  public Case(String name, CaseArgs args, @Nullable CustomResourceOptions options) {
    super(
        TYPE, name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
  }

  private Case(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(TYPE, name, null, makeResourceOptions(options, id), false);
  }

  private static CaseArgs makeArgs(CaseArgs args, @Nullable CustomResourceOptions options) {
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? CaseArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaultOptions =
        CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .additionalSecretOutputs(
                List.of("title", "description", "watchers", "threatActorIpAddresses"))
            .build();
    return CustomResourceOptions.merge(defaultOptions, options, id);
  }

  /**
   * Looks up an existing {@code Case} by its id without managing it.
   *
   * @param name the name of the resulting resource
   * @param id the resource id
   * @param options resource options, or null
   */
  public static Case get(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new Case(name, id, options);
  }
}
