package com.pulumi.securityir.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * One status transition applied to a case (schema type {@code securityir:index:CaseTransition}), as
 * found in {@link com.pulumi.securityir.CaseStatus#lastTransitions()}. Immutable once built.
 */
@CustomType
public final class CaseTransition {
  private String from;
  private String to;
  private String operation;
  private String time;

  private CaseTransition() {}

  /** The status before the transition, in the API's exact spelling. */
  public String from() {
    return this.from;
  }

  /** The status after the transition, in the API's exact spelling. */
  public String to() {
    return this.to;
  }

  /** The API operation that made it: {@code UpdateCaseStatus} or {@code CloseCase}. */
  public String operation() {
    return this.operation;
  }

  /** When the service confirmed it: RFC 3339, UTC, e.g. {@code 2026-11-03T10:15:30Z}. */
  public String time() {
    return this.time;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(CaseTransition defaults) {
    return new Builder(defaults);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CaseTransition t
        && Objects.equals(from, t.from)
        && Objects.equals(to, t.to)
        && Objects.equals(operation, t.operation)
        && Objects.equals(time, t.time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, operation, time);
  }

  @Override
  public String toString() {
    return "CaseTransition[" + from + " -> " + to + " by " + operation + " at " + time + "]";
  }

  /** Builds a {@link CaseTransition}; the SDK's deserializer uses it for engine outputs. */
  @CustomType.Builder
  public static final class Builder {
    private String from;
    private String to;
    private String operation;
    private String time;

    public Builder() {}

    public Builder(CaseTransition defaults) {
      Objects.requireNonNull(defaults);
      this.from = defaults.from;
      this.to = defaults.to;
      this.operation = defaults.operation;
      this.time = defaults.time;
    }

    @CustomType.Setter
    public Builder from(String from) {
      this.from = required(from, "from");
      return this;
    }

    @CustomType.Setter
    public Builder to(String to) {
      this.to = required(to, "to");
      return this;
    }

    @CustomType.Setter
    public Builder operation(String operation) {
      this.operation = required(operation, "operation");
      return this;
    }

    @CustomType.Setter
    public Builder time(String time) {
      this.time = required(time, "time");
      return this;
    }

    public CaseTransition build() {
      final var result = new CaseTransition();
      result.from = required(from, "from");
      result.to = required(to, "to");
      result.operation = required(operation, "operation");
      result.time = required(time, "time");
      return result;
    }

    private static String required(String value, String property) {
      if (value == null) {
        throw new MissingRequiredPropertyException("CaseTransition", property);
      }
      return value;
    }
  }
}
