package com.pulumi.securityir.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * An opt-in feature of the membership. (schema type {@code securityir:index:OptInFeature}), as the
 * provider returns it. Immutable once built.
 */
@CustomType
public final class OptInFeature {
  private String featureName;
  private Boolean isEnabled;

  private OptInFeature() {}

  /** The feature: Triage. */
  public String featureName() {
    return this.featureName;
  }

  /** Whether the feature is on. */
  public Boolean isEnabled() {
    return this.isEnabled;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(OptInFeature defaults) {
    return new Builder(defaults);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OptInFeature o
        && Objects.equals(featureName, o.featureName)
        && Objects.equals(isEnabled, o.isEnabled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(featureName, isEnabled);
  }

  @Override
  public String toString() {
    return "OptInFeature[featureName=" + featureName + ", isEnabled=" + isEnabled + "]";
  }

  /** Builds {@link OptInFeature}; the SDK's deserializer uses the setters. */
  @CustomType.Builder
  public static final class Builder {
    private @Nullable String featureName;
    private @Nullable Boolean isEnabled;

    public Builder() {}

    public Builder(OptInFeature defaults) {
      Objects.requireNonNull(defaults);
      this.featureName = defaults.featureName;
      this.isEnabled = defaults.isEnabled;
    }

    @CustomType.Setter
    public Builder featureName(String featureName) {
      this.featureName = required(featureName, "featureName");
      return this;
    }

    @CustomType.Setter
    public Builder isEnabled(Boolean isEnabled) {
      this.isEnabled = required(isEnabled, "isEnabled");
      return this;
    }

    public OptInFeature build() {
      final var result = new OptInFeature();
      result.featureName = required(featureName, "featureName");
      result.isEnabled = required(isEnabled, "isEnabled");
      return result;
    }

    private static <T> T required(@Nullable T value, String property) {
      if (value == null) {
        throw new MissingRequiredPropertyException("OptInFeature", property);
      }
      return value;
    }
  }
}
