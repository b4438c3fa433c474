package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.EmulatorFixtures.client;
import static com.pulumi.securityir.emulator.EmulatorFixtures.createRequest;
import static com.pulumi.securityir.emulator.EmulatorFixtures.raw;
import static com.pulumi.securityir.emulator.EmulatorFixtures.seed;
import static com.pulumi.securityir.emulator.EmulatorFixtures.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.CaseStatus;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.InternalServerException;
import software.amazon.awssdk.services.securityir.model.ResolverType;
import software.amazon.awssdk.services.securityir.model.SelfManagedCaseStatus;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;

/**
 * Persistence, seeding, rate limit, faults, authentication, unknown routes, binding and the control
 * plane.
 */
class EmulatorBehaviourTest {

  @TempDir Path dir;

  private SecurityIrEmulator emulator;
  private SecurityIrClient sir;

  @BeforeEach
  void start() throws Exception {
    emulator = SecurityIrEmulator.start(EmulatorOptions.defaults());
    sir = client(emulator);
  }

  @AfterEach
  void stop() {
    sir.close();
    emulator.close();
  }

  // ------------------------------------------------------------------ persistence and seeding

  @Test
  void stateFileSurvivesRestartWithHistoryTagsAndIdempotencyTokens() throws Exception {
    Path state = dir.resolve("state").resolve("cases.json");
    EmulatorOptions options = EmulatorOptions.defaults().withStateFile(state);
    String id;
    try (SecurityIrEmulator first = SecurityIrEmulator.start(options);
        SecurityIrClient c = client(first)) {
      id =
          c.createCase(createRequest(ResolverType.SELF).toBuilder().clientToken("token-1").build())
              .caseId();
      c.updateCaseStatus(
          b -> b.caseId(id).caseStatus(SelfManagedCaseStatus.DETECTION_AND_ANALYSIS));
      String arn = c.getCase(b -> b.caseId(id)).caseArn();
      c.tagResource(b -> b.resourceArn(arn).tags(Map.of("team", "blue")));
    }
    try (SecurityIrEmulator second = SecurityIrEmulator.start(options);
        SecurityIrClient c = client(second)) {
      var got = c.getCase(b -> b.caseId(id));
      assertEquals(CaseStatus.DETECTION_AND_ANALYSIS, got.caseStatus());
      assertEquals("Suspicious console logins", got.title());
      assertEquals(2, c.listCaseEdits(b -> b.caseId(id)).items().size());
      assertEquals(
          Map.of("team", "blue"), c.listTagsForResource(b -> b.resourceArn(got.caseArn())).tags());
      assertEquals(
          id,
          c.createCase(createRequest(ResolverType.SELF).toBuilder().clientToken("token-1").build())
              .caseId());
      assertThrows(
          ConflictException.class,
          () -> c.updateCaseStatus(b -> b.caseId(id).caseStatus(SelfManagedCaseStatus.SUBMITTED)));
    }
    try (var files = Files.list(state.getParent())) {
      assertEquals(
          List.of(state.getFileName().toString()),
          files.map(p -> p.getFileName().toString()).toList(),
          "only the state file remains; no temporary files are left behind");
    }
  }

  @Test
  void corruptStateFileIsReportedNotLoaded() throws Exception {
    Path state = dir.resolve("broken.json");
    Files.writeString(state, "{not json");
    EmulatorStartException e =
        assertThrows(
            EmulatorStartException.class,
            () -> SecurityIrEmulator.start(EmulatorOptions.defaults().withStateFile(state)));
    assertTrue(e.problems().get(0).contains("broken.json"), e.problems().toString());
    assertTrue(e.problems().get(0).contains("--state"), e.problems().toString());
  }

