package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.gateway.FailureTranslator.Call;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
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
import software.amazon.awssdk.services.securityir.model.ValidationExceptionField;
import software.amazon.awssdk.services.securityir.model.ValidationExceptionReason;

/**
 * One API call through the retrying caller and the real failure translator, over a scripted
 * attempt: which failures are retried, how long it waits, where the deadline stops it, and what the
 * final error says.
 */
class RetryingCallerTest {

  private static final CaseId CASE = CaseId.parse("8403556009").orElseThrow();
  private static final String SECRET_CANARY = "CANARYsecretKEY0123456789abcdefCANARY";
  private static final String TOKEN_CANARY = "CANARYsessionTOKENzzzzzzzzzzzzzzCANARY";
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final Call UPDATE =
      new Call("UpdateCaseStatus", CASE, "eu-west-1", "https://security-ir.eu-west-1.api.aws");
  private static final Call GET =
      new Call("GetCase", CASE, "eu-west-1", "https://security-ir.eu-west-1.api.aws");

  private final List<Duration> sleeps = new ArrayList<>();

  /** The overrides each attempt was sent with, in order (null when none). */
  private final List<AwsRequestOverrideConfiguration> attempts = new ArrayList<>();

  private RetryingCaller caller(int maxAttempts) {
    return caller(maxAttempts, sleeps::add);
  }

  private RetryingCaller caller(int maxAttempts, Sleeper sleeper) {
    return new RetryingCaller(
        RetryPolicy.withMaxAttempts(maxAttempts),
        Clock.fixed(NOW, ZoneOffset.UTC),
        sleeper,
        () -> 0.0,
        new FailureTranslator(List.of(SECRET_CANARY, TOKEN_CANARY)),
        new AdaptiveLimit(8));
  }

  /** An attempt that fails with {@code failures} in turn, then answers "ok". */
  private Function<AwsRequestOverrideConfiguration, String> failing(SdkException... failures) {
    return override -> {
      attempts.add(override);
      if (attempts.size() <= failures.length) {
        throw failures[attempts.size() - 1];
      }
      return "ok";
    };
  }

  /** An attempt that always fails with {@code failure}. */
  private Function<AwsRequestOverrideConfiguration, String> alwaysFailing(SdkException failure) {
    return override -> {
      attempts.add(override);
      throw failure;
    };
  }

  private CaseGatewayException moveFailsWith(SdkException failure, int maxAttempts) {
    return assertThrows(
        CaseGatewayException.class,
        () -> caller(maxAttempts).move(UPDATE, Deadline.none(), alwaysFailing(failure)));
  }

  static Stream<Arguments> apiErrors() {
    return Stream.of(
        Arguments.of(
            AccessDeniedException.builder()
                .message("User arn:aws:iam::123456789012:user/ci is not authorized")
                .statusCode(403)
                .requestId("req-1")
                .build(),
            Kind.ACCESS_DENIED,
            List.of("security-ir:UpdateCaseStatus", "case 8403556009", "eu-west-1", "req-1")),
        Arguments.of(
            ResourceNotFoundException.builder().message("Case not found").statusCode(404).build(),
            Kind.CASE_NOT_FOUND,
            List.of("8403556009", "eu-west-1", "check the case id and the region")),
        Arguments.of(
            ValidationException.builder()
                .message("Invalid request")
                .statusCode(400)
                .reason(ValidationExceptionReason.FIELD_VALIDATION_FAILED)
                .fieldList(
                    ValidationExceptionField.builder()
                        .name("caseStatus")
                        .message("transition not allowed")
                        .build(),
                    ValidationExceptionField.builder().name("caseId").message("too short").build())
                .build(),
            Kind.INVALID_REQUEST,
            List.of(
                "FIELD_VALIDATION_FAILED",
                "caseStatus: transition not allowed",
                "caseId: too short",
                "case 8403556009")),
        Arguments.of(
            ConflictException.builder()
                .message("Conflict")
                .statusCode(409)
                .resourceId("8403556009")
                .resourceType("case")
                .build(),
            Kind.CONFLICT,
            List.of("case 8403556009", "re-reads the case and plans again")),
        Arguments.of(
            ServiceQuotaExceededException.builder()
                .message("Quota exceeded")
                .statusCode(402)
                .quotaCode("L-ACTIVE-SELF")
                .serviceCode("security-ir")
                .resourceType("case")
                .resourceId("8403556009")
                .build(),
            Kind.QUOTA_EXCEEDED,
            List.of("L-ACTIVE-SELF", "case 8403556009", "Service Quotas")),
        Arguments.of(
            SecurityIncidentResponseNotActiveException.builder()
                .message("Not active")
                .statusCode(400)
                .build(),
            Kind.NOT_ACTIVE,
            List.of(
                "no active Security Incident Response membership",
                "eu-west-1",
                "CreateMembership")),
        Arguments.of(
            InvalidTokenException.builder().message("Token expired").statusCode(423).build(),
            Kind.CREDENTIALS_EXPIRED,
            List.of("expired or invalid", "aws sso login", "session token")),
        Arguments.of(
            ThrottlingException.builder()
                .message("Rate exceeded")
                .statusCode(429)
                .quotaCode("L-RATE")
                .build(),
            Kind.THROTTLED,
            List.of("4 attempts", "case 8403556009", "L-RATE", "maxRetries")),
        Arguments.of(
            InternalServerException.builder().message("Boom").statusCode(500).build(),
            Kind.SERVICE_ERROR,
            List.of("HTTP 500", "4 attempts", "re-read the case")));
  }

