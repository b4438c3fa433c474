package com.pulumi.securityir.gateway;

import java.util.List;
import java.util.Objects;

/** The result of {@link AwsCaseGateway#open}: a ready gateway or the reasons there is none. */
public sealed interface GatewayOpening {

  /** The gateway is ready; the caller owns it and must close it. */
  record Ready(AwsCaseGateway gateway) implements GatewayOpening {
    public Ready {
      Objects.requireNonNull(gateway, "gateway");
    }
  }

  /** The configuration (or what the SDK resolved from the environment) cannot be used. */
  record Refused(List<ConfigProblem> problems) implements GatewayOpening {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs at least one problem");
      }
    }
  }
}
