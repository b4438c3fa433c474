package com.pulumi.securityir.provider.membership;

import com.pulumi.securityir.core.gateway.LiveMembership;
import java.util.Objects;

/**
 * The outputs (recorded state) of one {@code Membership}: the membership as last seen or as the
 * last operation left it, and whether Delete cancels it. Sensitive members become secrets by the
 * descriptor.
 */
public record MembershipOutputs(LiveMembership live, boolean cancelOnDelete) {
  public MembershipOutputs {
    Objects.requireNonNull(live, "live");
  }
}
