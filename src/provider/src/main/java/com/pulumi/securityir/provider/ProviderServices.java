package com.pulumi.securityir.provider;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.reconcile.Reconciler;
import java.util.Objects;

/**
 * What a configured provider works with: one gateway (one SDK client) and one reconciler for the
 * process, and the per-process read cache over that gateway.
 */
record ProviderServices(CaseGateway gateway, Reconciler reconciler, CaseReads reads) {
  ProviderServices {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(reconciler, "reconciler");
    Objects.requireNonNull(reads, "reads");
  }

  /** Builds the services for a validated configuration. */
  @FunctionalInterface
  interface Factory {
    ProviderServices create(ProviderConfiguration configuration);
  }
}
