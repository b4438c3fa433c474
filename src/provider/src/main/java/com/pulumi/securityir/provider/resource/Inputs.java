package com.pulumi.securityir.provider.resource;

import java.util.Objects;
import java.util.Optional;

/**
 * A resource's inputs as far as they can be read: every value known and valid, or not (during a
 * preview some values are unknown until other resources exist; a recorded state may predate this
 * provider's rules).
 *
 * @param <I> the resource's typed inputs
 */
public sealed interface Inputs<I> {

  /** Every input is known and valid. */
  record Known<I>(I value) implements Inputs<I> {
    public Known {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Some input is unknown or unreadable; {@code given} holds what the engine sent. */
  record Incomplete<I>(PropertyMap given) implements Inputs<I> {
    public Incomplete {
      Objects.requireNonNull(given, "given");
    }
  }

  /** The typed inputs, when every one is known. */
  default Optional<I> known() {
    return this instanceof Known<I> known ? Optional.of(known.value()) : Optional.empty();
  }
}
