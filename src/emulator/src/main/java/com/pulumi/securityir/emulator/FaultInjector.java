package com.pulumi.securityir.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The active faults. Thread-safe: decisions are made under one lock, so {@code after}/{@code times}
 * counts are exact under concurrent calls. Every matching error/drop fault counts every matching
 * call; the first one that decides to fire determines the answer. Exhausted {@code times} faults
 * are removed.
 */
final class FaultInjector {

  /** What to do with one call. */
  sealed interface Decision {
    /** Serve normally after {@code delayMs}. */
    record Proceed(long delayMs) implements Decision {}

    /** Answer this error after {@code delayMs}. */
    record Fail(long delayMs, ApiError error) implements Decision {}

    /**
     * Close the connection without an answer after {@code delayMs}; when {@code landed}, only after
     * serving the call, so it takes effect.
     */
    record Drop(long delayMs, boolean landed) implements Decision {}
  }

  private static final class Active {
    final FaultSpec spec;
    final Random random;
    long seen;
    long fired;

    Active(FaultSpec spec) {
      this.spec = spec;
      this.random = spec.seed() != null ? new Random(spec.seed()) : new Random();
    }

    boolean matches(String operation, String caseId, String membershipId) {
      return (spec.operation().equals("*") || spec.operation().equals(operation))
          && (spec.caseId() == null || spec.caseId().equals(caseId))
          && (spec.membershipId() == null || spec.membershipId().equals(membershipId));
    }
  }

  private final Object lock = new Object();
  private final List<Active> faults = new ArrayList<>();

  /** Adds a fault; returns its problems instead when the spec is unusable. */
  List<String> add(FaultSpec spec) {
    List<String> problems = spec.problems();
    if (problems.isEmpty()) {
      synchronized (lock) {
        faults.add(new Active(spec));
      }
    }
    return problems;
  }

  /** Removes every fault; returns how many were active. */
  int clear() {
    synchronized (lock) {
      int n = faults.size();
      faults.clear();
      return n;
    }
  }

  /**
   * Decides the fate of one call of {@code operation} about {@code caseId} or {@code membershipId}
   * (either may be null).
   */
  Decision decide(String operation, String caseId, String membershipId) {
    synchronized (lock) {
      long delay = 0;
      Optional<Active> firing = Optional.empty();
      List<Active> exhausted = new ArrayList<>();
      for (Active a : faults) {
        if (!a.matches(operation, caseId, membershipId)) {
          continue;
        }
        FaultSpec s = a.spec;
        if (s.isLatency()) {
          delay += s.latencyMs();
          continue;
        }
        a.seen++;
        boolean fire;
        if (s.rate() != null) {
          fire = a.random.nextDouble() < s.rate();
        } else {
          fire = a.seen > s.after() && a.fired < s.times();
        }
        if (fire && firing.isEmpty()) {
          a.fired++;
          firing = Optional.of(a);
        }
        if (s.rate() == null && a.fired >= s.times()) {
          exhausted.add(a);
        }
      }
      faults.removeAll(exhausted);
      if (firing.isEmpty()) {
        return new Decision.Proceed(delay);
      }
      FaultSpec s = firing.get().spec;
      if (s.drop()) {
        return new Decision.Drop(delay, s.landed());
      }
      ErrorShape shape = ErrorShape.byName(s.error()).orElseThrow();
      boolean aboutMembership = caseId == null && membershipId != null;
      return new Decision.Fail(
          delay,
          ApiError.injected(
              shape,
              aboutMembership ? membershipId : caseId,
              aboutMembership ? Rejection.MEMBERSHIP : Rejection.CASE,
              s.message(),
              s.retryAfterSeconds()));
    }
  }
}
