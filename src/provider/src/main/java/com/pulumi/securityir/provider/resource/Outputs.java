package com.pulumi.securityir.provider.resource;

import java.util.Objects;

/**
 * What a Create or Update returns: the resource's typed outputs, or during a preview whose inputs
 * are not all known, a placeholder in which the values that cannot be known yet are unknown.
 *
 * @param <O> the resource's typed outputs
 */
public sealed interface Outputs<O> {

  /** The outputs, every one known (a preview may still leave parts of {@code O} open). */
  record Known<O>(O value) implements Outputs<O> {
    public Known {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A preview's outputs with unknowns, e.g. {@link DescriptorRules#placeholderOutputs}. */
  record Placeholder<O>(PropertyMap values) implements Outputs<O> {
    public Placeholder {
      Objects.requireNonNull(values, "values");
    }
  }
}
