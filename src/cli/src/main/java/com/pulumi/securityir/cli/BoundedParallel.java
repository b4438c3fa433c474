package com.pulumi.securityir.cli;

import com.pulumi.securityir.gateway.GatewayConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to every item with at most a given number running at once, and returns the
 * results in the items' order. Each call uses its own short-lived threads, which are gone when it
 * returns.
 */
final class BoundedParallel {

  /**
   * The largest {@code --parallel} accepted, the gateway's largest bound of attempts at once:
   * beyond it a run only meets the service's throttling sooner.
   */
  static final int MAX_PARALLELISM = GatewayConfig.MAX_MAX_CONCURRENCY;

  private BoundedParallel() {}

  /**
   * Runs {@code work} on every item, at most {@code parallelism} at a time, and waits for all of
   * them.
   *
   * @throws RuntimeException the first unexpected exception a call threw (after all calls ended);
   *     the functions used here report expected failures as data
   */
  static <T, R> List<R> map(List<T> items, int parallelism, Function<T, R> work) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    if (items.isEmpty()) {
      return List.of();
    }
    AtomicInteger counter = new AtomicInteger();
    ThreadFactory threads =
        task -> {
          Thread t = new Thread(task, "securityir-worker-" + counter.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(parallelism, items.size()), threads);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>();
      RuntimeException first = null;
      for (Future<R> future : futures) {
        try {
          results.add(awaitUninterruptibly(future));
        } catch (ExecutionException e) {
          if (first == null) {
            first =
                e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException(e.getCause());
          }
        }
      }
      if (first != null) {
        throw first;
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Waits for a call that is already under way. Interrupting the waiting thread does not abandon
   * the call: the case it moves must still be reported, so cancellation goes through {@code
   * CancellationSignal}.
   */
  private static <R> R awaitUninterruptibly(Future<R> future) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
