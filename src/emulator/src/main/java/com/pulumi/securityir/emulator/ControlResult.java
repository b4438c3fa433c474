package com.pulumi.securityir.emulator;

/**
 * The outcome of a control-plane action, returned as data to in-process callers and turned into the
 * HTTP answer by the {@code /_emulator/} handler.
 *
 * @param <T> the success value
 */
public sealed interface ControlResult<T> {

  /** The action happened. */
  record Ok<T>(T value) implements ControlResult<T> {}

  /**
   * The action was refused.
   *
   * @param httpStatus the status the control plane answers (400 bad input, 404 unknown case, 409
   *     conflict)
   * @param message names the field or case, the problem, and the fix
   */
  record Rejected<T>(int httpStatus, String message) implements ControlResult<T> {}

  /**
   * The value of an {@link Ok}; for a {@link Rejected} throws IllegalStateException with its
   * message.
   */
  default T orElseThrow() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    Rejected<T> r = (Rejected<T>) this;
    throw new IllegalStateException(
        "Emulator control action rejected (" + r.httpStatus() + "): " + r.message());
  }
}
