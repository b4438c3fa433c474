package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.AccessDeniedException;
import software.amazon.awssdk.services.securityir.model.CaseEditItem;
import software.amazon.awssdk.services.securityir.model.CloseCaseRequest;
import software.amazon.awssdk.services.securityir.model.CloseCaseResponse;
import software.amazon.awssdk.services.securityir.model.GetCaseRequest;
import software.amazon.awssdk.services.securityir.model.GetCaseResponse;
import software.amazon.awssdk.services.securityir.model.ListCaseEditsRequest;
import software.amazon.awssdk.services.securityir.model.ListCaseEditsResponse;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusRequest;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusResponse;

/**
 * The gateway over a mocked SDK client: which request each operation sends and how, status and
 * resolver translation, paging. Retries and error wording are {@link RetryingCallerTest}'s.
 */
class AwsCaseGatewayTest {

  private static final CaseId CASE = CaseId.parse("8403556009").orElseThrow();
  private static final String TITLE_CANARY = "CANARY title: breach at ACME";
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  private final SecurityIrClient client = mock(SecurityIrClient.class);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final List<Duration> sleeps = new ArrayList<>();

  private AwsCaseGateway gateway(int maxAttempts) {
    FailureTranslator translator = new FailureTranslator(List.of());
    return new AwsCaseGateway(
        new SecurityIrConnection(
            client, "eu-west-1", "https://security-ir.eu-west-1.api.aws", List.of()),
        new RetryingCaller(
            RetryPolicy.withMaxAttempts(maxAttempts),
            clock,
            sleeps::add,
            () -> 0.0,
            translator,
            new AdaptiveLimit(8)),
        translator);
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
  void retriesAThrottledReadThroughTheCallerThenMapsTheAnswer() {
    when(client.getCase(any(GetCaseRequest.class)))
        .thenThrow(ThrottlingException.builder().statusCode(429).retryAfterSeconds(2).build())
        .thenReturn(GetCaseResponse.builder().caseStatus("Submitted").resolverType("Self").build());
    assertEquals(LifecycleStatus.SUBMITTED, gateway(4).read(CASE, Deadline.none()).status());
    verify(client, times(2)).getCase(any(GetCaseRequest.class));
    assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
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
  void closingTheGatewayClosesTheClient() {
    gateway(4).close();
    verify(client).close();
  }
}
