package com.pulumi.securityir.provider.resource;

import java.util.Objects;
import java.util.Optional;

/**
 * One optional input as declared: not given, given (secret or not), or during a preview not known
 * yet. Immutable; {@link #toString()} never shows a value.
 *
 * @param <T> the input's type
 */
public sealed interface OptionalInput<T> {

  /** Whether the engine sent the value as a secret. */
  boolean secret();

  /** The value, when given and known. */
  default Optional<T> known() {
    return this instanceof Given<T> given ? Optional.of(given.value()) : Optional.empty();
  }

  /** The value, or {@code fallback} when not given; empty while unknown. */
  default Optional<T> orElse(T fallback) {
    return this instanceof Unknown<T> ? Optional.empty() : Optional.of(known().orElse(fallback));
  }

  /** Not given. */
  record Absent<T>() implements OptionalInput<T> {
    @Override
    public boolean secret() {
      return false;
    }
  }

  /** Given and known. */
  record Given<T>(T value, boolean secret) implements OptionalInput<T> {
    public Given {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return secret ? "Given[secret]" : "Given[set]";
    }
  }

  /** Given, but not known until other resources exist (a preview). */
  record Unknown<T>(boolean secret) implements OptionalInput<T> {}

  static <T> OptionalInput<T> absent() {
    return new Absent<>();
  }
}
