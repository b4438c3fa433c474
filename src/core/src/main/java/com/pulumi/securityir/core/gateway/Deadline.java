package com.pulumi.securityir.core.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The moment by which a caller wants an operation over, or none. Immutable; the clock is passed in
 * so tests control time.
 */
public record Deadline(Optional<Instant> at) {

  private static final Deadline NONE = new Deadline(Optional.empty());

  public Deadline {
    Objects.requireNonNull(at, "at");
  }

  public static Deadline none() {
    return NONE;
  }

  public static Deadline at(Instant instant) {
    return new Deadline(Optional.of(instant));
  }

  /** A deadline {@code timeout} from now; a zero or negative timeout means none. */
  public static Deadline after(Duration timeout, Clock clock) {
    if (timeout.isZero() || timeout.isNegative()) {
      return NONE;
    }
    return at(clock.instant().plus(timeout));
  }

  public boolean isExpired(Clock clock) {
    return at.map(instant -> !clock.instant().isBefore(instant)).orElse(false);
  }

  /** Time left, never negative; empty when there is no deadline. */
  public Optional<Duration> remaining(Clock clock) {
    return at.map(
        instant -> {
          Duration left = Duration.between(clock.instant(), instant);
          return left.isNegative() ? Duration.ZERO : left;
        });
  }
}
