package com.pulumi.securityir.provider.resource;

import java.util.Objects;
import java.util.function.Function;

/**
 * How an operation that changes things step by step ended (Create, Update): done, failed having
 * changed nothing, or stopped part-way with some changes made. Pulumi records a part-way stop's
 * {@code reached} state, so the next update resumes from there.
 *
 * @param <T> the value of a success, also what is known of the state reached part-way
 */
public sealed interface ApplyResult<T> permits Result.Done, Result.Failed, ApplyResult.PartlyDone {

  /** The same result over another value: a success's value and a part-way stop's state mapped. */
  default <U> ApplyResult<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Result.Done<T> done) {
      return Result.done(f.apply(done.value()));
    }
    if (this instanceof PartlyDone<T> partly) {
      return new PartlyDone<>(f.apply(partly.reached()), partly.reason());
    }
    return Result.failed(((Result.Failed<T>) this).failure());
  }

  /**
   * Some changes were made, but not all.
   *
   * @param reached the state actually reached
   * @param reason one line for the person running Pulumi: what stopped it, where it stands, and how
   *     to resume; never a secret
   */
  record PartlyDone<T>(T reached, String reason) implements ApplyResult<T> {
    public PartlyDone {
      Objects.requireNonNull(reached, "reached");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
