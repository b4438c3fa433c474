package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The inputs of a {@link CaseStatus}: which case, which status it should be in, whether deleting
 * the resource closes the case, and how each change is recorded on the case (a note, or no comment
 * at all). Built with {@link #builder()}; immutable once built.
 */
public final class CaseStatusArgs extends com.pulumi.resources.ResourceArgs {

  public static final CaseStatusArgs Empty = new CaseStatusArgs();

  @Import(name = "caseId", required = true)
  private Output<String> caseId;

  @Import(name = "status", required = true)
  private Output<String> status;

  @Import(name = "closeOnDelete")
  private @Nullable Output<Boolean> closeOnDelete;

  @Import(name = "note")
  private @Nullable Output<String> note;

  @Import(name = "comment")
  private @Nullable Output<Boolean> comment;

  private CaseStatusArgs() {}

  private CaseStatusArgs(CaseStatusArgs defaults) {
    this.caseId = defaults.caseId;
    this.status = defaults.status;
    this.closeOnDelete = defaults.closeOnDelete;
    this.note = defaults.note;
    this.comment = defaults.comment;
  }

  /** The case id, 10 to 32 digits, e.g. {@code "8403556009"}; changing it replaces the resource. */
  public Output<String> caseId() {
    return this.caseId;
  }

  /**
   * The status the case should be in; any spelling of a status is accepted (letter case and spacing
   * are ignored, the Oxford comma is allowed) and the provider stores the exact one.
   */
  public Output<String> status() {
    return this.status;
  }

  /** Whether deleting the resource closes the case; the provider's default is false. */
  public Optional<Output<Boolean>> closeOnDelete() {
    return Optional.ofNullable(this.closeOnDelete);
  }

  /**
   * Why the case is in this status (at most 4000 characters), added to the comment that records
   * each change the resource applies; changing only the note changes nothing in AWS.
   */
  public Optional<Output<String>> note() {
    return Optional.ofNullable(this.note);
  }

  /**
   * Whether each change the resource applies is recorded as one comment on the case; the provider's
   * default is true.
   */
  public Optional<Output<Boolean>> comment() {
    return Optional.ofNullable(this.comment);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(CaseStatusArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link CaseStatusArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final CaseStatusArgs args;

    public Builder() {
      args = new CaseStatusArgs();
    }

    public Builder(CaseStatusArgs defaults) {
      args = new CaseStatusArgs(Objects.requireNonNull(defaults));
    }

    public Builder caseId(Output<String> caseId) {
      args.caseId = caseId;
      return this;
    }

    public Builder caseId(String caseId) {
      return caseId(Output.of(caseId));
    }

    public Builder status(Output<String> status) {
      args.status = status;
      return this;
    }

    public Builder status(String status) {
      return status(Output.of(status));
    }

    public Builder closeOnDelete(@Nullable Output<Boolean> closeOnDelete) {
      args.closeOnDelete = closeOnDelete;
      return this;
    }

    public Builder closeOnDelete(Boolean closeOnDelete) {
      return closeOnDelete(Output.of(closeOnDelete));
    }

    public Builder note(@Nullable Output<String> note) {
      args.note = note;
      return this;
    }

    public Builder note(String note) {
      return note(Output.of(note));
    }

    public Builder comment(@Nullable Output<Boolean> comment) {
      args.comment = comment;
      return this;
    }

    public Builder comment(Boolean comment) {
      return comment(Output.of(comment));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when caseId or status was not set
     */
    public CaseStatusArgs build() {
      if (args.caseId == null) {
        throw new MissingRequiredPropertyException("CaseStatusArgs", "caseId");
      }
      if (args.status == null) {
        throw new MissingRequiredPropertyException("CaseStatusArgs", "status");
      }
      return new CaseStatusArgs(args);
    }
  }
}
