package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.securityir.inputs.CaseStatusState;
import com.pulumi.securityir.outputs.CaseTransition;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The declared status of an existing AWS Security Incident Response case ({@code
 * securityir:index:CaseStatus}). Creating the resource adopts the case, it never creates one;
 * updates move the case along the shortest legal path of status changes, one API call per step.
 * Deleting it leaves the case as it is unless {@code closeOnDelete} is true. Each change it applies
 * is recorded as one comment on the case, with the {@code note} if one is given, unless {@code
 * comment} is false.
 *
 * <pre>{@code
 * var phishing = new CaseStatus("phishing-2026-11", CaseStatusArgs.builder()
 *     .caseId("8403556009")
 *     .status("Containment, Eradication and Recovery")
 *     .build());
 * }</pre>
 *
 * <p>Import an existing case with {@code pulumi import securityir:index:CaseStatus <name>
 * <caseId>}. The case title is kept secret, as the service's API marks it sensitive.
 */
@ResourceType(type = "securityir:index:CaseStatus")
public class CaseStatus extends com.pulumi.resources.CustomResource {

  static final String TYPE = "securityir:index:CaseStatus";

  @Export(
      name = "caseId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> caseId;

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
      name = "note",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> note;

  @Export(
      name = "comment",
      refs = {Boolean.class},
      tree = "[0]")
  private Output<Boolean> comment;

  @Export(
      name = "resolverType",
      refs = {String.class},
      tree = "[0]")
  private Output<String> resolverType;

  @Export(
      name = "title",
      refs = {String.class},
      tree = "[0]")
  private Output<String> title;

  @Export(
      name = "caseArn",
      refs = {String.class},
      tree = "[0]")
  private Output<String> caseArn;

  @Export(
      name = "lastTransitions",
      refs = {List.class, CaseTransition.class},
      tree = "[0,1]")
  private Output<List<CaseTransition>> lastTransitions;

  /** The case id. */
  public Output<String> caseId() {
    return this.caseId;
  }

  /** The case's actual status after the last operation, in the API's exact spelling. */
  public Output<String> status() {
    return this.status;
  }

  /** Whether the case is closed when this resource is deleted. */
  public Output<Boolean> closeOnDelete() {
    return this.closeOnDelete;
  }

  /** The note the resource was declared with, added to the comment recording each change. */
  public Output<Optional<String>> note() {
    return Codegen.optional(this.note);
  }

  /** Whether each change the resource applies is recorded as a comment on the case. */
  public Output<Boolean> comment() {
    return this.comment;
  }

  /** {@code Self} (self-managed) or {@code AWS} (AWS-supported: only closing is possible). */
  public Output<String> resolverType() {
    return this.resolverType;
  }

  /** The case title; always a secret. */
  public Output<String> title() {
    return this.title;
  }

  /** The case ARN. */
  public Output<String> caseArn() {
    return this.caseArn;
  }

  /**
   * The transitions applied by the last create or update, in order; empty when none were needed.
   */
  public Output<List<CaseTransition>> lastTransitions() {
    return this.lastTransitions;
  }

  /** Declares the status of a case, with the default {@code securityir} provider. */
  public CaseStatus(String name, CaseStatusArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the status of a case.
   *
   * @param options resource options, e.g. an explicit {@link Provider}; the package version is
   *     added so the engine loads the matching plugin
   */
  public CaseStatus(String name, CaseStatusArgs args, @Nullable CustomResourceOptions options) {
    super(
        TYPE, name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
  }

  private CaseStatus(
      String name,
      Output<String> id,
      @Nullable CaseStatusState state,
      @Nullable CustomResourceOptions options) {
    super(TYPE, name, state, makeResourceOptions(options, id), false);
  }

  private static CaseStatusArgs makeArgs(
      CaseStatusArgs args, @Nullable CustomResourceOptions options) {
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? CaseStatusArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaultOptions =
        CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .additionalSecretOutputs(List.of("title"))
            .build();
    return CustomResourceOptions.merge(defaultOptions, options, id);
  }

  /**
   * Looks up an existing {@code CaseStatus} by its id (the case id) without managing it.
   *
   * @param name the name of the resulting resource
   * @param id the case id
   * @param state known properties, or null
   * @param options resource options, or null
   */
  public static CaseStatus get(
      String name,
      Output<String> id,
      @Nullable CaseStatusState state,
      @Nullable CustomResourceOptions options) {
    return new CaseStatus(name, id, state, options);
  }
}
