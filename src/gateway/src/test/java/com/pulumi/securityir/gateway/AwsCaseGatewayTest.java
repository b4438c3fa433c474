package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.AccessDeniedException;
import software.amazon.awssdk.services.securityir.model.CaseEditItem;
import software.amazon.awssdk.services.securityir.model.CloseCaseRequest;
import software.amazon.awssdk.services.securityir.model.CloseCaseResponse;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.GetCaseRequest;
import software.amazon.awssdk.services.securityir.model.GetCaseResponse;
import software.amazon.awssdk.services.securityir.model.InternalServerException;
import software.amazon.awssdk.services.securityir.model.InvalidTokenException;
import software.amazon.awssdk.services.securityir.model.ListCaseEditsRequest;
import software.amazon.awssdk.services.securityir.model.ListCaseEditsResponse;
import software.amazon.awssdk.services.securityir.model.ListCasesItem;
import software.amazon.awssdk.services.securityir.model.ListCasesRequest;
import software.amazon.awssdk.services.securityir.model.ListCasesResponse;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;
import software.amazon.awssdk.services.securityir.model.SecurityIncidentResponseNotActiveException;
import software.amazon.awssdk.services.securityir.model.SecurityIrException;
import software.amazon.awssdk.services.securityir.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusRequest;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusResponse;
import software.amazon.awssdk.services.securityir.model.ValidationException;
import software.amazon.awssdk.services.securityir.model.ValidationExceptionField;
import software.amazon.awssdk.services.securityir.model.ValidationExceptionReason;

/** The gateway over a mocked SDK client: error mapping, retries, status translation, paging. */
class AwsCaseGatewayTest {

  private static final CaseId CASE = CaseId.parse("8403556009").orElseThrow();
  private static final String SECRET_CANARY = "CANARYsecretKEY0123456789abcdefCANARY";
  private static final String TOKEN_CANARY = "CANARYsessionTOKENzzzzzzzzzzzzzzCANARY";
  private static final String TITLE_CANARY = "CANARY title: breach at ACME";
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  private final SecurityIrClient client = mock(SecurityIrClient.class);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final List<Duration> sleeps = new ArrayList<>();

  private AwsCaseGateway gateway(int maxAttempts) {
    return new AwsCaseGateway(
        client,
        List.of(),
        "eu-west-1",
        "https://security-ir.eu-west-1.api.aws",
        RetryPolicy.withMaxAttempts(maxAttempts),
        clock,
        sleeps::add,
        () -> 0.0,
        List.of(SECRET_CANARY, TOKEN_CANARY));
  }

