package com.pulumi.securityir.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * One status transition (schema type {@code securityir:index:CaseTransition}) where a program
 * passes one in: in {@link CaseStatusState#lastTransitions()}. Every property is required, as in
 * {@link com.pulumi.securityir.outputs.CaseTransition}; built with {@link #builder()}, immutable
 * once built.
 */
public final class CaseTransitionArgs extends com.pulumi.resources.ResourceArgs {

  public static final CaseTransitionArgs Empty = new CaseTransitionArgs();

  @Import(name = "from", required = true)
  private Output<String> from;

  @Import(name = "to", required = true)
  private Output<String> to;

  @Import(name = "operation", required = true)
  private Output<String> operation;

  @Import(name = "time", required = true)
  private Output<String> time;

  private CaseTransitionArgs() {}

  private CaseTransitionArgs(CaseTransitionArgs defaults) {
    this.from = defaults.from;
    this.to = defaults.to;
    this.operation = defaults.operation;
    this.time = defaults.time;
  }

  /** The status before the transition, in the API's exact spelling. */
  public Output<String> from() {
    return this.from;
  }

  /** The status after the transition, in the API's exact spelling. */
  public Output<String> to() {
    return this.to;
  }

  /** The API operation that made it: {@code UpdateCaseStatus} or {@code CloseCase}. */
  public Output<String> operation() {
    return this.operation;
  }

  /** When the service confirmed it: RFC 3339, UTC, e.g. {@code 2026-11-03T10:15:30Z}. */
  public Output<String> time() {
    return this.time;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(CaseTransitionArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link CaseTransitionArgs}; {@link #build()} checks every property is set. */
  public static final class Builder {
    private final CaseTransitionArgs args;

    public Builder() {
      args = new CaseTransitionArgs();
    }

    public Builder(CaseTransitionArgs defaults) {
      args = new CaseTransitionArgs(Objects.requireNonNull(defaults));
    }

    public Builder from(Output<String> from) {
      args.from = from;
      return this;
    }

    public Builder from(String from) {
      return from(Output.of(from));
    }

    public Builder to(Output<String> to) {
      args.to = to;
      return this;
    }

    public Builder to(String to) {
      return to(Output.of(to));
    }

    public Builder operation(Output<String> operation) {
      args.operation = operation;
      return this;
    }

    public Builder operation(String operation) {
      return operation(Output.of(operation));
    }

    public Builder time(Output<String> time) {
      args.time = time;
      return this;
    }

    public Builder time(String time) {
      return time(Output.of(time));
    }

    /**
     * The transition.
     *
     * @throws MissingRequiredPropertyException when from, to, operation or time was not set
     */
    public CaseTransitionArgs build() {
      if (args.from == null) {
        throw new MissingRequiredPropertyException("CaseTransitionArgs", "from");
      }
      if (args.to == null) {
        throw new MissingRequiredPropertyException("CaseTransitionArgs", "to");
      }
      if (args.operation == null) {
        throw new MissingRequiredPropertyException("CaseTransitionArgs", "operation");
      }
      if (args.time == null) {
        throw new MissingRequiredPropertyException("CaseTransitionArgs", "time");
      }
      return new CaseTransitionArgs(args);
    }
  }
}
