package com.pulumi.securityir.provider.config;

import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.provider.services.ProviderServices;

/** Builds the provider's services for a validated configuration. */
@FunctionalInterface
public interface ServicesFactory {
  /**
   * The services, or the reason this configuration cannot be used (e.g. credentials the SDK
   * rejects), written to be shown. Called off the RPC threads; may take a few hundred ms.
   */
  Parsed<ProviderServices> create(ProviderConfiguration configuration);
}
