package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The inputs of a {@link CaseComment}: the case and the comment text. Built with {@link
 * #builder()}; immutable once built. Inputs the schema marks secret are always sent as secrets,
 * whichever builder overload set them.
 */
public final class CaseCommentArgs extends com.pulumi.resources.ResourceArgs {

  public static final CaseCommentArgs Empty = new CaseCommentArgs();

  @Import(name = "caseId", required = true)
  private Output<String> caseId;

  @Import(name = "body", required = true)
  private Output<String> body;

  private CaseCommentArgs() {}

  private CaseCommentArgs(CaseCommentArgs defaults) {
    this.caseId = defaults.caseId;
    this.body = defaults.body;
  }

  /** The case to comment on, e.g. a Case's caseId output. Changing it replaces the comment. */
  public Output<String> caseId() {
    return this.caseId;
  }

  /** The comment text, 1 to 12,000 characters (sensitive, so always secret). */
  public Output<String> body() {
    return this.body;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(CaseCommentArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link CaseCommentArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final CaseCommentArgs args;

    public Builder() {
      args = new CaseCommentArgs();
    }

    public Builder(CaseCommentArgs defaults) {
      args = new CaseCommentArgs(Objects.requireNonNull(defaults));
    }

    public Builder caseId(Output<String> caseId) {
      args.caseId = caseId;
      return this;
    }

    public Builder caseId(String caseId) {
      return caseId(Output.of(caseId));
    }

    public Builder body(Output<String> body) {
      args.body = secret(body);
      return this;
    }

    public Builder body(String body) {
      return body(Output.of(body));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when a required input was not set
     */
    public CaseCommentArgs build() {
      if (args.caseId == null) {
        throw new MissingRequiredPropertyException("CaseCommentArgs", "caseId");
      }
      if (args.body == null) {
        throw new MissingRequiredPropertyException("CaseCommentArgs", "body");
      }
      return new CaseCommentArgs(args);
    }

    private static <T> Output<T> secret(@Nullable Output<T> value) {
      return value == null ? null : value.asSecret();
    }
  }
}