  @Test
  void seedFileLoadsCasesInAnyStatusAndResolverType() throws Exception {
    Path seedFile = dir.resolve("seed.yaml");
    Files.writeString(
        seedFile,
        """
                - caseId: "1234567890"
                  title: Ransomware on build host
                  status: Containment, Eradication and Recovery
                  resolverType: Self
                - title: Suspicious logins
                  status: Acknowledged
                  resolverType: AWS
                  description: Seeded from YAML
                  engagementType: Investigation
                - caseId: "2234567890"
                  title: Old one
                  status: Closed
                  resolverType: Self
                """);
    try (SecurityIrEmulator seeded =
            SecurityIrEmulator.start(EmulatorOptions.defaults().withSeedFile(seedFile));
        SecurityIrClient c = client(seeded)) {
      assertEquals(3, c.listCases(b -> {}).total());
      assertEquals(
          CaseStatus.CONTAINMENT_ERADICATION_AND_RECOVERY,
          c.getCase(b -> b.caseId("1234567890")).caseStatus());
      assertEquals(CaseStatus.CLOSED, c.getCase(b -> b.caseId("2234567890")).caseStatus());
      assertTrue(
          c.listCases(b -> {}).items().stream()
              .anyMatch(
                  i ->
                      i.caseStatus() == CaseStatus.ACKNOWLEDGED
                          && i.resolverType() == ResolverType.AWS));
    }
  }

  @Test
  void badSeedFileNamesTheEntryAndFieldAndRefusesToStart() throws Exception {
    Path seedFile = dir.resolve("seed.yaml");
    Files.writeString(
        seedFile,
        """
                - title: Fine
                  status: Submitted
                  resolverType: Self
                - title: Wrong status
                  status: Open
                  resolverType: Self
                """);
    EmulatorStartException e =
        assertThrows(
            EmulatorStartException.class,
            () -> SecurityIrEmulator.start(EmulatorOptions.defaults().withSeedFile(seedFile)));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertTrue(
        e.problems().get(0).contains("entry 2") && e.problems().get(0).contains("status 'Open'"),
        e.problems().toString());
  }

  @Test
  void seedFileCannotInstantiateArbitraryTypes() throws Exception {
    Path seedFile = dir.resolve("seed.yaml");
    Files.writeString(seedFile, "- !!java.io.File [\"/tmp/x\"]\n");
    EmulatorStartException e =
        assertThrows(
            EmulatorStartException.class,
            () -> SecurityIrEmulator.start(EmulatorOptions.defaults().withSeedFile(seedFile)));
    assertTrue(e.problems().get(0).contains("not valid YAML"), e.problems().toString());
  }

  // ------------------------------------------------------------------ rate limit and faults

  @Test
  void rateLimitAnswers429WithRetryAfterHeaderAndWireBody() throws Exception {
    try (SecurityIrEmulator limited =
        SecurityIrEmulator.start(EmulatorOptions.defaults().withRateLimitRps(1))) {
      HttpResponse<String> throttled = null;
      for (int i = 0; i < 20 && throttled == null; i++) {
        HttpResponse<String> r = signed(limited, "POST", "/v1/list-cases", "{}");
        if (r.statusCode() == 429) {
          throttled = r;
        }
      }
      assertTrue(throttled != null, "never throttled");
      assertEquals(
          "ThrottlingException", throttled.headers().firstValue("x-amzn-ErrorType").orElseThrow());
      assertTrue(
          Integer.parseInt(throttled.headers().firstValue("Retry-After").orElseThrow()) >= 1);
      assertEquals("ThrottlingException", body(throttled).get("__type").getAsString());
      assertTrue(limited.control().calls().stream().anyMatch(c -> c.status() == 429));
    }
  }

