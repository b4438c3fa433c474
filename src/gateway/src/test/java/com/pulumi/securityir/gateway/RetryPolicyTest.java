package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.securityir.gateway.RetryPolicy.Decision;
import com.pulumi.securityir.gateway.RetryPolicy.GiveUpReason;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.services.securityir.model.AccessDeniedException;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.InternalServerException;
import software.amazon.awssdk.services.securityir.model.InvalidTokenException;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;
import software.amazon.awssdk.services.securityir.model.SecurityIncidentResponseNotActiveException;
import software.amazon.awssdk.services.securityir.model.SecurityIrException;
import software.amazon.awssdk.services.securityir.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;
import software.amazon.awssdk.services.securityir.model.ValidationException;

class RetryPolicyTest {

  private final RetryPolicy policy = RetryPolicy.withMaxAttempts(4);

  static Stream<Arguments> neverRetried() {
    return Stream.of(
        Arguments.of(AccessDeniedException.builder().statusCode(403).build()),
        Arguments.of(ResourceNotFoundException.builder().statusCode(404).build()),
        Arguments.of(ValidationException.builder().statusCode(400).build()),
        Arguments.of(ConflictException.builder().statusCode(409).build()),
        Arguments.of(ServiceQuotaExceededException.builder().statusCode(402).build()),
        Arguments.of(SecurityIncidentResponseNotActiveException.builder().statusCode(400).build()),
        Arguments.of(InvalidTokenException.builder().statusCode(423).build()),
        // Modelled client errors stay final even if a proxy rewrote the status.
        Arguments.of(ConflictException.builder().statusCode(503).build()),
        Arguments.of(SecurityIrException.builder().statusCode(418).build()),
        Arguments.of(ApiCallTimeoutException.builder().message("deadline").build()),
        Arguments.of(SdkClientException.builder().message("Unable to load credentials").build()));
  }

  @ParameterizedTest
  @MethodSource("neverRetried")
  void neverRetriesPermanentFailures(Exception failure) {
    assertEquals(
        new Decision.GiveUp(GiveUpReason.NOT_RETRYABLE),
        policy.decide(failure, 1, Optional.empty(), 0.5));
  }

  static Stream<Arguments> retried() {
    return Stream.of(
        Arguments.of(ThrottlingException.builder().statusCode(429).build(), 250L),
        Arguments.of(SecurityIrException.builder().statusCode(429).build(), 250L),
        Arguments.of(InternalServerException.builder().statusCode(500).build(), 50L),
        Arguments.of(SecurityIrException.builder().statusCode(503).build(), 50L),
        Arguments.of(SecurityIrException.builder().statusCode(502).build(), 50L),
        Arguments.of(
            SdkClientException.builder()
                .message("Unable to execute HTTP request")
                .cause(new ConnectException("Connection refused"))
                .build(),
            50L),
        Arguments.of(
            SdkClientException.builder()
                .cause(new RuntimeException(new IOException("Connection reset")))
                .build(),
            50L));
  }

  @ParameterizedTest
  @MethodSource("retried")
  void retriesThrottlingServiceAndIoFailuresWithHalfJitteredBackoff(
      Exception failure, long shortestFirstDelayMillis) {
    assertEquals(
        new Decision.Retry(Duration.ofMillis(shortestFirstDelayMillis)),
        policy.decide(failure, 1, Optional.empty(), 0.0));
    assertEquals(
        new Decision.Retry(Duration.ofMillis(shortestFirstDelayMillis * 2)),
        policy.decide(failure, 1, Optional.empty(), 1.0));
  }

  @Test
  void doublesTheCeilingPerAttemptUpToTheCap() {
    ThrottlingException throttled = ThrottlingException.builder().statusCode(429).build();
    RetryPolicy many = RetryPolicy.withMaxAttempts(10);
    assertEquals(
        new Decision.Retry(Duration.ofMillis(1000)),
        many.decide(throttled, 2, Optional.empty(), 1.0));
    assertEquals(
        new Decision.Retry(Duration.ofMillis(2000)),
        many.decide(throttled, 3, Optional.empty(), 1.0));
    assertEquals(
        new Decision.Retry(Duration.ofSeconds(20)),
        many.decide(throttled, 9, Optional.empty(), 1.0));
    assertEquals(
        new Decision.Retry(Duration.ofSeconds(10)),
        many.decide(throttled, 9, Optional.empty(), 0.0));
  }

  @Test
  void givesUpAfterMaxAttempts() {
    ThrottlingException throttled = ThrottlingException.builder().statusCode(429).build();
    assertEquals(
        new Decision.GiveUp(GiveUpReason.ATTEMPTS_EXHAUSTED),
        policy.decide(throttled, 4, Optional.empty(), 0.0));
    assertEquals(
        new Decision.GiveUp(GiveUpReason.ATTEMPTS_EXHAUSTED),
        RetryPolicy.withMaxAttempts(1).decide(throttled, 1, Optional.empty(), 0.0));
  }

  @Test
  void waitsAtLeastTheModelledRetryAfter() {
    ThrottlingException throttled =
        ThrottlingException.builder().statusCode(429).retryAfterSeconds(7).build();
    assertEquals(
        new Decision.Retry(Duration.ofSeconds(7)),
        policy.decide(throttled, 1, Optional.empty(), 1.0));
    InternalServerException failed =
        InternalServerException.builder().statusCode(500).retryAfterSeconds(3).build();
    assertEquals(
        new Decision.Retry(Duration.ofSeconds(3)), policy.decide(failed, 1, Optional.empty(), 0.0));
  }

  @Test
  void readsTheRetryAfterHeaderOfUnmodelledErrors() {
    SecurityIrException unavailable =
        (SecurityIrException)
            SecurityIrException.builder()
                .statusCode(503)
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode("ServiceUnavailable")
                        .sdkHttpResponse(
                            SdkHttpFullResponse.builder()
                                .statusCode(503)
                                .putHeader("Retry-After", "2")
                                .build())
                        .build())
                .build();
    assertEquals(Optional.of(Duration.ofSeconds(2)), RetryPolicy.retryAfter(unavailable));
    assertEquals(
        new Decision.Retry(Duration.ofSeconds(2)),
        policy.decide(unavailable, 1, Optional.empty(), 0.0));
  }

  @Test
  void givesUpRatherThanWaitPastTheDeadline() {
    ThrottlingException throttled =
        ThrottlingException.builder().statusCode(429).retryAfterSeconds(5).build();
    assertEquals(
        new Decision.GiveUp(GiveUpReason.DEADLINE),
        policy.decide(throttled, 1, Optional.of(Duration.ofSeconds(5)), 0.0));
    assertEquals(
        new Decision.Retry(Duration.ofSeconds(5)),
        policy.decide(throttled, 1, Optional.of(Duration.ofSeconds(6)), 0.0));
    ThrottlingException noHint = ThrottlingException.builder().statusCode(429).build();
    assertEquals(
        new Decision.GiveUp(GiveUpReason.DEADLINE),
        policy.decide(noHint, 1, Optional.of(Duration.ofMillis(100)), 0.0));
  }

  @Test
  void givesUpWhenTheServerAsksToWaitTooLong() {
    ThrottlingException throttled =
        ThrottlingException.builder().statusCode(429).retryAfterSeconds(3600).build();
    assertEquals(
        new Decision.GiveUp(GiveUpReason.WAIT_TOO_LONG),
        policy.decide(throttled, 1, Optional.empty(), 0.0));
  }
}
