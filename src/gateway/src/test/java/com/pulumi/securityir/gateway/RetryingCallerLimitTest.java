package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.gateway.FailureTranslator.Call;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.securityir.model.InternalServerException;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;

/**
 * The retrying caller under its {@link AdaptiveLimit}: every attempt, including those a retry
 * hides, takes a permit and gives it back before any wait; throttles bring the limit down; a wait
 * for a permit ends at the deadline without sending; a move in flight is never cut.
 */
class RetryingCallerLimitTest {

  private static final CaseId CASE = CaseId.parse("8403556009").orElseThrow();
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final Call GET =
      new Call("GetCase", CASE, "eu-west-1", "https://security-ir.eu-west-1.api.aws");
  private static final Call UPDATE =
      new Call("UpdateCaseStatus", CASE, "eu-west-1", "https://security-ir.eu-west-1.api.aws");

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  private RetryingCaller caller(AdaptiveLimit limit, int maxAttempts) {
    return new RetryingCaller(
        RetryPolicy.withMaxAttempts(maxAttempts),
        Clock.fixed(NOW, ZoneOffset.UTC),
        sleeps::add,
        () -> 0.0,
        new FailureTranslator(List.of()),
        limit);
  }

  private static ThrottlingException throttled() {
    return ThrottlingException.builder().message("slow down").statusCode(429).build();
  }

  /** A read whose one attempt is throttled; {@code caller} must allow one attempt. */
  private static void readThrottledOnce(RetryingCaller caller) {
    assertThrows(
        CaseGatewayException.class,
        () ->
            caller.read(
                GET,
                Deadline.none(),
                o -> {
                  throw throttled();
                }));
  }

  @Test
  void throttlesHiddenByRetriesStillBringTheLimitDown() {
    AdaptiveLimit limit = new AdaptiveLimit(8);
    AtomicInteger sent = new AtomicInteger();
    String answer =
        caller(limit, 4)
            .read(
                GET,
                Deadline.none(),
                override -> {
                  if (sent.incrementAndGet() <= 2) {
                    throw throttled();
                  }
                  return "ok";
                });
    assertEquals("ok", answer);
    // Each retry is sent after the halving before it, so both throttles count: 8 -> 4 -> 2.
    assertEquals(new AdaptiveLimit.Snapshot(8, 2, 2, 2, 2), limit.snapshot());
    assertEquals(0, limit.inFlight());
    assertEquals(2, sleeps.size());
  }

  @Test
  void successesGrowTheLimitBackWithinTheBound() {
    AdaptiveLimit limit = new AdaptiveLimit(4);
    RetryingCaller caller = caller(limit, 1);
    readThrottledOnce(caller);
    assertEquals(2, limit.snapshot().limit());
    for (int i = 0; i < 20; i++) {
      caller.read(GET, Deadline.none(), o -> "ok");
    }
    assertEquals(new AdaptiveLimit.Snapshot(4, 4, 2, 1, 1), limit.snapshot());
  }

  @Test
  void otherFailuresGiveThePermitBackAndLeaveTheLimit() {
    AdaptiveLimit limit = new AdaptiveLimit(4);
    RetryingCaller caller = caller(limit, 2);
    assertThrows(
        CaseGatewayException.class,
        () ->
            caller.move(
                UPDATE,
                Deadline.none(),
                o -> {
                  throw InternalServerException.builder().statusCode(500).build();
                }));
    assertThrows(
        IllegalStateException.class,
        () ->
            caller.read(
                GET,
                Deadline.none(),
                o -> {
                  throw new IllegalStateException("not an SDK failure");
                }));
    assertEquals(new AdaptiveLimit.Snapshot(4, 4, 4, 0, 0), limit.snapshot());
    assertEquals(0, limit.inFlight());
  }