  @Test
  void faultLetsAfterCallsThroughThenFailsTimesCallsThenStops() {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    emulator
        .control()
        .injectFault(FaultSpec.error("GetCase", "InternalServerException", 2).after(1).forCase(id))
        .orElseThrow();
    String other = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    sir.getCase(b -> b.caseId(other));
    sir.getCase(b -> b.caseId(id));
    assertThrows(InternalServerException.class, () -> sir.getCase(b -> b.caseId(id)));
    assertThrows(InternalServerException.class, () -> sir.getCase(b -> b.caseId(id)));
    sir.getCase(b -> b.caseId(id));
    assertEquals(
        List.of(200, 200, 500, 500, 200),
        emulator.control().calls().stream().map(CallRecord::status).toList());
  }

  @Test
  void faultedCallsHaveNoEffect() {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    emulator
        .control()
        .injectFault(FaultSpec.error("UpdateCaseStatus", "ThrottlingException", 1))
        .orElseThrow();
    assertThrows(
        ThrottlingException.class,
        () ->
            sir.updateCaseStatus(
                b -> b.caseId(id).caseStatus(SelfManagedCaseStatus.DETECTION_AND_ANALYSIS)));
    assertEquals(CaseStatus.SUBMITTED, sir.getCase(b -> b.caseId(id)).caseStatus());
  }

  @Test
  void rateFaultFailsAFractionRepeatablyForASeed() {
    List<Integer> first = statusesUnderRateFault(42);
    List<Integer> second = statusesUnderRateFault(42);
    assertEquals(first, second);
    long failed = first.stream().filter(s -> s == 500).count();
    assertTrue(failed > 20 && failed < 100, "failed " + failed + " of 200 at rate 0.3");
  }

  private List<Integer> statusesUnderRateFault(long seed) {
    emulator.control().clearFaults();
    emulator.control().clearCalls();
    emulator
        .control()
        .injectFault(FaultSpec.errorRate("ListCases", "InternalServerException", 0.3, seed))
        .orElseThrow();
    for (int i = 0; i < 200; i++) {
      try {
        sir.listCases(b -> b.maxResults(1));
      } catch (InternalServerException expected) {
        // counted from the call log
      }
    }
    return emulator.control().calls().stream().map(CallRecord::status).toList();
  }

  @Test
  void dropFaultClosesTheConnectionWithoutAnAnswer() {
    emulator.control().injectFault(FaultSpec.drop("ListCases", 1)).orElseThrow();
    assertThrows(SdkClientException.class, () -> sir.listCases(b -> {}));
    assertEquals(200, sir.listCases(b -> {}).sdkHttpResponse().statusCode());
    assertEquals(
        List.of(0, 200), emulator.control().calls().stream().map(CallRecord::status).toList());
  }

  @Test
  void aLandedDropTakesEffectAndOnlyLosesTheAnswer() {
    emulator.control().injectFault(FaultSpec.drop("CreateCaseComment", 1).landing()).orElseThrow();
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    assertThrows(
        SdkClientException.class,
        () -> sir.createCaseComment(b -> b.caseId(id).clientToken("t-1").body("first")));
    // The retry with the same token finds the comment that landed instead of adding another.
    String retried =
        sir.createCaseComment(b -> b.caseId(id).clientToken("t-1").body("first")).commentId();
    assertEquals(
        List.of(retried),
        sir.listComments(b -> b.caseId(id)).items().stream()
            .map(software.amazon.awssdk.services.securityir.model.ListCommentsItem::commentId)
            .toList());
  }

  @Test
  void latencyFaultDelaysMatchingCallsOnly() {
    emulator.control().injectFault(FaultSpec.latency("ListCases", 300)).orElseThrow();
    long start = System.nanoTime();
    sir.listCases(b -> {});
    assertTrue(
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 300,
        "ListCases was not delayed");
    assertEquals(1, emulator.control().clearFaults());
  }

  @Test
  void unusableFaultSpecIsRejectedNamingEachField() {
    var r =
        emulator
            .control()
            .injectFault(
                new FaultSpec(
                    "Getcase", null, "Boom", false, 0, 0, -1, null, null, null, null, true, "m-X"));
    String message = assertInstanceOfRejected(r);
    assertTrue(message.contains("operation: 'Getcase'"), message);
    assertTrue(message.contains("error: 'Boom'"), message);
    assertTrue(message.contains("landed: applies only with \"drop\": true"), message);
    assertTrue(message.contains("times:"), message);
    assertTrue(message.contains("membershipId: 'm-X'"), message);
  }

