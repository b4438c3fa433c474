package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.EmulatorFixtures.client;
import static com.pulumi.securityir.emulator.EmulatorFixtures.createRequest;
import static com.pulumi.securityir.emulator.EmulatorFixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.AccessDeniedException;
import software.amazon.awssdk.services.securityir.model.CaseEditItem;
import software.amazon.awssdk.services.securityir.model.CaseStatus;
import software.amazon.awssdk.services.securityir.model.CloseCaseResponse;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.GetCaseResponse;
import software.amazon.awssdk.services.securityir.model.InternalServerException;
import software.amazon.awssdk.services.securityir.model.InvalidTokenException;
import software.amazon.awssdk.services.securityir.model.ListCasesItem;
import software.amazon.awssdk.services.securityir.model.ResolverType;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;
import software.amazon.awssdk.services.securityir.model.SecurityIncidentResponseNotActiveException;
import software.amazon.awssdk.services.securityir.model.SecurityIrException;
import software.amazon.awssdk.services.securityir.model.SelfManagedCaseStatus;
import software.amazon.awssdk.services.securityir.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusResponse;
import software.amazon.awssdk.services.securityir.model.ValidationException;
import software.amazon.awssdk.services.securityir.model.ValidationExceptionReason;
import software.amazon.awssdk.services.securityir.model.Watcher;

/**
 * The unchanged AWS SDK client cannot tell the emulator from the service: every operation and all
 * nine errors.
 */
class SdkClientAgainstEmulatorTest {

  private static SecurityIrEmulator emulator;
  private static SecurityIrClient sir;

  @BeforeAll
  static void start() throws Exception {
    emulator = SecurityIrEmulator.start(EmulatorOptions.defaults());
    sir = client(emulator);
  }

  @AfterAll
  static void stop() {
    sir.close();
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.control().clearFaults();
    emulator.control().clearCalls();
  }

  @Test
  void createCaseReturnsTenDigitIdAndGetCaseShowsASubmittedCaseWithArn() {
    String id = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    assertTrue(id.matches("[0-9]{10}"), id);

    GetCaseResponse c = sir.getCase(b -> b.caseId(id));
    assertEquals(CaseStatus.SUBMITTED, c.caseStatus());
    assertEquals(ResolverType.SELF, c.resolverType());
    assertEquals("arn:aws:security-ir:us-east-1:123456789012:case/" + id, c.caseArn());
    assertEquals("Suspicious console logins", c.title());
    assertEquals(Instant.parse("2025-01-02T03:04:05.678Z"), c.reportedIncidentStartDate());
    assertEquals(List.of("111122223333"), c.impactedAccounts());
    assertEquals("responder@example.com", c.watchers().get(0).email());
    assertNotNull(c.createdDate());
    assertNull(c.closedDate());
    assertEquals(201, emulator.control().calls().get(0).status());
  }

  @Test
  void createCaseIsIdempotentByClientToken() {
    String token = UUID.randomUUID().toString();
    String first =
        sir.createCase(createRequest(ResolverType.SELF).toBuilder().clientToken(token).build())
            .caseId();
    String second =
        sir.createCase(createRequest(ResolverType.SELF).toBuilder().clientToken(token).build())
            .caseId();
    String other = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    assertEquals(first, second);
    assertFalse(first.equals(other));
  }

  @Test
  void updateCaseChangesDetailsAndAddsWatchers() {
    String id = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    var response =
        sir.updateCase(
            b ->
                b.caseId(id)
                    .title("Renamed")
                    .watchersToAdd(Watcher.builder().email("second@example.com").build())
                    .impactedAccountsToDelete("111122223333"));
    assertEquals(200, response.sdkHttpResponse().statusCode());
    GetCaseResponse c = sir.getCase(b -> b.caseId(id));
    assertEquals("Renamed", c.title());
    assertEquals(2, c.watchers().size());
    assertTrue(c.impactedAccounts().isEmpty());
  }

  @Test
  void updateCaseStatusAnswers201WithTheNewStatus() {
    String id = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    UpdateCaseStatusResponse r =
        sir.updateCaseStatus(
            b -> b.caseId(id).caseStatus(SelfManagedCaseStatus.DETECTION_AND_ANALYSIS));
    assertEquals(201, r.sdkHttpResponse().statusCode());
    assertEquals(SelfManagedCaseStatus.DETECTION_AND_ANALYSIS, r.caseStatus());
    assertEquals(CaseStatus.DETECTION_AND_ANALYSIS, sir.getCase(b -> b.caseId(id)).caseStatus());
  }

