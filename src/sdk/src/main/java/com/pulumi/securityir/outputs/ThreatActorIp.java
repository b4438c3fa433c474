package com.pulumi.securityir.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A suspicious IP address seen in the incident (sensitive in the API model). (schema type {@code
 * securityir:index:ThreatActorIp}), as the provider returns it. Immutable once built; {@link
 * #toString()} shows no value, as the API model may mark them sensitive.
 */
@CustomType
public final class ThreatActorIp {
  private String ipAddress;
  private @Nullable String userAgent;

  private ThreatActorIp() {}

  /** IPv4 or IPv6 address. */
  public String ipAddress() {
    return this.ipAddress;
  }

  /** User agent it used, 1 to 500 characters. */
  public Optional<String> userAgent() {
    return Optional.ofNullable(this.userAgent);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(ThreatActorIp defaults) {
    return new Builder(defaults);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ThreatActorIp o
        && Objects.equals(ipAddress, o.ipAddress)
        && Objects.equals(userAgent, o.userAgent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ipAddress, userAgent);
  }

  @Override
  public String toString() {
    return "ThreatActorIp[values hidden]";
  }

  /** Builds a {@link ThreatActorIp}; the SDK's deserializer uses it for engine outputs. */
  @CustomType.Builder
  public static final class Builder {
    private @Nullable String ipAddress;
    private @Nullable String userAgent;

    public Builder() {}

    public Builder(ThreatActorIp defaults) {
      Objects.requireNonNull(defaults);
      this.ipAddress = defaults.ipAddress;
      this.userAgent = defaults.userAgent;
    }

    @CustomType.Setter
    public Builder ipAddress(String ipAddress) {
      this.ipAddress = required(ipAddress, "ipAddress");
      return this;
    }

    @CustomType.Setter
    public Builder userAgent(@Nullable String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    public ThreatActorIp build() {
      final var result = new ThreatActorIp();
      result.ipAddress = required(ipAddress, "ipAddress");
      result.userAgent = userAgent;
      return result;
    }

    private static String required(@Nullable String value, String property) {
      if (value == null) {
        throw new MissingRequiredPropertyException("ThreatActorIp", property);
      }
      return value;
    }
  }
}
