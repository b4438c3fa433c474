package com.pulumi.securityir.provider.resource;

import java.util.List;
import java.util.Objects;

/**
 * What Check made of the declared inputs: valid (possibly with unknowns, during a preview), or a
 * list of problems, each naming its property. Bad input is data, never an exception.
 *
 * @param <I> the resource's typed inputs
 */
public sealed interface Checked<I> {

  /**
   * The inputs are valid.
   *
   * @param recorded the inputs as the engine should record them (canonical spellings), secrets kept
   */
  record Valid<I>(Inputs<I> inputs, PropertyMap recorded) implements Checked<I> {
    public Valid {
      Objects.requireNonNull(inputs, "inputs");
      Objects.requireNonNull(recorded, "recorded");
    }
  }

  /** The inputs are not valid; nothing may be called with them. */
  record Invalid<I>(List<PropertyProblem> problems) implements Checked<I> {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("invalid inputs need at least one problem");
      }
    }
  }
}
