package com.pulumi.securityir.emulator;

import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * A token bucket of {@code max(1, rps)} tokens refilled at {@code rps} per second. Thread-safe. A
 * refused call learns how many whole seconds (at least 1) to wait, for the {@code Retry-After}
 * header.
 */
final class RateLimiter {
  private final double rps;
  private final double capacity;
  private final LongSupplier nanoTime;
  private double tokens;
  private long last;

  RateLimiter(double rps, LongSupplier nanoTime) {
    this.rps = rps;
    this.nanoTime = nanoTime;
    this.capacity = Math.max(1, rps);
    this.tokens = capacity;
    this.last = nanoTime.getAsLong();
  }

  /** Empty when the call may proceed; otherwise the seconds to wait before retrying. */
  synchronized OptionalInt acquire() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rps);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) Math.max(1, Math.ceil((1 - tokens) / rps)));
  }
}
