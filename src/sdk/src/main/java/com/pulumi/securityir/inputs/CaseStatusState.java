package com.pulumi.securityir.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Known properties of an existing {@code CaseStatus}, for {@link
 * com.pulumi.securityir.CaseStatus#get}: every one is optional and only narrows the lookup. ({@code
 * lastTransitions} is an output only and has no state input.)
 */
public final class CaseStatusState extends com.pulumi.resources.ResourceArgs {

  public static final CaseStatusState Empty = new CaseStatusState();

  @Import(name = "caseId")
  private @Nullable Output<String> caseId;

  @Import(name = "status")
  private @Nullable Output<String> status;

  @Import(name = "closeOnDelete")
  private @Nullable Output<Boolean> closeOnDelete;

  @Import(name = "resolverType")
  private @Nullable Output<String> resolverType;

  @Import(name = "caseArn")
  private @Nullable Output<String> caseArn;

  private CaseStatusState() {}

  private CaseStatusState(CaseStatusState defaults) {
    this.caseId = defaults.caseId;
    this.status = defaults.status;
    this.closeOnDelete = defaults.closeOnDelete;
    this.resolverType = defaults.resolverType;
    this.caseArn = defaults.caseArn;
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

  public Optional<Output<String>> resolverType() {
    return Optional.ofNullable(resolverType);
  }

  public Optional<Output<String>> caseArn() {
    return Optional.ofNullable(caseArn);
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

    public Builder resolverType(@Nullable Output<String> resolverType) {
      state.resolverType = resolverType;
      return this;
    }

    public Builder resolverType(String resolverType) {
      return resolverType(Output.of(resolverType));
    }

    public Builder caseArn(@Nullable Output<String> caseArn) {
      state.caseArn = caseArn;
      return this;
    }

    public Builder caseArn(String caseArn) {
      return caseArn(Output.of(caseArn));
    }

    public CaseStatusState build() {
      return new CaseStatusState(state);
    }
  }
}