  // ------------------------------------------------------------------ authentication, routing,
  // binding

  @Test
  void unsignedOrWronglyScopedRequestsAreDenied() throws Exception {
    for (String auth :
        new String[] {
          null,
          "Bearer abc",
          "AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=ab"
        }) {
      HttpResponse<String> r = raw(emulator, "POST", "/v1/list-cases", "{}", auth);
      assertEquals(403, r.statusCode());
      assertEquals(
          "AccessDeniedException", r.headers().firstValue("x-amzn-ErrorType").orElseThrow());
      assertEquals("AccessDeniedException", body(r).get("__type").getAsString());
      assertFalse(body(r).get("message").getAsString().isEmpty());
    }
  }

  @Test
  void unknownPathsAnswerInTheWireFormat() throws Exception {
    HttpResponse<String> r = signed(emulator, "GET", "/index.html", null);
    assertEquals(400, r.statusCode());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("UNKNOWN_OPERATION", body(r).get("reason").getAsString());
    HttpResponse<String> wrongMethod = signed(emulator, "GET", "/v1/create-case", null);
    assertEquals("UNKNOWN_OPERATION", body(wrongMethod).get("reason").getAsString());
    assertEquals("UnknownOperation", emulator.control().calls().get(0).operation());
  }

  @Test
  void malformedJsonIsACannotParseValidationError() throws Exception {
    HttpResponse<String> r = signed(emulator, "POST", "/v1/list-cases", "{\"maxResults\":");
    assertEquals(400, r.statusCode());
    assertEquals("CANNOT_PARSE", body(r).get("reason").getAsString());
  }

  @Test
  void bindsLoopbackOnly() throws Exception {
    assertEquals("127.0.0.1", emulator.endpoint().getHost());
    Optional<InetAddress> external =
        Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
            .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
            .findFirst();
    Assumptions.assumeTrue(
        external.isPresent(), "this machine has no non-loopback IPv4 address to probe");
    try (Socket s = new Socket()) {
      assertThrows(
          ConnectException.class,
          () -> s.connect(new InetSocketAddress(external.get(), emulator.port()), 2000));
    }
  }

  @Test
  void concurrentCallsLoseNoUpdatesAndExactlyOneOfRacingMovesWins() throws Exception {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> moves = new ArrayList<>();
      List<Future<String>> comments = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        moves.add(
            pool.submit(
                () -> {
                  try {
                    sir.updateCaseStatus(
                        b -> b.caseId(id).caseStatus(SelfManagedCaseStatus.DETECTION_AND_ANALYSIS));
                    return 201;
                  } catch (ConflictException e) {
                    return 409;
                  }
                }));
        for (int k = 0; k < 5; k++) {
          comments.add(
              pool.submit(() -> sir.createCaseComment(b -> b.caseId(id).body("note")).commentId()));
        }
      }
      int wins = 0;
      for (Future<Integer> f : moves) {
        wins += f.get(30, TimeUnit.SECONDS) == 201 ? 1 : 0;
      }
      Set<String> ids = new HashSet<>();
      for (Future<String> f : comments) {
        ids.add(f.get(30, TimeUnit.SECONDS));
      }
      assertEquals(1, wins);
      assertEquals(40, ids.size());
      assertEquals(40, sir.listComments(b -> b.caseId(id)).total());
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ control plane over HTTP