  @ParameterizedTest
  @MethodSource("apiErrors")
  void mapsEveryApiErrorToAKindAndAnActionableMessage(
      SdkException failure, Kind kind, List<String> mustMention) {
    CaseGatewayException error = moveFailsWith(failure, 4);
    assertEquals(kind, error.kind());
    for (String fragment : mustMention) {
      assertTrue(
          error.getMessage().contains(fragment),
          () -> fragment + " missing: " + error.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("apiErrors")
  void retriesOnlyThrottlingAndServiceFailures(
      SdkException failure, Kind kind, List<String> unused) {
    moveFailsWith(failure, 4);
    int expectedAttempts = kind == Kind.THROTTLED || kind == Kind.SERVICE_ERROR ? 4 : 1;
    assertEquals(expectedAttempts, attempts.size());
    assertEquals(expectedAttempts - 1, sleeps.size());
  }

  @Test
  void neverQuotesSecretsEvenWhenTheServiceEchoesThem() {
    CaseGatewayException error =
        moveFailsWith(
            AccessDeniedException.builder()
                .message("signature for " + SECRET_CANARY + " with token " + TOKEN_CANARY)
                .statusCode(403)
                .build(),
            1);
    assertFalse(error.getMessage().contains(SECRET_CANARY), error.getMessage());
    assertFalse(error.getMessage().contains(TOKEN_CANARY), error.getMessage());
    assertTrue(error.getMessage().contains("(secret)"), error.getMessage());
  }

  @Test
  void waitsAtLeastRetryAfterThenSucceeds() {
    String answer =
        caller(4)
            .move(
                UPDATE,
                Deadline.none(),
                failing(
                    ThrottlingException.builder().statusCode(429).retryAfterSeconds(2).build()));
    assertEquals("ok", answer);
    assertEquals(2, attempts.size());
    assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
  }

  @Test
  void stopsRetryingWhenTheWaitWouldPassTheDeadline() {
    Deadline deadline = Deadline.at(NOW.plusSeconds(3));
    CaseGatewayException error =
        assertThrows(
            CaseGatewayException.class,
            () ->
                caller(4)
                    .move(
                        UPDATE,
                        deadline,
                        alwaysFailing(
                            ThrottlingException.builder()
                                .statusCode(429)
                                .retryAfterSeconds(5)
                                .build())));
    assertEquals(Kind.THROTTLED, error.kind());
    assertTrue(error.getMessage().contains("1 attempt "), error.getMessage());
    assertTrue(error.getMessage().contains("deadline"), error.getMessage());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void givesEachReadAttemptTheTimeLeftAsItsApiCallTimeout() {
    caller(4).read(GET, Deadline.at(NOW.plusSeconds(42)), failing());
    assertEquals(Duration.ofSeconds(42), attempts.get(0).apiCallTimeout().orElseThrow());
  }

  @Test
  void letsAMoveInFlightFinishPastTheDeadlineSoItsOutcomeIsKnown() {
    caller(4).move(UPDATE, Deadline.at(NOW.plusSeconds(42)), failing());
    assertNull(attempts.get(0), "a move must not be abandoned mid-flight at the deadline");
  }

  @Test
  void refusesToSendWhenTheDeadlineHasPassed() {
    CaseGatewayException error =
        assertThrows(
            CaseGatewayException.class,
            () -> caller(4).read(GET, Deadline.at(NOW.minusSeconds(1)), failing()));
    assertEquals(Kind.UNREACHABLE, error.kind());
    assertTrue(error.getMessage().contains("was not sent"), error.getMessage());
    assertEquals(0, attempts.size());
  }

  @Test
  void mapsConnectionFailuresToUnreachableNamingTheEndpointAfterRetries() {
    CaseGatewayException error =
        moveFailsWith(
            SdkClientException.builder()
                .message("Unable to execute HTTP request: Connection refused")
                .cause(new ConnectException("Connection refused"))
                .build(),
            3);
    assertEquals(Kind.UNREACHABLE, error.kind());
    assertTrue(
        error.getMessage().contains("https://security-ir.eu-west-1.api.aws"), error.getMessage());
    assertTrue(error.getMessage().contains("Connection refused"), error.getMessage());
    assertTrue(error.getMessage().contains("3 attempts"), error.getMessage());
    assertEquals(3, attempts.size());
  }

  /**
   * A move whose first attempt lost its answer (it may have landed, as the emulator's landed drop
   * does) and whose retries were throttled: the last failure is throttling, yet the caller must
   * re-read; a read that failed the same way changed nothing.
   */
  @Test
  void aMoveWhoseEarlierAttemptLostItsAnswerHasAnUnknownOutcomeWhateverTheLastFailure() {
    SdkException dropped =
        SdkClientException.builder()
            .message("Unable to execute HTTP request: Connection reset")
            .cause(new java.net.SocketException("Connection reset"))
            .build();
    SdkException throttled =
        ThrottlingException.builder().statusCode(429).message("Rate exceeded").build();
    CaseGatewayException move =
        assertThrows(
            CaseGatewayException.class,
            () ->
                caller(3)
                    .move(
                        UPDATE,
                        Deadline.none(),
                        failing(dropped, throttled, throttled, throttled)));
    assertEquals(Kind.THROTTLED, move.kind());
    assertTrue(move.outcomeUnknown(), "an earlier attempt may have landed");

    attempts.clear();
    CaseGatewayException read =
        assertThrows(
            CaseGatewayException.class,
            () ->
                caller(3)
                    .read(GET, Deadline.none(), failing(dropped, throttled, throttled, throttled)));
    assertEquals(Kind.THROTTLED, read.kind());
    assertFalse(read.outcomeUnknown(), "a read changes nothing");
  }

  @Test
  void aMoveThrottledOnEveryAttemptDidNotLand() {
    CaseGatewayException error =
        moveFailsWith(ThrottlingException.builder().statusCode(429).message("slow").build(), 3);
    assertEquals(Kind.THROTTLED, error.kind());
    assertFalse(error.outcomeUnknown(), "a 429 is a definite refusal");
  }

  @Test
  void mapsReadTimeoutsToUnreachable() {
    CaseGatewayException error =
        moveFailsWith(
            SdkClientException.builder()
                .cause(new SocketTimeoutException("Read timed out"))
                .build(),
            1);
    assertEquals(Kind.UNREACHABLE, error.kind());
    assertTrue(error.getMessage().contains("Read timed out"), error.getMessage());
  }

  @Test
  void mapsACallCutByTheDeadlineToUnreachableWithoutRetrying() {
    CaseGatewayException error =
        moveFailsWith(ApiCallTimeoutException.builder().message("timed out").build(), 4);
    assertEquals(Kind.UNREACHABLE, error.kind());
    assertTrue(error.getMessage().contains("before the deadline"), error.getMessage());
    assertEquals(1, attempts.size());
  }

  @Test
  void mapsUnknownServiceErrorCodesToUnexpectedResponse() {
    CaseGatewayException error =
        moveFailsWith(SecurityIrException.builder().message("teapot").statusCode(418).build(), 4);
    assertEquals(Kind.UNEXPECTED_RESPONSE, error.kind());
    assertTrue(error.getMessage().contains("HTTP 418"), error.getMessage());
  }

  @Test
  void errorsCarryTheSdkFailureAsCause() {
    ConflictException conflict = ConflictException.builder().message("c").statusCode(409).build();
    CaseGatewayException error = moveFailsWith(conflict, 4);
    assertEquals(conflict, error.getCause());
  }

  @Test
  void anInterruptedWaitStopsWithTheLastFailureAndKeepsTheInterrupt() {
    Sleeper interrupted =
        duration -> {
          throw new InterruptedException();
        };
    try {
      CaseGatewayException error =
          assertThrows(
              CaseGatewayException.class,
              () ->
                  caller(4, interrupted)
                      .read(
                          GET,
                          Deadline.none(),
                          alwaysFailing(
                              InternalServerException.builder()
                                  .message("Boom")
                                  .statusCode(500)
                                  .build())));
      assertEquals(Kind.SERVICE_ERROR, error.kind());
      assertTrue(error.getMessage().contains("1 attempt "), error.getMessage());
      assertTrue(
          error.getMessage().endsWith("Interrupted while waiting to try again."),
          error.getMessage());
      assertEquals(1, attempts.size());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }
}
