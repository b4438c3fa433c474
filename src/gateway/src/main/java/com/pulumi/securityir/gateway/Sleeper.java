package com.pulumi.securityir.gateway;

import java.time.Duration;

/** Waits between attempts; injected so tests can record waits instead of spending them. */
@FunctionalInterface
public interface Sleeper {

  /** Blocks for {@code duration}; throws when the thread is interrupted. */
  void sleep(Duration duration) throws InterruptedException;

  /** Sleeps the current thread for real. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