  @Test
  void controlPlaneSeedsMovesInjectsFaultsAndReportsCalls() throws Exception {
    assertEquals(200, raw(emulator, "GET", "/_emulator/health", null, null).statusCode());
    HttpResponse<String> seeded =
        raw(
            emulator,
            "POST",
            "/_emulator/cases",
            "{\"caseId\":\"5550001111\",\"title\":\"From curl\",\"status\":\"Acknowledged\",\"resolverType\":\"AWS\"}",
            null);
    assertEquals(201, seeded.statusCode());
    assertEquals("5550001111", body(seeded).get("caseId").getAsString());
    HttpResponse<String> moved =
        raw(
            emulator,
            "PUT",
            "/_emulator/cases/5550001111/status",
            "{\"status\":\"Ready to Close\"}",
            null);
    assertEquals(200, moved.statusCode());
    assertEquals(CaseStatus.READY_TO_CLOSE, sir.getCase(b -> b.caseId("5550001111")).caseStatus());

    assertEquals(
        201,
        raw(
                emulator,
                "POST",
                "/_emulator/faults",
                "{\"operation\":\"CloseCase\",\"error\":\"ConflictException\",\"times\":1}",
                null)
            .statusCode());
    assertThrows(ConflictException.class, () -> sir.closeCase(b -> b.caseId("5550001111")));
    assertEquals(CaseStatus.CLOSED, sir.closeCase(b -> b.caseId("5550001111")).caseStatus());

    JsonArray calls =
        JsonParser.parseString(raw(emulator, "GET", "/_emulator/calls", null, null).body())
            .getAsJsonArray();
    assertEquals(3, calls.size());
    assertEquals("CloseCase", calls.get(1).getAsJsonObject().get("operation").getAsString());
    assertEquals("5550001111", calls.get(1).getAsJsonObject().get("caseId").getAsString());
    assertEquals(409, calls.get(1).getAsJsonObject().get("status").getAsInt());
    assertEquals(200, raw(emulator, "DELETE", "/_emulator/calls", null, null).statusCode());
    assertEquals(200, raw(emulator, "DELETE", "/_emulator/faults", null, null).statusCode());
    assertTrue(emulator.control().calls().isEmpty());
  }

  @Test
  void controlPlaneBadInputAnswers400NamingTheFieldAndFix() throws Exception {
    HttpResponse<String> badStatus =
        raw(
            emulator,
            "POST",
            "/_emulator/cases",
            "{\"title\":\"x\",\"status\":\"Open\",\"resolverType\":\"Self\"}",
            null);
    assertEquals(400, badStatus.statusCode());
    assertTrue(
        body(badStatus).get("message").getAsString().startsWith("status: 'Open' must be one of"));

    HttpResponse<String> badFault =
        raw(
            emulator,
            "POST",
            "/_emulator/faults",
            "{\"operation\":\"GetCase\",\"error\":\"ConflictException\",\"times\":\"two\"}",
            null);
    assertEquals(400, badFault.statusCode());
    assertTrue(
        body(badFault).get("message").getAsString().contains("times: must be a JSON number"));

    HttpResponse<String> notJson =
        raw(emulator, "PUT", "/_emulator/cases/1234567890/status", "[", null);
    assertEquals(400, notJson.statusCode());
    assertTrue(
        body(notJson).get("message").getAsString().startsWith("body: must be a JSON object"));

    HttpResponse<String> unknownCase =
        raw(emulator, "PUT", "/_emulator/cases/1234567890/status", "{\"status\":\"Closed\"}", null);
    assertEquals(404, unknownCase.statusCode());

    HttpResponse<String> unknownEndpoint = raw(emulator, "GET", "/_emulator/nope", null, null);
    assertEquals(404, unknownEndpoint.statusCode());
    assertTrue(body(unknownEndpoint).get("message").getAsString().contains("/_emulator/health"));
  }

  private static JsonObject body(HttpResponse<String> r) {
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  private static String assertInstanceOfRejected(ControlResult<?> r) {
    assertTrue(r instanceof ControlResult.Rejected<?>, "expected a rejection, got " + r);
    return ((ControlResult.Rejected<?>) r).message();
  }
}
