package com.pulumi.securityir.provider.services;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.reconcile.Reconciler;
import java.util.Objects;

/**
 * What a configured provider works with, shared by every resource handler: one gateway (one SDK
 * client) and one reconciler for the process, the per-process read cache over that gateway, and the
 * per-process cache of whole-case reads over the port that creates cases and changes their contents
 * ({@code details}, on the same client), and the per-process cache of membership reads over the
 * membership port ({@code memberships}, on the same client).
 */
public record ProviderServices(
    CaseGateway gateway,
    Reconciler reconciler,
    CaseReads reads,
    CaseDetailReads details,
    MembershipReads memberships) {
  public ProviderServices {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(reconciler, "reconciler");
    Objects.requireNonNull(reads, "reads");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(memberships, "memberships");
  }
}
