package com.pulumi.securityir.provider.resource;

import java.util.Objects;
import java.util.Optional;

/**
 * What a Read found.
 *
 * @param <I> the resource's typed inputs
 * @param <O> the resource's typed outputs
 */
public sealed interface ReadResult<I, O> {

  /**
   * The resource exists as {@code outputs}; {@code inputs} replace the recorded ones when present
   * (an import must give them).
   */
  record Found<I, O>(String id, O outputs, Optional<I> inputs) implements ReadResult<I, O> {
    public Found {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(outputs, "outputs");
      Objects.requireNonNull(inputs, "inputs");
    }
  }

  /** The resource no longer exists; the engine drops it from the state. */
  record Gone<I, O>() implements ReadResult<I, O> {}
}
