package com.pulumi.securityir.provider.resource;

import java.util.Objects;

/**
 * How an operation that either succeeds or changes nothing ended (Diff, Read, Delete): its value,
 * or a {@link Failure} that says why nothing was done.
 *
 * @param <T> the value of a success
 */
public sealed interface Result<T> {

  /** The operation succeeded. */
  record Done<T>(T value) implements Result<T>, ApplyResult<T> {
    public Done {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The operation failed and changed nothing. */
  record Failed<T>(Failure failure) implements Result<T>, ApplyResult<T> {
    public Failed {
      Objects.requireNonNull(failure, "failure");
    }
  }

  static <T> Done<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Failed<T> failed(Failure failure) {
    return new Failed<>(failure);
  }
}
