package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.gateway.FailureTranslator.Attempts;
import com.pulumi.securityir.gateway.FailureTranslator.Call;
import com.pulumi.securityir.gateway.RetryPolicy.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one API call as the caller sees it: attempts it, and after a failed attempt waits and tries
 * again as the {@link RetryPolicy} decides (which honours {@code Retry-After} and never waits past
 * the caller's {@link Deadline}), then turns the last failure into a {@link CaseGatewayException}
 * through the {@link FailureTranslator}, with the attempts made.
 *
 * <p>No attempt starts after the deadline. A read attempt carries the time left as its SDK {@code
 * apiCallTimeout}, so it is cut at the deadline; a move attempt, once sent, is let finish (bounded
 * by the client's socket timeout), so that a deadline never leaves a move's outcome unknown.
 *
 * <p>Every attempt holds a permit of the {@link AdaptiveLimit} while it is sent, and gives it back
 * (in a {@code finally}) with its outcome before any wait for the next attempt, so the limit sees
 * every attempt and every throttle, also those a retry hides from the caller. Waiting for a permit
 * ends at the deadline like a retry's wait does: the call fails without being sent.
 *
 * <p>Thread-safe when the sleeper and the jitter source are (the production ones are); the clock
 * and sleeper are injected so tests neither wait nor depend on the time of day.
 */
final class RetryingCaller {

  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final FailureTranslator translator;
  private final AdaptiveLimit limit;

  /**
   * @param jitter values in {@code [0, 1)} for the policy's backoff
   * @param limit the attempts allowed in flight at once, shared by every call of one gateway
   */
  RetryingCaller(
      RetryPolicy policy,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter,
      FailureTranslator translator,
      AdaptiveLimit limit) {
    this.limit = Objects.requireNonNull(limit, "limit");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    this.translator = Objects.requireNonNull(translator, "translator");
  }

  /** What the limit of attempts at once has done so far. */
  AdaptiveLimit.Snapshot concurrency() {
    return limit.snapshot();
  }

  /**
   * A read-only call: each attempt is abandoned when the deadline passes.
   *
   * @param attempt sends one attempt with the given override (null when there is no deadline)
   */
  <T> T read(Call call, Deadline deadline, Function<AwsRequestOverrideConfiguration, T> attempt) {
    return call(call, deadline, true, attempt);
  }

  /**
   * A mutating call: an attempt in flight is never abandoned at the deadline, since its outcome
   * must be learnt, not guessed; only further attempts stop.
   *
   * @param attempt sends one attempt with the given override (always null)
   */
  <T> T move(Call call, Deadline deadline, Function<AwsRequestOverrideConfiguration, T> attempt) {
    return call(call, deadline, false, attempt);
  }

  private <T> T call(
      Call call,
      Deadline deadline,
      boolean cutAtDeadline,
      Function<AwsRequestOverrideConfiguration, T> attempt) {
    Instant start = clock.instant();
    int attempts = 0;
    Optional<SdkException> last = Optional.empty();
    // A mutating attempt that failed without a definite answer (5xx, I/O) may have landed: then
    // a later attempt's refusal or throttling does not mean the call never took effect.
    boolean lost = false;
    while (true) {
      AdaptiveLimit.Permit permit = permit(call, deadline, last, attempts, start);
      AdaptiveLimit.Outcome outcome = AdaptiveLimit.Outcome.FAILED;
      SdkException failure;
      try {
        // Read after the wait for the permit, so a read is cut at the deadline, not later.
        Optional<Duration> remaining = deadline.remaining(clock);
        if (remaining.isPresent() && remaining.get().isZero()) {
          throw notSent(call, last, attempts, start);
        }
        AwsRequestOverrideConfiguration override =
            remaining
                .filter(left -> cutAtDeadline)
                .map(left -> AwsRequestOverrideConfiguration.builder().apiCallTimeout(left).build())
                .orElse(null);
        attempts++;
        T answer = attempt.apply(override);
        outcome = AdaptiveLimit.Outcome.SUCCEEDED;
        return answer;
      } catch (SdkException e) {
        failure = e;
        if (RetryPolicy.classify(e).filter(k -> k == RetryPolicy.Transient.THROTTLED).isPresent()) {
          outcome = AdaptiveLimit.Outcome.THROTTLED;
        }
      } finally {
        limit.release(permit, outcome);
      }
      last = Optional.of(failure);
      lost |=
          !cutAtDeadline
              && RetryPolicy.classify(failure)
                  .filter(k -> k != RetryPolicy.Transient.THROTTLED)
                  .isPresent();
      Decision decision =
          policy.decide(failure, attempts, deadline.remaining(clock), jitter.getAsDouble());
      if (decision instanceof Decision.GiveUp giveUp) {
        CaseGatewayException given =
            translator.translate(failure, call, attempts(attempts, start, giveUp.reason()));
        throw lost && !given.outcomeUnknown()
            ? new CaseGatewayException(given.kind(), given.getMessage(), given.getCause(), true)
            : given;
      }
      try {
        sleeper.sleep(((Decision.Retry) decision).delay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw translator.interrupted(
            failure, call, attempts(attempts, start, RetryPolicy.GiveUpReason.ATTEMPTS_EXHAUSTED));
      }
    }
  }

  /**
   * A permit for the next attempt, waiting at most until the deadline. When the deadline comes
   * first, or the thread is interrupted, nothing more is sent and the call fails with the last
   * attempt's failure, or as not sent when there was none.
   */
  private AdaptiveLimit.Permit permit(
      Call call, Deadline deadline, Optional<SdkException> last, int attempts, Instant start) {
    Optional<Duration> remaining = deadline.remaining(clock);
    try {
      if (remaining.isEmpty() || !remaining.get().isZero()) {
        Optional<AdaptiveLimit.Permit> permit = limit.acquire(remaining);
        if (permit.isPresent()) {
          return permit.get();
        }
      }
      throw notSent(call, last, attempts, start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw last.map(
              failure ->
                  translator.interrupted(
                      failure,
                      call,
                      attempts(attempts, start, RetryPolicy.GiveUpReason.ATTEMPTS_EXHAUSTED)))
          .orElseGet(() -> translator.interruptedBeforeSending(call));
    }
  }

  /** The deadline stopped the next attempt: the last failure, or the call was never sent. */
  private CaseGatewayException notSent(
      Call call, Optional<SdkException> last, int attempts, Instant start) {
    return last.map(
            failure ->
                translator.translate(
                    failure, call, attempts(attempts, start, RetryPolicy.GiveUpReason.DEADLINE)))
        .orElseGet(() -> translator.deadlinePassed(call));
  }

  private Attempts attempts(int count, Instant start, RetryPolicy.GiveUpReason reason) {
    return new Attempts(count, Duration.between(start, clock.instant()), reason);
  }
}
