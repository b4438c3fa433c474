package com.pulumi.securityir.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Known properties of an existing {@code CaseStatus}, for {@link
 * com.pulumi.securityir.CaseStatus#get}: the schema's {@code stateInputs}, which are the resource's
 * outputs, every one optional. The title is always sent as a secret, whichever builder overload set
 * it, as the resource's {@code title} output is.
 */
public final class CaseStatusState extends com.pulumi.resources.ResourceArgs {

  public static final CaseStatusState Empty = new CaseStatusState();

  @Import(name = "caseId")
  private @Nullable Output<String> caseId;

  @Import(name = "status")
  private @Nullable Output<String> status;

  @Import(name = "closeOnDelete")
  private @Nullable Output<Boolean> closeOnDelete;

  @Import(name = "note")
  private @Nullable Output<String> note;

  @Import(name = "comment")
  private @Nullable Output<Boolean> comment;

  @Import(name = "resolverType")
  private @Nullable Output<String> resolverType;

  @Import(name = "title")
  private @Nullable Output<String> title;

  @Import(name = "caseArn")
  private @Nullable Output<String> caseArn;

  @Import(name = "lastTransitions")
  private @Nullable Output<List<CaseTransitionArgs>> lastTransitions;

  private CaseStatusState() {}

  private CaseStatusState(CaseStatusState defaults) {
    this.caseId = defaults.caseId;
    this.status = defaults.status;
    this.closeOnDelete = defaults.closeOnDelete;
    this.note = defaults.note;
    this.comment = defaults.comment;
    this.resolverType = defaults.resolverType;
    this.title = defaults.title;
    this.caseArn = defaults.caseArn;
    this.lastTransitions = defaults.lastTransitions;
  }

  public Optional<Output<String>> caseId() {
    return Optional.ofNullable(caseId);
  }

  public Optional<Output<String>> status() {
    return Optional.ofNullable(status);
  }

  public Optional<Output<Boolean>> closeOnDelete() {
    return Optional.ofNullable(closeOnDelete);
  }

  public Optional<Output<String>> note() {
    return Optional.ofNullable(note);
  }

  public Optional<Output<Boolean>> comment() {
    return Optional.ofNullable(comment);
  }

  public Optional<Output<String>> resolverType() {
    return Optional.ofNullable(resolverType);
  }

  /** The case title; always a secret. */
  public Optional<Output<String>> title() {
    return Optional.ofNullable(title);
  }

  public Optional<Output<String>> caseArn() {
    return Optional.ofNullable(caseArn);
  }

  public Optional<Output<List<CaseTransitionArgs>>> lastTransitions() {
    return Optional.ofNullable(lastTransitions);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(CaseStatusState defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link CaseStatusState}; nothing is required. */
  public static final class Builder {
    private final CaseStatusState state;

    public Builder() {
      state = new CaseStatusState();
    }

    public Builder(CaseStatusState defaults) {
      state = new CaseStatusState(Objects.requireNonNull(defaults));
    }

    public Builder caseId(@Nullable Output<String> caseId) {
      state.caseId = caseId;
      return this;
    }

    public Builder caseId(String caseId) {
      return caseId(Output.of(caseId));
    }

    public Builder status(@Nullable Output<String> status) {
      state.status = status;
      return this;
    }

    public Builder status(String status) {
      return status(Output.of(status));
    }

    public Builder closeOnDelete(@Nullable Output<Boolean> closeOnDelete) {
      state.closeOnDelete = closeOnDelete;
      return this;
    }

    public Builder closeOnDelete(Boolean closeOnDelete) {
      return closeOnDelete(Output.of(closeOnDelete));
    }

    public Builder note(@Nullable Output<String> note) {
      state.note = note;
      return this;
    }

    public Builder note(String note) {
      return note(Output.of(note));
    }

    public Builder comment(@Nullable Output<Boolean> comment) {
      state.comment = comment;
      return this;
    }

    public Builder comment(Boolean comment) {
      return comment(Output.of(comment));
    }

    public Builder resolverType(@Nullable Output<String> resolverType) {
      state.resolverType = resolverType;
      return this;
    }

    public Builder resolverType(String resolverType) {
      return resolverType(Output.of(resolverType));
    }

    public Builder title(@Nullable Output<String> title) {
      state.title = title == null ? null : title.asSecret();
      return this;
    }

    public Builder title(String title) {
      return title(Output.ofSecret(title));
    }

    public Builder caseArn(@Nullable Output<String> caseArn) {
      state.caseArn = caseArn;
      return this;
    }

    public Builder caseArn(String caseArn) {
      return caseArn(Output.of(caseArn));
    }

    public Builder lastTransitions(@Nullable Output<List<CaseTransitionArgs>> lastTransitions) {
      state.lastTransitions = lastTransitions;
      return this;
    }

    public Builder lastTransitions(List<CaseTransitionArgs> lastTransitions) {
      return lastTransitions(Output.of(lastTransitions));
    }

    public Builder lastTransitions(CaseTransitionArgs... lastTransitions) {
      return lastTransitions(List.of(lastTransitions));
    }

    public CaseStatusState build() {
      return new CaseStatusState(state);
    }
  }
}