  @Test
  void closeCaseReturnsClosedAndClosedDate() {
    String id = sir.createCase(createRequest(ResolverType.AWS)).caseId();
    CloseCaseResponse r = sir.closeCase(b -> b.caseId(id));
    assertEquals(CaseStatus.CLOSED, r.caseStatus());
    assertNotNull(r.closedDate());
    assertEquals(r.closedDate(), sir.getCase(b -> b.caseId(id)).closedDate());
  }

  @Test
  void updateResolverTypeMovesSelfCaseToAws() {
    String id = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    var r = sir.updateResolverType(b -> b.caseId(id).resolverType(ResolverType.AWS));
    assertEquals(id, r.caseId());
    assertEquals(ResolverType.AWS, r.resolverType());
    assertEquals(CaseStatus.SUBMITTED, r.caseStatus());
  }

  @Test
  void listCasesPagesThroughEveryCaseWithTheSdkPaginator() {
    for (int i = 0; i < 5; i++) {
      sir.createCase(createRequest(ResolverType.SELF));
    }
    var firstPage = sir.listCases(b -> b.maxResults(2));
    assertEquals(2, firstPage.items().size());
    assertNotNull(firstPage.nextToken());
    List<String> ids = new ArrayList<>();
    sir.listCasesPaginator(b -> b.maxResults(2)).items().forEach(i -> ids.add(i.caseId()));
    assertEquals(firstPage.total().intValue(), ids.size());
    assertEquals(ids.size(), ids.stream().distinct().count());
    ListCasesItem item = firstPage.items().get(0);
    assertNotNull(item.caseStatus());
    assertNotNull(item.createdDate());
  }

  @Test
  void listCaseEditsHasAnEntryForCreateEachStatusChangeAndClose() {
    String id = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    sir.updateCaseStatus(
        b -> b.caseId(id).caseStatus(SelfManagedCaseStatus.DETECTION_AND_ANALYSIS));
    sir.updateCaseStatus(
        b -> b.caseId(id).caseStatus(SelfManagedCaseStatus.POST_INCIDENT_ACTIVITIES));
    sir.closeCase(b -> b.caseId(id));
    List<CaseEditItem> edits = new ArrayList<>();
    sir.listCaseEditsPaginator(b -> b.caseId(id).maxResults(1)).items().forEach(edits::add);
    assertEquals(
        List.of("CreateCase", "UpdateCaseStatus", "UpdateCaseStatus", "CloseCase"),
        edits.stream().map(CaseEditItem::action).toList());
    for (CaseEditItem e : edits) {
      assertTrue(e.message().length() >= 10 && e.message().length() <= 4096, e.message());
      assertNotNull(e.eventTimestamp());
      assertNotNull(e.principal());
    }
    assertTrue(edits.get(2).message().contains("Post-incident Activities"));
  }

  @Test
  void commentsAreCreatedIdempotentlyAndListed() {
    String id = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    var created =
        sir.createCaseComment(b -> b.caseId(id).body("Isolated the host").clientToken("t-1"));
    assertEquals(201, created.sdkHttpResponse().statusCode());
    assertTrue(created.commentId().matches("\\d{6}"));
    assertEquals(
        created.commentId(),
        sir.createCaseComment(b -> b.caseId(id).body("Isolated the host").clientToken("t-1"))
            .commentId());
    sir.createCaseComment(b -> b.caseId(id).body("Rotated keys"));
    var list = sir.listComments(b -> b.caseId(id));
    assertEquals(2, list.total());
    assertEquals(
        List.of("Isolated the host", "Rotated keys"),
        list.items().stream().map(c -> c.body()).toList());
  }

  @Test
  void tagsAreAddedListedAndRemovedThroughThePercentEncodedArn() {
    String id = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    String arn = sir.getCase(b -> b.caseId(id)).caseArn();
    var tagged =
        sir.tagResource(
            b -> b.resourceArn(arn).tags(Map.of("team", "blue", "env", "prod", "x", "1")));
    assertEquals(204, tagged.sdkHttpResponse().statusCode());
    sir.untagResource(b -> b.resourceArn(arn).tagKeys("env", "x"));
    assertEquals(Map.of("team", "blue"), sir.listTagsForResource(b -> b.resourceArn(arn)).tags());
    assertEquals(id, emulator.control().calls().get(1).caseId());
  }

  // ------------------------------------------------------------------ the nine errors

