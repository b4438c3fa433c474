package com.pulumi.securityir.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * An opt-in feature of the membership. (schema type {@code securityir:index:OptInFeature}), where a
 * program passes one in. Built with {@link #builder()}; immutable once built.
 */
public final class OptInFeatureArgs extends com.pulumi.resources.ResourceArgs {

  public static final OptInFeatureArgs Empty = new OptInFeatureArgs();

  @Import(name = "featureName", required = true)
  private Output<String> featureName;

  @Import(name = "isEnabled", required = true)
  private Output<Boolean> isEnabled;

  private OptInFeatureArgs() {}

  private OptInFeatureArgs(OptInFeatureArgs defaults) {
    this.featureName = defaults.featureName;
    this.isEnabled = defaults.isEnabled;
  }

  /** The feature: Triage. */
  public Output<String> featureName() {
    return this.featureName;
  }

  /** Whether the feature is on. */
  public Output<Boolean> isEnabled() {
    return this.isEnabled;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(OptInFeatureArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link OptInFeatureArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final OptInFeatureArgs args;

    public Builder() {
      args = new OptInFeatureArgs();
    }

    public Builder(OptInFeatureArgs defaults) {
      args = new OptInFeatureArgs(Objects.requireNonNull(defaults));
    }

    public Builder featureName(Output<String> featureName) {
      args.featureName = featureName;
      return this;
    }

    public Builder featureName(String featureName) {
      return featureName(Output.of(featureName));
    }

    public Builder isEnabled(Output<Boolean> isEnabled) {
      args.isEnabled = isEnabled;
      return this;
    }

    public Builder isEnabled(Boolean isEnabled) {
      return isEnabled(Output.of(isEnabled));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when a required input was not set
     */
    public OptInFeatureArgs build() {
      if (args.featureName == null) {
        throw new MissingRequiredPropertyException("OptInFeatureArgs", "featureName");
      }
      if (args.isEnabled == null) {
        throw new MissingRequiredPropertyException("OptInFeatureArgs", "isEnabled");
      }
      return new OptInFeatureArgs(args);
    }
  }
}
