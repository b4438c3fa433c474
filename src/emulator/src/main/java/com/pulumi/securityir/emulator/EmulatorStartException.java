package com.pulumi.securityir.emulator;

import java.util.List;

/**
 * The emulator could not start; {@link #problems()} says why, each naming the option or file and
 * the fix.
 */
public final class EmulatorStartException extends Exception {
  private final List<String> problems;

  EmulatorStartException(List<String> problems, Throwable cause) {
    super(String.join("; ", problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** Every reason the emulator did not start. */
  public List<String> problems() {
    return problems;
  }
}
