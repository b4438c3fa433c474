package com.pulumi.securityir.provider.server;

import com.pulumi.securityir.core.reconcile.CancellationSignal;
import java.util.concurrent.atomic.AtomicBoolean;

/** Set once by the engine's Cancel; read by every walk between its steps. Thread-safe. */
public final class CancelSwitch implements CancellationSignal {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  void cancel() {
    cancelled.set(true);
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }
}
