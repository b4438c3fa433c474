package com.pulumi.securityir.provider.services;

import java.util.Objects;

/** Whether a handler can use the provider's services now. */
public sealed interface Availability {

  /** Configured and built. */
  record Ready(ProviderServices services) implements Availability {
    public Ready {
      Objects.requireNonNull(services, "services");
    }
  }

  /**
   * Not configured: Configure has not run, or its values are unknown during a preview (they depend
   * on resources not created yet).
   */
  record Unconfigured() implements Availability {}

  /** Configured, but the services cannot be built; {@code reason} says why and is safe to show. */
  record Unusable(String reason) implements Availability {
    public Unusable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
