package com.pulumi.securityir.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A suspicious IP address seen in the incident (sensitive in the API model). (schema type {@code
 * securityir:index:ThreatActorIp}), where a program passes one in. Built with {@link #builder()};
 * immutable once built. Inputs the schema marks secret are always sent as secrets, whichever
 * builder overload set them.
 */
public final class ThreatActorIpArgs extends com.pulumi.resources.ResourceArgs {

  public static final ThreatActorIpArgs Empty = new ThreatActorIpArgs();

  @Import(name = "ipAddress", required = true)
  private Output<String> ipAddress;

  @Import(name = "userAgent")
  private @Nullable Output<String> userAgent;

  private ThreatActorIpArgs() {}

  private ThreatActorIpArgs(ThreatActorIpArgs defaults) {
    this.ipAddress = defaults.ipAddress;
    this.userAgent = defaults.userAgent;
  }

  /** IPv4 or IPv6 address. */
  public Output<String> ipAddress() {
    return this.ipAddress;
  }

  /** User agent it used, 1 to 500 characters. */
  public Optional<Output<String>> userAgent() {
    return Optional.ofNullable(this.userAgent);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(ThreatActorIpArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link ThreatActorIpArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final ThreatActorIpArgs args;

    public Builder() {
      args = new ThreatActorIpArgs();
    }

    public Builder(ThreatActorIpArgs defaults) {
      args = new ThreatActorIpArgs(Objects.requireNonNull(defaults));
    }

    public Builder ipAddress(Output<String> ipAddress) {
      args.ipAddress = ipAddress;
      return this;
    }

    public Builder ipAddress(String ipAddress) {
      return ipAddress(Output.of(ipAddress));
    }

    public Builder userAgent(@Nullable Output<String> userAgent) {
      args.userAgent = userAgent;
      return this;
    }

    public Builder userAgent(String userAgent) {
      return userAgent(Output.of(userAgent));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when a required input was not set
     */
    public ThreatActorIpArgs build() {
      if (args.ipAddress == null) {
        throw new MissingRequiredPropertyException("ThreatActorIpArgs", "ipAddress");
      }
      return new ThreatActorIpArgs(args);
    }
  }
}
