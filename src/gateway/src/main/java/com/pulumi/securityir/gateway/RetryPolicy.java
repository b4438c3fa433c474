package com.pulumi.securityir.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.securityir.model.AccessDeniedException;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.InternalServerException;
import software.amazon.awssdk.services.securityir.model.InvalidTokenException;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;
import software.amazon.awssdk.services.securityir.model.SecurityIncidentResponseNotActiveException;
import software.amazon.awssdk.services.securityir.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;
import software.amazon.awssdk.services.securityir.model.ValidationException;

/**
 * Which failed calls the gateway tries again, and after how long. A pure function of the failure,
 * the attempts made, the time left and a jitter value, so every decision is unit-testable.
 *
 * <p>Retried: throttling (ThrottlingException, HTTP 429), service failures
 * (InternalServerException, HTTP 500/502/503/504) and I/O failures (connection refused, reset or
 * timed out). Never retried: access denied, not found, validation, conflict, quota, not active,
 * invalid token (the same credentials would fail again), and a call cut by the caller's deadline.
 *
 * <p>Delay before attempt {@code n+1}: half-jittered exponential backoff, uniform in {@code [c/2,
 * c]} with {@code c = min(base * 2^(n-1), maxBackoff)}, where {@code base} is {@code
 * throttlingBaseDelay} for throttling and {@code baseDelay} otherwise (the SDK's legacy values),
 * and at least the server's {@code Retry-After} seconds. The policy gives up rather than wait past
 * the deadline or longer than {@code maxRetryAfter}. Immutable and thread-safe.
 */
public record RetryPolicy(
    int maxAttempts,
    Duration baseDelay,
    Duration throttlingBaseDelay,
    Duration maxBackoff,
    Duration maxRetryAfter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(throttlingBaseDelay, "throttlingBaseDelay");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
  }

  /** The SDK's legacy delays (100 ms, 500 ms for throttling, 20 s cap); Retry-After up to 60 s. */
  public static RetryPolicy withMaxAttempts(int maxAttempts) {
    return new RetryPolicy(
        maxAttempts,
        Duration.ofMillis(100),
        Duration.ofMillis(500),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60));
  }

  /** Why a failure is worth another attempt. */
  public enum Transient {
    THROTTLED,
    SERVICE_FAILED,
    IO_FAILED
  }

  /** Why the gateway stops and reports the failure. */
  public enum GiveUpReason {
    /** The failure would repeat: a permission, input or state problem. */
    NOT_RETRYABLE,
    /** {@code maxAttempts} attempts were made. */
    ATTEMPTS_EXHAUSTED,
    /** The next attempt could not start before the caller's deadline. */
    DEADLINE,
    /** The server asked to wait longer than {@code maxRetryAfter}. */
    WAIT_TOO_LONG
  }

  /** What to do after a failed attempt. */
  public sealed interface Decision {
    /** Wait {@code delay}, then attempt again. */
    record Retry(Duration delay) implements Decision {
      public Retry {
        Objects.requireNonNull(delay, "delay");
      }
    }

    /** Stop and report the failure. */
    record GiveUp(GiveUpReason reason) implements Decision {
      public GiveUp {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }

  /**
   * Decides after attempt number {@code attemptsMade} (1-based) failed with {@code failure}.
   *
   * @param remaining time left before the caller's deadline, or empty when there is none
   * @param jitter a value in {@code [0, 1)}; 0 gives the shortest delay, near 1 the longest
   */
  public Decision decide(
      Throwable failure, int attemptsMade, Optional<Duration> remaining, double jitter) {
    Optional<Transient> kind = classify(failure);
    if (kind.isEmpty()) {
      return new Decision.GiveUp(GiveUpReason.NOT_RETRYABLE);
    }
    if (attemptsMade >= maxAttempts) {
      return new Decision.GiveUp(GiveUpReason.ATTEMPTS_EXHAUSTED);
    }
    Optional<Duration> retryAfter = retryAfter(failure);
    if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
      return new Decision.GiveUp(GiveUpReason.WAIT_TOO_LONG);
    }
    Duration base = kind.get() == Transient.THROTTLED ? throttlingBaseDelay : baseDelay;
    Duration delay = backoff(base, attemptsMade, jitter);
    if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
      delay = retryAfter.get();
    }
    if (remaining.isPresent() && delay.compareTo(remaining.get()) >= 0) {
      return new Decision.GiveUp(GiveUpReason.DEADLINE);
    }
    return new Decision.Retry(delay);
  }

  private Duration backoff(Duration base, int attemptsMade, double jitter) {
    double j = Math.min(Math.max(jitter, 0.0), 1.0);
    int doublings = Math.min(attemptsMade - 1, 30);
    long ceilingMillis = Math.min(base.toMillis() << doublings, maxBackoff.toMillis());
    long half = ceilingMillis / 2;
    return Duration.ofMillis(half + Math.round(j * (ceilingMillis - half)));
  }

  /** Why {@code failure} is transient, or empty when trying again would not help. */
  public static Optional<Transient> classify(Throwable failure) {
    if (failure instanceof AccessDeniedException
        || failure instanceof ResourceNotFoundException
        || failure instanceof ValidationException
        || failure instanceof ConflictException
        || failure instanceof ServiceQuotaExceededException
        || failure instanceof SecurityIncidentResponseNotActiveException
        || failure instanceof InvalidTokenException) {
      return Optional.empty();
    }
    if (failure instanceof ThrottlingException) {
      return Optional.of(Transient.THROTTLED);
    }
    if (failure instanceof InternalServerException) {
      return Optional.of(Transient.SERVICE_FAILED);
    }
    if (failure instanceof AwsServiceException service) {
      int status = service.statusCode();
      if (status == 429 || service.isThrottlingException()) {
        return Optional.of(Transient.THROTTLED);
      }
      if (status == 500 || status == 502 || status == 503 || status == 504) {
        return Optional.of(Transient.SERVICE_FAILED);
      }
      return Optional.empty();
    }
    if (failure instanceof ApiCallTimeoutException) {
      // The caller's whole deadline is used up.
      return Optional.empty();
    }
    if (failure instanceof ApiCallAttemptTimeoutException || isIoFailure(failure)) {
      return Optional.of(Transient.IO_FAILED);
    }
    return Optional.empty();
  }

  /** True for an SDK client failure caused by an I/O error: refused, reset, timed out. */
  static boolean isIoFailure(Throwable failure) {
    if (!(failure instanceof SdkClientException) || failure instanceof ApiCallTimeoutException) {
      return false;
    }
    Throwable cause = failure.getCause();
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause instanceof IOException || cause instanceof UncheckedIOException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The server's {@code Retry-After} in whole seconds: the modelled {@code retryAfterSeconds} of
   * ThrottlingException and InternalServerException, else the raw header of any service error.
   * HTTP-date values and negative numbers are ignored.
   */
  public static Optional<Duration> retryAfter(Throwable failure) {
    Integer seconds = null;
    if (failure instanceof ThrottlingException t) {
      seconds = t.retryAfterSeconds();
    } else if (failure instanceof InternalServerException i) {
      seconds = i.retryAfterSeconds();
    }
    if (seconds == null
        && failure instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && service.awsErrorDetails().sdkHttpResponse() != null) {
      Optional<String> header =
          service.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After");
      if (header.isPresent()) {
        try {
          seconds = Integer.valueOf(header.get().strip());
        } catch (NumberFormatException e) {
          seconds = null;
        }
      }
    }
    return seconds == null || seconds < 0
        ? Optional.empty()
        : Optional.of(Duration.ofSeconds(seconds));
  }
}
