package com.pulumi.securityir.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * An AWS Region the incident touches. (schema type {@code securityir:index:ImpactedAwsRegion}), as
 * the provider returns it. Immutable once built; {@link #toString()} shows no value, as the API
 * model may mark them sensitive.
 */
@CustomType
public final class ImpactedAwsRegion {
  private String region;

  private ImpactedAwsRegion() {}

  /** Region name, e.g. us-east-1. */
  public String region() {
    return this.region;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(ImpactedAwsRegion defaults) {
    return new Builder(defaults);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImpactedAwsRegion o && Objects.equals(region, o.region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region);
  }

  @Override
  public String toString() {
    return "ImpactedAwsRegion[values hidden]";
  }

  /** Builds a {@link ImpactedAwsRegion}; the SDK's deserializer uses it for engine outputs. */
  @CustomType.Builder
  public static final class Builder {
    private @Nullable String region;

    public Builder() {}

    public Builder(ImpactedAwsRegion defaults) {
      Objects.requireNonNull(defaults);
      this.region = defaults.region;
    }

    @CustomType.Setter
    public Builder region(String region) {
      this.region = required(region, "region");
      return this;
    }

    public ImpactedAwsRegion build() {
      final var result = new ImpactedAwsRegion();
      result.region = required(region, "region");
      return result;
    }

    private static String required(@Nullable String value, String property) {
      if (value == null) {
        throw new MissingRequiredPropertyException("ImpactedAwsRegion", property);
      }
      return value;
    }
  }
}
