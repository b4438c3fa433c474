package com.pulumi.securityir.provider.testing;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Captures the single answer or error of a unary RPC called in-process, and runs a hook at the
 * moment it arrives (so a test can see what had happened by then).
 */
public final class CapturingObserver<T> implements StreamObserver<T> {

  private final CountDownLatch done = new CountDownLatch(1);
  private final Runnable onAnswer;
  private volatile T value;
  private volatile Throwable error;

  public CapturingObserver() {
    this(() -> {});
  }

  public CapturingObserver(Runnable onAnswer) {
    this.onAnswer = onAnswer;
  }

  @Override
  public void onNext(T next) {
    if (value != null) {
      throw new AssertionError("a unary RPC answered twice");
    }
    onAnswer.run();
    value = next;
  }

  @Override
  public void onError(Throwable t) {
    onAnswer.run();
    error = t;
    done.countDown();
  }

  @Override
  public void onCompleted() {
    if (value == null) {
      throw new AssertionError("completed without an answer");
    }
    done.countDown();
  }

  /** Waits (bounded) for the call to end; fails if it never does. */
  public CapturingObserver<T> await() {
    try {
      if (!done.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the RPC never completed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return this;
  }

  public Optional<T> value() {
    return error == null ? Optional.ofNullable(value) : Optional.empty();
  }

  public Optional<Status> status() {
    return error == null ? Optional.empty() : Optional.of(Status.fromThrowable(error));
  }

  public Optional<Throwable> error() {
    return Optional.ofNullable(error);
  }
}
