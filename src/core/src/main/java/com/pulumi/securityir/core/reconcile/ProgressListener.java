package com.pulumi.securityir.core.reconcile;

/**
 * Receives a reconcile's progress events on the reconciling thread, in order. Must be thread-safe
 * when shared between concurrent reconciles, and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = event -> {};

  void onEvent(ProgressEvent event);
}