  private CaseGatewayException updateFailsWith(Exception failure, int maxAttempts) {
    when(client.updateCaseStatus(any(UpdateCaseStatusRequest.class))).thenThrow(failure);
    return assertThrows(
        CaseGatewayException.class,
        () ->
            gateway(maxAttempts)
                .updateStatus(CASE, LifecycleStatus.DETECTION_AND_ANALYSIS, Deadline.none()));
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
      Exception failure, Kind kind, List<String> mustMention) {
    CaseGatewayException error = updateFailsWith(failure, 4);
    assertEquals(kind, error.kind());
    for (String fragment : mustMention) {
      assertTrue(
          error.getMessage().contains(fragment),
          () -> fragment + " missing: " + error.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("apiErrors")
  void retriesOnlyThrottlingAndServiceFailures(Exception failure, Kind kind, List<String> unused) {
    updateFailsWith(failure, 4);
    int expectedCalls = kind == Kind.THROTTLED || kind == Kind.SERVICE_ERROR ? 4 : 1;
    verify(client, times(expectedCalls)).updateCaseStatus(any(UpdateCaseStatusRequest.class));
    assertEquals(expectedCalls - 1, sleeps.size());
  }

  @Test
  void namesTheIamActionOfTheFailingOperation() {
    when(client.closeCase(any(CloseCaseRequest.class)))
        .thenThrow(AccessDeniedException.builder().message("denied").statusCode(403).build());
    CaseGatewayException error =
        assertThrows(CaseGatewayException.class, () -> gateway(4).close(CASE, Deadline.none()));
    assertTrue(error.getMessage().contains("security-ir:CloseCase"), error.getMessage());
  }

  @Test
  void neverQuotesSecretsEvenWhenTheServiceEchoesThem() {
    CaseGatewayException error =
        updateFailsWith(
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
    when(client.updateCaseStatus(any(UpdateCaseStatusRequest.class)))
        .thenThrow(ThrottlingException.builder().statusCode(429).retryAfterSeconds(2).build())
        .thenReturn(
            UpdateCaseStatusResponse.builder().caseStatus("Detection and Analysis").build());
    LifecycleStatus status =
        gateway(4).updateStatus(CASE, LifecycleStatus.DETECTION_AND_ANALYSIS, Deadline.none());
    assertEquals(LifecycleStatus.DETECTION_AND_ANALYSIS, status);
    assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
  }

  @Test
  void stopsRetryingWhenTheWaitWouldPassTheDeadline() {
    Deadline deadline = Deadline.at(NOW.plusSeconds(3));
    when(client.updateCaseStatus(any(UpdateCaseStatusRequest.class)))
        .thenThrow(ThrottlingException.builder().statusCode(429).retryAfterSeconds(5).build());
    CaseGatewayException error =
        assertThrows(
            CaseGatewayException.class,
            () -> gateway(4).updateStatus(CASE, LifecycleStatus.DETECTION_AND_ANALYSIS, deadline));
    assertEquals(Kind.THROTTLED, error.kind());
    assertTrue(error.getMessage().contains("1 attempt "), error.getMessage());
    assertTrue(error.getMessage().contains("deadline"), error.getMessage());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void givesEachAttemptTheTimeLeftAsItsApiCallTimeout() {
    when(client.getCase(any(GetCaseRequest.class)))
        .thenReturn(GetCaseResponse.builder().caseStatus("Submitted").resolverType("Self").build());
    gateway(4).read(CASE, Deadline.at(NOW.plusSeconds(42)));
    ArgumentCaptor<GetCaseRequest> sent = ArgumentCaptor.forClass(GetCaseRequest.class);
    verify(client).getCase(sent.capture());
    assertEquals("8403556009", sent.getValue().caseId());
    assertEquals(
        Duration.ofSeconds(42),
        sent.getValue().overrideConfiguration().orElseThrow().apiCallTimeout().orElseThrow());
  }

  @Test
  void letsAMoveInFlightFinishPastTheDeadlineSoItsOutcomeIsKnown() {
    when(client.updateCaseStatus(any(UpdateCaseStatusRequest.class)))
        .thenReturn(
            UpdateCaseStatusResponse.builder().caseStatus("Detection and Analysis").build());
    gateway(4)
        .updateStatus(
            CASE, LifecycleStatus.DETECTION_AND_ANALYSIS, Deadline.at(NOW.plusSeconds(42)));
    ArgumentCaptor<UpdateCaseStatusRequest> sent =
        ArgumentCaptor.forClass(UpdateCaseStatusRequest.class);
    verify(client).updateCaseStatus(sent.capture());
    assertTrue(
        sent.getValue().overrideConfiguration().flatMap(o -> o.apiCallTimeout()).isEmpty(),
        "a move must not be abandoned mid-flight at the deadline");
  }

  @Test
  void refusesToSendWhenTheDeadlineHasPassed() {
    CaseGatewayException error =
        assertThrows(
            CaseGatewayException.class,
            () -> gateway(4).read(CASE, Deadline.at(NOW.minusSeconds(1))));
    assertEquals(Kind.UNREACHABLE, error.kind());
    assertTrue(error.getMessage().contains("was not sent"), error.getMessage());
    verify(client, times(0)).getCase(any(GetCaseRequest.class));
  }

  @Test
  void mapsConnectionFailuresToUnreachableNamingTheEndpointAfterRetries() {
    CaseGatewayException error =
        updateFailsWith(
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
    verify(client, times(3)).updateCaseStatus(any(UpdateCaseStatusRequest.class));
  }

  @Test
  void mapsReadTimeoutsToUnreachable() {
    CaseGatewayException error =
        updateFailsWith(
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
        updateFailsWith(ApiCallTimeoutException.builder().message("timed out").build(), 4);
    assertEquals(Kind.UNREACHABLE, error.kind());
    assertTrue(error.getMessage().contains("before the deadline"), error.getMessage());
    verify(client, times(1)).updateCaseStatus(any(UpdateCaseStatusRequest.class));
  }

  @Test
  void mapsUnknownServiceErrorCodesToUnexpectedResponse() {
    CaseGatewayException error =
        updateFailsWith(SecurityIrException.builder().message("teapot").statusCode(418).build(), 4);
    assertEquals(Kind.UNEXPECTED_RESPONSE, error.kind());
    assertTrue(error.getMessage().contains("HTTP 418"), error.getMessage());
  }

  @Test
  void mapsAnUnknownCaseStatusToUnexpectedResponseQuotingTheRawValue() {
    when(client.getCase(any(GetCaseRequest.class)))
        .thenReturn(
            GetCaseResponse.builder()
                .caseStatus("Awaiting Lunar Alignment")
                .resolverType("Self")
                .title(TITLE_CANARY)
                .build());
    CaseGatewayException error =
        assertThrows(CaseGatewayException.class, () -> gateway(4).read(CASE, Deadline.none()));
    assertEquals(Kind.UNEXPECTED_RESPONSE, error.kind());
    assertTrue(error.getMessage().contains("'Awaiting Lunar Alignment'"), error.getMessage());
    assertTrue(error.getMessage().contains("GetCase"), error.getMessage());
    assertFalse(error.getMessage().contains(TITLE_CANARY), error.getMessage());
  }

  @Test
  void readsACaseIntoASnapshot() {
    when(client.getCase(any(GetCaseRequest.class)))
        .thenReturn(
            GetCaseResponse.builder()
                .caseStatus("Containment, Eradication and Recovery")
                .resolverType("AWS")
                .title(TITLE_CANARY)
                .caseArn("arn:aws:security-ir:eu-west-1:123456789012:case/8403556009")
                .build());
    CaseSnapshot snapshot = gateway(4).read(CASE, Deadline.none());
    assertEquals(LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY, snapshot.status());
    assertEquals(ResolverType.AWS, snapshot.resolverType());
    assertEquals(TITLE_CANARY, snapshot.title());
    assertFalse(snapshot.toString().contains(TITLE_CANARY));
  }

  @Test
  void returnsTheStatusTheServiceReportsAfterAMove() {
    when(client.updateCaseStatus(any(UpdateCaseStatusRequest.class)))
        .thenReturn(
            UpdateCaseStatusResponse.builder().caseStatus("Post-incident Activities").build());
    assertEquals(
        LifecycleStatus.POST_INCIDENT_ACTIVITIES,
        gateway(4).updateStatus(CASE, LifecycleStatus.DETECTION_AND_ANALYSIS, Deadline.none()));
    ArgumentCaptor<UpdateCaseStatusRequest> sent =
        ArgumentCaptor.forClass(UpdateCaseStatusRequest.class);
    verify(client).updateCaseStatus(sent.capture());
    assertEquals("Detection and Analysis", sent.getValue().caseStatusAsString());
  }

  @Test
  void refusesStatusesUpdateCaseStatusCannotSet() {
    AwsCaseGateway gateway = gateway(4);
    for (LifecycleStatus target :
        List.of(
            LifecycleStatus.CLOSED, LifecycleStatus.ACKNOWLEDGED, LifecycleStatus.READY_TO_CLOSE)) {
      assertThrows(
          IllegalArgumentException.class,
          () -> gateway.updateStatus(CASE, target, Deadline.none()));
    }
    verify(client, times(0)).updateCaseStatus(any(UpdateCaseStatusRequest.class));
  }

  @Test
  void closesWithCloseCase() {
    when(client.closeCase(any(CloseCaseRequest.class)))
        .thenReturn(CloseCaseResponse.builder().caseStatus("Closed").build())
        .thenReturn(CloseCaseResponse.builder().build());
    assertEquals(LifecycleStatus.CLOSED, gateway(4).close(CASE, Deadline.none()));
    assertEquals(LifecycleStatus.CLOSED, gateway(4).close(CASE, Deadline.none()));
  }

  @Test
  void followsEveryPageOfCaseEdits() {
    Instant t1 = Instant.parse("2025-01-01T10:00:00Z");
    Instant t2 = Instant.parse("2025-01-01T11:00:00Z");
    when(client.listCaseEdits(any(ListCaseEditsRequest.class)))
        .thenReturn(
            ListCaseEditsResponse.builder()
                .items(
                    CaseEditItem.builder()
                        .eventTimestamp(t1)
                        .principal("arn:aws:iam::123456789012:user/ci")
                        .action("UpdateCaseStatus")
                        .message("Case status updated to Detection and Analysis")
                        .build())
                .nextToken("page-2")
                .build())
        .thenReturn(
            ListCaseEditsResponse.builder()
                .items(CaseEditItem.builder().eventTimestamp(t2).action("CloseCase").build())
                .build());
    List<CaseEdit> edits = gateway(4).edits(CASE, Deadline.none());
    assertEquals(
        List.of(
            new CaseEdit(
                t1,
                "arn:aws:iam::123456789012:user/ci",
                "UpdateCaseStatus",
                "Case status updated to Detection and Analysis"),
            new CaseEdit(t2, "", "CloseCase", "")),
        edits);
    ArgumentCaptor<ListCaseEditsRequest> sent = ArgumentCaptor.forClass(ListCaseEditsRequest.class);
    verify(client, times(2)).listCaseEdits(sent.capture());
    assertEquals(null, sent.getAllValues().get(0).nextToken());
    assertEquals("page-2", sent.getAllValues().get(1).nextToken());
  }

  @Test
  void stopsPagingWhenTheServiceRepeatsAToken() {
    when(client.listCaseEdits(any(ListCaseEditsRequest.class)))
        .thenReturn(ListCaseEditsResponse.builder().nextToken("same").build());
    CaseGatewayException error =
        assertThrows(CaseGatewayException.class, () -> gateway(4).edits(CASE, Deadline.none()));
    assertEquals(Kind.UNEXPECTED_RESPONSE, error.kind());
    verify(client, times(2)).listCaseEdits(any(ListCaseEditsRequest.class));
  }

  @Test
  void listsCasesAcrossPages() {
    when(client.listCases(any(ListCasesRequest.class)))
        .thenReturn(
            ListCasesResponse.builder()
                .items(
                    ListCasesItem.builder()
                        .caseId("8403556009")
                        .caseStatus("Submitted")
                        .resolverType("Self")
                        .title(TITLE_CANARY)
                        .build())
                .nextToken("t")
                .build())
        .thenReturn(
            ListCasesResponse.builder()
                .items(
                    ListCasesItem.builder()
                        .caseId("8403556010")
                        .caseStatus("Closed")
                        .resolverType("AWS")
                        .caseArn("arn:aws:security-ir:eu-west-1:123456789012:case/8403556010")
                        .build())
                .build());
    List<CaseSnapshot> cases = gateway(4).cases(Deadline.none());
    assertEquals(2, cases.size());
    assertEquals(LifecycleStatus.SUBMITTED, cases.get(0).status());
    assertEquals(TITLE_CANARY, cases.get(0).title());
    assertEquals("8403556010", cases.get(1).caseId().value());
    assertEquals(LifecycleStatus.CLOSED, cases.get(1).status());
  }

  @Test
  void closingTheGatewayClosesTheClient() {
    gateway(4).close();
    verify(client).close();
  }

  @Test
  void errorsCarryTheSdkFailureAsCause() {
    ConflictException conflict = ConflictException.builder().message("c").statusCode(409).build();
    CaseGatewayException error = updateFailsWith(conflict, 4);
    assertNotNull(error.getCause());
    assertEquals(conflict, error.getCause());
  }
}
