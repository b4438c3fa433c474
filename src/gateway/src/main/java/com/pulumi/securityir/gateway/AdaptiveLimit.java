package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.text.Plural;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many API attempts may be in flight at once, adapted to the service's throttling: additive
 * increase, multiplicative decrease (AIMD), as TCP's congestion window and the AWS SDKs' adaptive
 * retry mode do. The limit starts at its bound, halves when an attempt is throttled and grows by
 * one after a window of successes, never above the bound nor below 1.
 *
 * <p>A window is the attempts sent since the last halving. A throttle halves the limit only when
 * its attempt was sent in the current window, so a burst of throttles from attempts that were all
 * in flight together counts once. Below the bound, the limit grows by one for every {@code limit}
 * successes of attempts sent in the current window (as TCP adds one per window acknowledged), so a
 * halved limit climbs back step by step while calls succeed. Failures other than throttling (5xx,
 * I/O, client errors) change nothing: they say nothing about the rate the service accepts.
 *
 * <p>Lowering the limit never cuts an attempt in flight: it only makes the next ones wait until
 * fewer than the limit are in flight. Thread-safe; waiting callers are woken as permits come back.
 */
public final class AdaptiveLimit {

  /** What became of the attempt a permit was taken for. */
  public enum Outcome {
    /** The service answered. */
    SUCCEEDED,
    /** The service throttled the attempt (ThrottlingException or HTTP 429). */
    THROTTLED,
    /** Any other failure: neither grows nor shrinks the limit. */
    FAILED
  }

  /**
   * What the limit has done so far, for a report or a test.
   *
   * @param bound the most attempts ever allowed at once
   * @param limit the attempts allowed at once now
   * @param lowest the lowest the limit has been
   * @param throttled how many attempts were throttled
   * @param halvings how many times the limit was halved
   */
  public record Snapshot(int bound, int limit, int lowest, long throttled, long halvings) {

    /**
     * One line for a person, e.g. {@code "at most 16 calls at once; throttled 12 times, the limit
     * came down to 2 and ended at 5"}.
     */
    public String describe() {
      String most = "at most " + bound + " calls at once";
      if (throttled == 0) {
        return most + "; never throttled";
      }
      return most
          + "; throttled "
          + Plural.count(throttled, "time")
          + ", the limit came down to "
          + lowest
          + " and ended at "
          + limit;
    }
  }

  private final int bound;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition freed = lock.newCondition();

  // All guarded by lock.
  private int limit;
  private int inFlight;
  private int lowest;
  private long throttled;
  private long halvings;
  private int successesInWindow;

  /**
   * @param bound the most attempts at once, and the start; at least 1
   */
  public AdaptiveLimit(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be at least 1, got " + bound);
    }
    this.bound = bound;
    this.limit = bound;
    this.lowest = bound;
  }

  /** Taken before an attempt is sent; give it back once with {@link #release}. */
  public static final class Permit {
    private final long window;
    private boolean released;

    private Permit(long window) {
      this.window = window;
    }
  }

  /**
   * Waits until fewer than the limit are in flight, then takes a permit.
   *
   * @param timeout how long to wait at most, or empty to wait as long as it takes
   * @return the permit, or empty when the timeout passed first (nothing is taken then)
   * @throws InterruptedException when the thread is interrupted while it has to wait (nothing is
   *     taken)
   */
  public Optional<Permit> acquire(Optional<Duration> timeout) throws InterruptedException {
    // Only a wait is interruptible: with a permit free, an interrupted thread's call goes out as
    // it did before there was a limit.
    lock.lock();
    try {
      long nanos = timeout.map(AdaptiveLimit::nanos).orElse(Long.MAX_VALUE);
      while (inFlight >= limit) {
        if (timeout.isEmpty()) {
          freed.await();
        } else if (nanos <= 0) {
          return Optional.empty();
        } else {
          nanos = freed.awaitNanos(nanos);
        }
      }
      inFlight++;
      return Optional.of(new Permit(halvings));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Gives {@code permit} back and learns from its attempt's {@code outcome}. A permit given back a
   * second time is ignored, so a {@code finally} can always release it.
   */
  public void release(Permit permit, Outcome outcome) {
    lock.lock();
    try {
      if (permit.released) {
        return;
      }
      permit.released = true;
      inFlight--;
      boolean sentInThisWindow = permit.window == halvings;
      if (outcome == Outcome.THROTTLED) {
        throttled++;
        if (sentInThisWindow) {
          limit = Math.max(1, limit / 2);
          lowest = Math.min(lowest, limit);
          halvings++;
          successesInWindow = 0;
        }
      } else if (outcome == Outcome.SUCCEEDED && sentInThisWindow && limit < bound) {
        successesInWindow++;
        if (successesInWindow >= limit) {
          limit++;
          successesInWindow = 0;
        }
      }
      freed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** What the limit has done so far. */
  public Snapshot snapshot() {
    lock.lock();
    try {
      return new Snapshot(bound, limit, lowest, throttled, halvings);
    } finally {
      lock.unlock();
    }
  }

  /** Attempts holding a permit now. */
  int inFlight() {
    lock.lock();
    try {
      return inFlight;
    } finally {
      lock.unlock();
    }
  }

  /** Callers waiting for a permit now; for tests that must know a caller is parked. */
  int waiting() {
    lock.lock();
    try {
      return lock.getWaitQueueLength(freed);
    } finally {
      lock.unlock();
    }
  }

  private static long nanos(Duration timeout) {
    try {
      return timeout.toNanos();
    } catch (ArithmeticException tooLong) {
      return TimeUnit.DAYS.toNanos(365);
    }
  }
}
