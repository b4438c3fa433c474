package com.pulumi.securityir.provider;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Captures the single answer or error of a unary RPC called in-process. */
final class CapturingObserver<T> implements StreamObserver<T> {

  private final CountDownLatch done = new CountDownLatch(1);
  private volatile T value;
  private volatile Throwable error;

  @Override
  public void onNext(T next) {
    if (value != null) {
      throw new AssertionError("a unary RPC answered twice");
    }
    value = next;
  }

  @Override
  public void onError(Throwable t) {
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
  CapturingObserver<T> await() {
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

  Optional<T> value() {
    return error == null ? Optional.ofNullable(value) : Optional.empty();
  }

  Optional<Status> status() {
    return error == null ? Optional.empty() : Optional.of(Status.fromThrowable(error));
  }
}