  @Test
  void validationExceptionCarriesReasonAndFieldList() {
    String id = sir.createCase(createRequest(ResolverType.SELF)).caseId();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> sir.updateCaseStatus(b -> b.caseId(id).caseStatus("Closed")));
    assertEquals(400, e.statusCode());
    assertEquals(ValidationExceptionReason.FIELD_VALIDATION_FAILED, e.reason());
    assertEquals("caseStatus", e.fieldList().get(0).name());
    assertTrue(e.fieldList().get(0).message().contains("Closed"));
    assertRequestId(e);
  }

  @Test
  void accessDeniedForUnsignedSdkRequests() {
    try (SecurityIrClient anonymous = client(emulator, AnonymousCredentialsProvider.create())) {
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class, () -> anonymous.listCases(b -> b.maxResults(1)));
      assertEquals(403, e.statusCode());
      assertRequestId(e);
    }
  }

  @Test
  void resourceNotFoundForUnknownCase() {
    ResourceNotFoundException e =
        assertThrows(
            ResourceNotFoundException.class, () -> sir.getCase(b -> b.caseId("9999999999")));
    assertEquals(404, e.statusCode());
    assertTrue(e.awsErrorDetails().errorMessage().contains("9999999999"));
    assertRequestId(e);
  }

  @Test
  void conflictExceptionNamesTheCase() {
    String id = seed(emulator, CaseState.CLOSED, Resolver.SELF);
    ConflictException e =
        assertThrows(ConflictException.class, () -> sir.closeCase(b -> b.caseId(id)));
    assertEquals(409, e.statusCode());
    assertEquals(id, e.resourceId());
    assertEquals("case", e.resourceType());
    assertRequestId(e);
  }

  @Test
  void injectedServiceQuotaExceededCarriesEveryRequiredMember() {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    emulator
        .control()
        .injectFault(FaultSpec.error("GetCase", "ServiceQuotaExceededException", 1))
        .orElseThrow();
    ServiceQuotaExceededException e =
        assertThrows(ServiceQuotaExceededException.class, () -> sir.getCase(b -> b.caseId(id)));
    assertEquals(402, e.statusCode());
    assertEquals(id, e.resourceId());
    assertEquals("case", e.resourceType());
    assertEquals("security-ir", e.serviceCode());
    assertNotNull(e.quotaCode());
    assertRequestId(e);
  }

  @Test
  void injectedNotActiveAndInvalidTokenArriveAsTheirClasses() {
    emulator
        .control()
        .injectFault(FaultSpec.error("ListCases", "SecurityIncidentResponseNotActiveException", 1))
        .orElseThrow();
    emulator
        .control()
        .injectFault(FaultSpec.error("ListCases", "InvalidTokenException", 1).after(1))
        .orElseThrow();
    var notActive =
        assertThrows(
            SecurityIncidentResponseNotActiveException.class, () -> sir.listCases(b -> {}));
    assertEquals(400, notActive.statusCode());
    var invalid = assertThrows(InvalidTokenException.class, () -> sir.listCases(b -> {}));
    assertEquals(423, invalid.statusCode());
    assertTrue(invalid.isRetryableException());
    assertRequestId(invalid);
  }

  @Test
  void injectedThrottlingCarriesRetryAfter() {
    emulator
        .control()
        .injectFault(FaultSpec.error("ListCases", "ThrottlingException", 1).withRetryAfter(7))
        .orElseThrow();
    ThrottlingException e = assertThrows(ThrottlingException.class, () -> sir.listCases(b -> {}));
    assertEquals(429, e.statusCode());
    assertEquals(7, e.retryAfterSeconds());
    assertEquals("security-ir", e.serviceCode());
    assertTrue(e.isThrottlingException());
    assertEquals(List.of("7"), e.awsErrorDetails().sdkHttpResponse().headers().get("Retry-After"));
  }

  @Test
  void injectedInternalServerErrorCarriesRetryAfter() {
    emulator
        .control()
        .injectFault(FaultSpec.error("*", "InternalServerException", 1).withRetryAfter(3))
        .orElseThrow();
    InternalServerException e =
        assertThrows(InternalServerException.class, () -> sir.listCases(b -> {}));
    assertEquals(500, e.statusCode());
    assertEquals(3, e.retryAfterSeconds());
    assertRequestId(e);
  }

  @Test
  void rateLimitAnswersThrottlingWithRetryAfterThroughTheSdk() throws Exception {
    try (SecurityIrEmulator limited =
            SecurityIrEmulator.start(EmulatorOptions.defaults().withRateLimitRps(1));
        SecurityIrClient c = client(limited)) {
      ThrottlingException seen = null;
      for (int i = 0; i < 20 && seen == null; i++) {
        try {
          c.listCases(b -> {});
        } catch (ThrottlingException e) {
          seen = e;
        }
      }
      assertNotNull(seen, "20 back-to-back calls against a 1 rps limit were never throttled");
      assertTrue(seen.retryAfterSeconds() >= 1);
      assertEquals(429, seen.statusCode());
    }
  }

  private static void assertRequestId(SecurityIrException e) {
    assertNotNull(e.requestId());
    assertInstanceOf(UUID.class, UUID.fromString(e.requestId()));
  }
}
