package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.gateway.AdaptiveLimit.Outcome;
import com.pulumi.securityir.gateway.AdaptiveLimit.Permit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limit's rule as documented: starts at the bound, halves on a throttle of an attempt sent
 * since the last halving, grows by one per window of successes, stays within 1 and the bound, and
 * never lets more attempts in than the limit.
 */
class AdaptiveLimitTest {

  private static final Optional<Duration> NO_WAIT = Optional.of(Duration.ZERO);

  /** {@code n} permits, taken without waiting. */
  private static List<Permit> take(AdaptiveLimit limit, int n) throws InterruptedException {
    List<Permit> permits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      permits.add(limit.acquire(NO_WAIT).orElseThrow());
    }
    return permits;
  }

  /** One attempt at a time: takes a permit and gives it back with the outcome. */
  private static void attempt(AdaptiveLimit limit, Outcome outcome) throws InterruptedException {
    limit.release(limit.acquire(NO_WAIT).orElseThrow(), outcome);
  }

  /**
   * Outcomes one after another (T throttled, S succeeded, F failed otherwise); the expected limit
   * follows the rule by hand: T halves (at least 1), S counts toward a window of {@code limit}
   * successes that adds one (at most the bound), F changes nothing.
   */
  @ParameterizedTest(name = "bound {0}, {1} -> limit {2}, lowest {3}")
  @CsvSource({
    "16, T, 8, 8",
    "16, T T T T T, 1, 1",
    "16, T T T T T T T, 1, 1",
    "1, T, 1, 1",
    "4, T S S, 3, 2",
    "4, T S, 2, 2",
    "8, T S S S S S S S S S, 6, 4",
    "4, S S S S S S S S, 4, 4",
    "4, F F F, 4, 4",
    "4, T F F F, 2, 2",
    "8, T T S S S, 3, 2",
  })
  void followsAdditiveIncreaseMultiplicativeDecrease(
      int bound, String outcomes, int expectedLimit, int expectedLowest)
      throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(bound);
    for (String o : outcomes.split(" ")) {
      attempt(
          limit,
          switch (o) {
            case "T" -> Outcome.THROTTLED;
            case "S" -> Outcome.SUCCEEDED;
            default -> Outcome.FAILED;
          });
    }
    AdaptiveLimit.Snapshot snapshot = limit.snapshot();
    assertEquals(expectedLimit, snapshot.limit());
    assertEquals(expectedLowest, snapshot.lowest());
    assertEquals(bound, snapshot.bound());
    assertEquals(0, limit.inFlight());
  }

  @Test
  void startsAtTheBound() throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(3);
    List<Permit> permits = take(limit, 3);
    assertTrue(limit.acquire(NO_WAIT).isEmpty(), "a fourth attempt must wait");
    permits.forEach(p -> limit.release(p, Outcome.SUCCEEDED));
  }

  @Test
  void aBurstOfThrottlesFromAttemptsInFlightTogetherHalvesOnce() throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(8);
    List<Permit> permits = take(limit, 8);
    permits.forEach(p -> limit.release(p, Outcome.THROTTLED));
    assertEquals(new AdaptiveLimit.Snapshot(8, 4, 4, 8, 1), limit.snapshot());
  }

  @Test
  void successesOfAttemptsSentBeforeAHalvingDoNotGrowTheLimit() throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(8);
    List<Permit> permits = take(limit, 8);
    limit.release(permits.get(0), Outcome.THROTTLED);
    permits.subList(1, 8).forEach(p -> limit.release(p, Outcome.SUCCEEDED));
    assertEquals(4, limit.snapshot().limit());
    for (int i = 0; i < 4; i++) {
      attempt(limit, Outcome.SUCCEEDED);
    }
    assertEquals(5, limit.snapshot().limit());
  }

  @Test
  void aLoweredLimitLetsAttemptsInFlightFinishAndHoldsBackNewOnes() throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(4);
    List<Permit> permits = take(limit, 4);
    limit.release(permits.get(0), Outcome.THROTTLED);
    assertEquals(3, limit.inFlight(), "the other attempts are still in flight");
    assertTrue(limit.acquire(NO_WAIT).isEmpty(), "3 in flight, limit 2");
    limit.release(permits.get(1), Outcome.SUCCEEDED);
    assertTrue(limit.acquire(NO_WAIT).isEmpty(), "2 in flight, limit 2");
    limit.release(permits.get(2), Outcome.SUCCEEDED);
    Permit next = limit.acquire(NO_WAIT).orElseThrow();
    limit.release(next, Outcome.SUCCEEDED);
    limit.release(permits.get(3), Outcome.SUCCEEDED);
    assertEquals(0, limit.inFlight());
  }

  @Test
  void aPermitGivenBackTwiceCountsOnce() throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(4);
    Permit held = limit.acquire(NO_WAIT).orElseThrow();
    Permit permit = limit.acquire(NO_WAIT).orElseThrow();
    limit.release(permit, Outcome.THROTTLED);
    limit.release(permit, Outcome.THROTTLED);
    assertEquals(new AdaptiveLimit.Snapshot(4, 2, 2, 1, 1), limit.snapshot());
    assertEquals(1, limit.inFlight());
    limit.release(held, Outcome.FAILED);
  }

  @Test
  void concurrentCallersNeverExceedTheLimit() throws Exception {
    AdaptiveLimit limit = new AdaptiveLimit(4);
    attempt(limit, Outcome.THROTTLED);
    assertEquals(2, limit.snapshot().limit());
    int callers = 6;
    CountDownLatch gate = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(callers);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < callers; i++) {
      Thread caller =
          new Thread(
              () -> {
                try {
                  Permit permit = limit.acquire(Optional.empty()).orElseThrow();
                  try {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    gate.await();
                  } finally {
                    inside.decrementAndGet();
                    // Neither grows nor shrinks the limit, so it is 2 throughout.
                    limit.release(permit, Outcome.FAILED);
                  }
                } catch (Throwable t) {
                  errors.add(t);
                } finally {
                  done.countDown();
                }
              });
      caller.setDaemon(true);
      caller.start();
    }
    awaitTrue(() -> limit.inFlight() == 2 && limit.waiting() == callers - 2);
    assertEquals(2, inside.get());
    gate.countDown();
    assertTrue(done.await(10, TimeUnit.SECONDS));
    assertEquals(List.of(), errors);
    assertEquals(2, most.get());
    assertEquals(0, limit.inFlight());
  }

  @Test
  void aWaitEndsEmptyHandedWhenTheTimeoutPasses() throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(1);
    Permit held = limit.acquire(NO_WAIT).orElseThrow();
    assertTrue(limit.acquire(Optional.of(Duration.ofMillis(20))).isEmpty());
    assertEquals(1, limit.inFlight(), "an expired wait takes nothing");
    limit.release(held, Outcome.SUCCEEDED);
    assertFalse(limit.acquire(NO_WAIT).isEmpty());
  }

  @Test
  void anInterruptedWaitThrowsAndTakesNothing() throws Exception {
    AdaptiveLimit limit = new AdaptiveLimit(1);
    Permit held = limit.acquire(NO_WAIT).orElseThrow();
    List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                limit.acquire(Optional.empty());
              } catch (Throwable t) {
                thrown.add(t);
              }
            });
    waiter.start();
    awaitTrue(() -> limit.waiting() == 1);
    waiter.interrupt();
    waiter.join(10_000);
    assertEquals(1, thrown.size());
    assertTrue(thrown.get(0) instanceof InterruptedException, thrown.toString());
    assertEquals(1, limit.inFlight());
    limit.release(held, Outcome.SUCCEEDED);
  }

  @Test
  void anInterruptedThreadStillTakesAFreePermitWithoutWaiting() throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(1);
    Thread.currentThread().interrupt();
    try {
      Permit permit = limit.acquire(Optional.empty()).orElseThrow();
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
      limit.release(permit, Outcome.SUCCEEDED);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void refusesABoundBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> new AdaptiveLimit(0));
  }

  @Test
  void describesWhatThrottlingDidToTheLimit() {
    assertEquals(
        "at most 16 calls at once; throttled 3 times, the limit came down to 2 and ended at 5",
        new AdaptiveLimit.Snapshot(16, 5, 2, 3, 3).describe());
    assertEquals(
        "at most 8 calls at once; throttled 1 time, the limit came down to 4 and ended at 4",
        new AdaptiveLimit.Snapshot(8, 4, 4, 1, 1).describe());
    assertEquals(
        "at most 8 calls at once; never throttled",
        new AdaptiveLimit.Snapshot(8, 8, 8, 0, 0).describe());
  }

  /** Spins until {@code condition} holds (another thread makes it so), for at most 10 s. */
  static void awaitTrue(BooleanSupplier condition) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not reached within 10 s");
      }
      Thread.onSpinWait();
    }
  }
}
