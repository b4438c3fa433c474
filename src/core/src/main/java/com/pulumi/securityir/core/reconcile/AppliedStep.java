package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.lifecycle.Transition;
import java.time.Instant;
import java.util.Objects;

/** A move the service confirmed, and when the confirmation arrived. */
public record AppliedStep(Transition transition, Instant appliedAt) {
  public AppliedStep {
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(appliedAt, "appliedAt");
  }
}
