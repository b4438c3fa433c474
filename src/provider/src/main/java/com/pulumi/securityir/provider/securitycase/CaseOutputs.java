package com.pulumi.securityir.provider.securitycase;

import com.pulumi.securityir.core.gateway.LiveCase;
import java.util.Objects;

/**
 * The outputs (recorded state) of one {@code Case}: the case as last seen or as the last operation
 * left it, and whether Delete closes it. Sensitive members become secrets by the descriptor.
 */
public record CaseOutputs(LiveCase live, boolean closeOnDelete) {
  public CaseOutputs {
    Objects.requireNonNull(live, "live");
  }
}
