package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One comment on a case. A changed body is updated in place (UpdateCaseComment); a changed caseId
 * replaces the comment. The API cannot delete comments: deleting this resource leaves the comment
 * on the case. Import with: pulumi import securityir:index:CaseComment &lt;name&gt;
 * &lt;caseId&gt;/&lt;commentId&gt;. ({@code securityir:index:CaseComment}).
 *
 * <pre>{@code
 * new CaseComment("kickoff", CaseCommentArgs.builder()
 *     .caseId(drill.caseId())
 *     .body("Drill started; see the runbook.")
 *     .build());
 * }</pre>
 */
@ResourceType(type = "securityir:index:CaseComment")
public class CaseComment extends com.pulumi.resources.CustomResource {

  static final String TYPE = "securityir:index:CaseComment";

  @Export(
      name = "caseId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> caseId;

  @Export(
      name = "commentId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> commentId;

  @Export(
      name = "body",
      refs = {String.class},
      tree = "[0]")
  private Output<String> body;

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

  /** The case id. */
  public Output<String> caseId() {
    return this.caseId;
  }

  /** The comment id, six digits. */
  public Output<String> commentId() {
    return this.commentId;
  }

  /** The comment text. Always secret. */
  public Output<String> body() {
    return this.body;
  }

  /** When the comment was added (RFC 3339, UTC), once read by a refresh. */
  public Output<Optional<String>> createdDate() {
    return Codegen.optional(this.createdDate);
  }

  /** When the comment was last changed (RFC 3339, UTC), once read by a refresh. */
  public Output<Optional<String>> lastUpdatedDate() {
    return Codegen.optional(this.lastUpdatedDate);
  }

  /** Declares the resource, with the default {@code securityir} provider. */
  public CaseComment(String name, CaseCommentArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param options resource options, e.g. an explicit {@link Provider}; the package version is
   *     added so the engine loads the matching plugin
   */
  public CaseComment(String name, CaseCommentArgs args, @Nullable CustomResourceOptions options) {
    super(
        TYPE, name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
  }

  private CaseComment(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(TYPE, name, null, makeResourceOptions(options, id), false);
  }

  private static CaseCommentArgs makeArgs(
      CaseCommentArgs args, @Nullable CustomResourceOptions options) {
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? CaseCommentArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaultOptions =
        CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .additionalSecretOutputs(List.of("body"))
            .build();
    return CustomResourceOptions.merge(defaultOptions, options, id);
  }

  /**
   * Looks up an existing {@code CaseComment} by its id without managing it.
   *
   * @param name the name of the resulting resource
   * @param id the resource id
   * @param options resource options, or null
   */
  public static CaseComment get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new CaseComment(name, id, options);
  }
}
