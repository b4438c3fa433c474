package com.pulumi.securityir.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * An AWS Region the incident touches. (schema type {@code securityir:index:ImpactedAwsRegion}),
 * where a program passes one in. Built with {@link #builder()}; immutable once built. Inputs the
 * schema marks secret are always sent as secrets, whichever builder overload set them.
 */
public final class ImpactedAwsRegionArgs extends com.pulumi.resources.ResourceArgs {

  public static final ImpactedAwsRegionArgs Empty = new ImpactedAwsRegionArgs();

  @Import(name = "region", required = true)
  private Output<String> region;

  private ImpactedAwsRegionArgs() {}

  private ImpactedAwsRegionArgs(ImpactedAwsRegionArgs defaults) {
    this.region = defaults.region;
  }

  /** Region name, e.g. us-east-1. */
  public Output<String> region() {
    return this.region;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(ImpactedAwsRegionArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link ImpactedAwsRegionArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final ImpactedAwsRegionArgs args;

    public Builder() {
      args = new ImpactedAwsRegionArgs();
    }

    public Builder(ImpactedAwsRegionArgs defaults) {
      args = new ImpactedAwsRegionArgs(Objects.requireNonNull(defaults));
    }

    public Builder region(Output<String> region) {
      args.region = region;
      return this;
    }

    public Builder region(String region) {
      return region(Output.of(region));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when a required input was not set
     */
    public ImpactedAwsRegionArgs build() {
      if (args.region == null) {
        throw new MissingRequiredPropertyException("ImpactedAwsRegionArgs", "region");
      }
      return new ImpactedAwsRegionArgs(args);
    }
  }
}
