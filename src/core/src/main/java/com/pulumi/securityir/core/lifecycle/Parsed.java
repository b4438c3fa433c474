package com.pulumi.securityir.core.lifecycle;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of turning untrusted text into a domain value: either the value or a reason a person
 * can act on. Parsing returns this instead of throwing, so callers can collect every problem of an
 * input and attach the field name they know.
 *
 * @param <T> the parsed value's type
 */
public sealed interface Parsed<T> {

  /** The input was valid. */
  record Success<T>(T value) implements Parsed<T> {
    public Success {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The input was invalid; {@code reason} quotes the input and says how to fix it. */
  record Failure<T>(String reason) implements Parsed<T> {
    public Failure {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static <T> Parsed<T> success(T value) {
    return new Success<>(value);
  }

  static <T> Parsed<T> failure(String reason) {
    return new Failure<>(reason);
  }

  /** Transforms a successful value; a failure passes through unchanged. */
  default <R> Parsed<R> map(Function<T, R> f) {
    if (this instanceof Success<T> s) {
      return new Success<>(f.apply(s.value()));
    }
    return new Failure<>(((Failure<T>) this).reason());
  }

  /**
   * The value, for callers that have already established success (e.g. constants and test
   * fixtures); an {@link IllegalArgumentException} with the reason otherwise.
   */
  default T orElseThrow() {
    if (this instanceof Success<T> s) {
      return s.value();
    }
    throw new IllegalArgumentException(((Failure<T>) this).reason());
  }
}