  @Test
  void aCallWaitingForAPermitFailsUnsentAtItsDeadline() throws InterruptedException {
    AdaptiveLimit limit = new AdaptiveLimit(1);
    AdaptiveLimit.Permit held = limit.acquire(Optional.empty()).orElseThrow();
    List<String> sent = new ArrayList<>();
    CaseGatewayException error =
        assertThrows(
            CaseGatewayException.class,
            () ->
                caller(limit, 4)
                    .move(
                        UPDATE,
                        Deadline.at(NOW.plusMillis(30)),
                        o -> {
                          sent.add("sent");
                          return "ok";
                        }));
    assertEquals(Kind.UNREACHABLE, error.kind());
    assertTrue(error.getMessage().contains("was not sent"), error.getMessage());
    assertEquals(List.of(), sent);
    assertEquals(1, limit.inFlight(), "only the held permit");
    limit.release(held, AdaptiveLimit.Outcome.SUCCEEDED);
  }

  @Test
  void aRetryWaitingForAPermitAtTheDeadlineReportsTheLastFailure() throws Exception {
    AdaptiveLimit limit = new AdaptiveLimit(2);
    AtomicInteger sent = new AtomicInteger();
    // The throttle halves the limit to 1, which the held permit uses: the retry gets none.
    AdaptiveLimit.Permit held = limit.acquire(Optional.empty()).orElseThrow();
    CaseGatewayException error =
        assertThrows(
            CaseGatewayException.class,
            () ->
                caller(limit, 4)
                    .read(
                        GET,
                        Deadline.at(NOW.plusMillis(300)),
                        o -> {
                          sent.incrementAndGet();
                          throw throttled();
                        }));
    assertEquals(1, sent.get(), "the retry was never sent");
    assertEquals(List.of(Duration.ofMillis(250)), sleeps, "the backoff before the retry");
    assertEquals(Kind.THROTTLED, error.kind());
    assertTrue(error.getMessage().contains("1 attempt"), error.getMessage());
    assertEquals(1, limit.inFlight(), "only the held permit");
    limit.release(held, AdaptiveLimit.Outcome.SUCCEEDED);
  }

  @Test
  void aMoveInFlightWhenTheLimitDropsIsLetFinish() throws Exception {
    AdaptiveLimit limit = new AdaptiveLimit(2);
    RetryingCaller caller = caller(limit, 1);
    CountDownLatch moveSent = new CountDownLatch(1);
    CountDownLatch letMoveAnswer = new CountDownLatch(1);
    List<Object> results = new CopyOnWriteArrayList<>();
    Thread mover =
        new Thread(
            () ->
                results.add(
                    caller.move(
                        UPDATE,
                        Deadline.at(NOW.plusMillis(1)),
                        o -> {
                          moveSent.countDown();
                          await(letMoveAnswer);
                          return "moved";
                        })));
    mover.start();
    assertTrue(moveSent.await(10, TimeUnit.SECONDS));
    readThrottledOnce(caller);
    assertEquals(1, limit.snapshot().limit());
    letMoveAnswer.countDown();
    mover.join(10_000);
    assertEquals(List.of("moved"), results);
    assertEquals(0, limit.inFlight());
  }

  @Test
  void concurrentCallsNeverHaveMoreAttemptsInFlightThanTheLimit() throws Exception {
    AdaptiveLimit limit = new AdaptiveLimit(3);
    RetryingCaller caller = caller(limit, 1);
    int calls = 10;
    CountDownLatch gate = new CountDownLatch(1);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Function<AwsRequestOverrideConfiguration, String> attempt =
        o -> {
          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
          await(gate);
          inside.decrementAndGet();
          return "ok";
        };
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      Thread t = new Thread(() -> caller.read(GET, Deadline.none(), attempt));
      t.start();
      threads.add(t);
    }
    AdaptiveLimitTest.awaitTrue(() -> limit.inFlight() == 3 && limit.waiting() == calls - 3);
    assertEquals(3, inside.get());
    gate.countDown();
    for (Thread t : threads) {
      t.join(10_000);
    }
    assertEquals(3, most.get());
    assertEquals(0, limit.inFlight());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
