package com.pulumi.securityir.core.reconcile;

/**
 * Asked between steps whether the caller wants the walk to stop. Implementations must be
 * thread-safe; the reconciler never interrupts a call in flight.
 */
@FunctionalInterface
public interface CancellationSignal {

  CancellationSignal NEVER = () -> false;

  boolean isCancelled();
}
