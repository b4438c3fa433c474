package com.pulumi.securityir.core.gateway;

import java.util.Objects;
import java.util.Optional;

/**
 * A suspicious IP address seen in the incident, with the user agent it used. The address is
 * sensitive in the API model, so {@link #toString()} does not show it.
 */
public record ThreatActorIp(String ipAddress, Optional<String> userAgent) {
  public ThreatActorIp {
    Objects.requireNonNull(ipAddress, "ipAddress");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public String toString() {
    return "ThreatActorIp[sensitive]";
  }
}
