package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real SDK client end to end against canned wire answers from a tiny loopback HTTP server:
 * proves the client configuration, the REST-JSON error decoding, Retry-After handling and the
 * deadline, without the emulator.
 */
class AwsCaseGatewayWireTest {

  private static final CaseId CASE = CaseId.parse("8403556009").orElseThrow();
  private static final String SECRET_CANARY = "CANARYsecretKEY0123456789abcdefCANARY";
  private static final String TOKEN_CANARY = "CANARYsessionTOKENzzzzzzzzzzzzzzCANARY";

  /** One canned answer: status, headers, body. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer ok(int status, String body) {
      return new Answer(status, Map.of(), body);
    }

    static Answer error(int status, String type, String body, Map<String, String> extraHeaders) {
      Map<String, String> headers = new java.util.HashMap<>(extraHeaders);
      headers.put("x-amzn-ErrorType", type);
      return new Answer(status, headers, body);
    }
  }

  /** What the server saw of one request. */
  record Seen(
      String method, String path, String authorization, String securityToken, String body) {}

  private HttpServer server;
  private final ConcurrentLinkedDeque<Function<Seen, Answer>> script =
      new ConcurrentLinkedDeque<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Seen request =
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("X-Amz-Security-Token"),
            body);
    seen.add(request);
    Function<Seen, Answer> next = script.size() > 1 ? script.pollFirst() : script.peekFirst();
    Answer answer =
        next == null
            ? Answer.error(500, "InternalServerException", "{}", Map.of())
            : next.apply(request);
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + seen.size());
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private GatewayConfig.Builder config() {
    return GatewayConfig.builder()
        .region("us-east-1")
        .accessKeyId("AKIAIOSFODNN7EXAMPLE")
        .secretAccessKey(SECRET_CANARY)
        .sessionToken(TOKEN_CANARY)
        .endpoint(endpoint());
  }

  private AwsCaseGateway open(GatewayConfig config) {
    GatewayOpening opening = AwsCaseGateway.open(config, Clock.systemUTC(), sleeps::add);
    return assertInstanceOf(GatewayOpening.Ready.class, opening, () -> opening.toString())
        .gateway();
  }

  private static Answer throttled(int retryAfterSeconds) {
    return Answer.error(
        429,
        "ThrottlingException",
        "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}",
        Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }

  @Test
  void retriesThrottlingAfterWaitingTheServersRetryAfterThenSucceeds() {
    script.add(s -> throttled(1));
    script.add(s -> Answer.ok(201, "{\"caseStatus\":\"Detection and Analysis\"}"));
    try (AwsCaseGateway gateway = open(config().build())) {
      LifecycleStatus status =
          gateway.updateStatus(CASE, LifecycleStatus.DETECTION_AND_ANALYSIS, Deadline.none());
      assertEquals(LifecycleStatus.DETECTION_AND_ANALYSIS, status);
    }
    assertEquals(2, seen.size());
    for (Seen request : seen) {
      assertEquals("POST", request.method());
      assertEquals("/v1/cases/8403556009/update-case-status", request.path());
      assertTrue(
          request.body().contains("\"caseStatus\":\"Detection and Analysis\""), request.body());
      assertTrue(request.authorization().startsWith("AWS4-HMAC-SHA256"), request.authorization());
    }
    assertEquals(1, sleeps.size());
    assertTrue(sleeps.get(0).compareTo(Duration.ofSeconds(1)) >= 0, sleeps.toString());
  }

  @Test
  void theDeadlineCutsRetriesInsteadOfWaitingPastIt() {
    script.add(s -> throttled(30));
    Deadline deadline = Deadline.after(Duration.ofSeconds(10), Clock.systemUTC());
    try (AwsCaseGateway gateway = open(config().build())) {
      CaseGatewayException error =
          assertThrows(
              CaseGatewayException.class,
              () -> gateway.updateStatus(CASE, LifecycleStatus.DETECTION_AND_ANALYSIS, deadline));
      assertEquals(Kind.THROTTLED, error.kind());
      assertTrue(error.getMessage().contains("1 attempt "), error.getMessage());
      assertTrue(error.getMessage().contains("deadline"), error.getMessage());
    }
    assertEquals(1, seen.size());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void givesUpAfterMaxAttemptsOfServiceFailures() {
    script.add(
        s ->
            Answer.error(
                500, "InternalServerException", "{\"message\":\"Internal failure\"}", Map.of()));
    try (AwsCaseGateway gateway = open(config().maxAttempts(3).build())) {
      CaseGatewayException error =
          assertThrows(CaseGatewayException.class, () -> gateway.close(CASE, Deadline.none()));
      assertEquals(Kind.SERVICE_ERROR, error.kind());
      assertTrue(error.getMessage().contains("3 attempts"), error.getMessage());
      assertTrue(error.getMessage().contains("Internal failure"), error.getMessage());
    }
    assertEquals(3, seen.size());
    assertEquals("/v1/cases/8403556009/close-case", seen.get(0).path());
  }

  @Test
  void neverQuotesCredentialsEvenWhenTheServiceEchoesTheRequestHeaders() {
    script.add(
        s ->
            Answer.error(
                403,
                "AccessDeniedException",
                "{\"message\":\"denied; auth="
                    + s.authorization()
                    + " token="
                    + s.securityToken()
                    + "\"}",
                Map.of()));
    try (AwsCaseGateway gateway = open(config().build())) {
      CaseGatewayException error =
          assertThrows(CaseGatewayException.class, () -> gateway.read(CASE, Deadline.none()));
      assertEquals(Kind.ACCESS_DENIED, error.kind());
      String message = error.getMessage();
      assertTrue(message.contains("security-ir:GetCase"), message);
      assertFalse(message.contains(TOKEN_CANARY), message);
      assertFalse(message.contains(SECRET_CANARY), message);
      assertFalse(message.contains(seen.get(0).authorization()), message);
      assertTrue(message.contains("Signature=(redacted)"), message);
    }
    assertEquals(TOKEN_CANARY, seen.get(0).securityToken());
  }

  @Test
  void decodesModelledErrorFieldsFromTheWire() {
    script.add(
        s ->
            Answer.error(
                400,
                "ValidationException",
                "{\"message\":\"Invalid\",\"reason\":\"FIELD_VALIDATION_FAILED\",\"fieldList\":"
                    + "[{\"name\":\"caseStatus\",\"message\":\"move not allowed\"}]}",
                Map.of()));
    try (AwsCaseGateway gateway = open(config().build())) {
      CaseGatewayException error =
          assertThrows(
              CaseGatewayException.class,
              () ->
                  gateway.updateStatus(
                      CASE, LifecycleStatus.POST_INCIDENT_ACTIVITIES, Deadline.none()));
      assertEquals(Kind.INVALID_REQUEST, error.kind());
      assertTrue(error.getMessage().contains("caseStatus: move not allowed"), error.getMessage());
    }
    assertEquals(1, seen.size());
  }

  @Test
  void readsACaseAndReportsAnUnknownStatusVerbatim() {
    script.add(
        s ->
            Answer.ok(
                200,
                "{\"caseStatus\":\"Post-incident Activities\",\"resolverType\":\"Self\","
                    + "\"title\":\"t\",\"caseArn\":\"arn:aws:security-ir:us-east-1:123456789012:case/8403556009\"}"));
    script.add(s -> Answer.ok(200, "{\"caseStatus\":\"Quarantined\",\"resolverType\":\"Self\"}"));
    try (AwsCaseGateway gateway = open(config().build())) {
      CaseSnapshot snapshot = gateway.read(CASE, Deadline.none());
      assertEquals(LifecycleStatus.POST_INCIDENT_ACTIVITIES, snapshot.status());
      CaseGatewayException error =
          assertThrows(CaseGatewayException.class, () -> gateway.read(CASE, Deadline.none()));
      assertEquals(Kind.UNEXPECTED_RESPONSE, error.kind());
      assertTrue(error.getMessage().contains("'Quarantined'"), error.getMessage());
    }
    assertEquals("GET", seen.get(0).method());
    assertEquals("/v1/cases/8403556009/get-case", seen.get(0).path());
  }

  @Test
  void readsTheLastUpdateTimeTheServiceSendsInEpochSeconds() {
    script.add(
        s ->
            Answer.ok(
                200,
                "{\"caseStatus\":\"Submitted\",\"resolverType\":\"Self\","
                    + "\"lastUpdatedDate\":1764579600.5}"));
    try (AwsCaseGateway gateway = open(config().build())) {
      // 1764579600 s after the epoch is 2025-12-01T09:00:00Z (REST-JSON timestamps are epoch
      // seconds).
      assertEquals(
          java.util.Optional.of(java.time.Instant.parse("2025-12-01T09:00:00.500Z")),
          gateway.read(CASE, Deadline.none()).lastUpdated());
    }
  }

  @Test
  void listsCasesByThePageAndCompletesAnItemWithoutItsStatusByReadingIt() {
    script.add(
        s ->
            Answer.ok(
                200,
                "{\"items\":[{\"caseId\":\"8403556001\",\"caseStatus\":\"Submitted\","
                    + "\"resolverType\":\"Self\",\"title\":\"t1\",\"lastUpdatedDate\":1764579600},"
                    + "{\"caseId\":\"8403556009\"}],\"nextToken\":\"page-2\",\"total\":3}"));
    script.add(s -> Answer.ok(200, "{\"caseStatus\":\"Closed\",\"resolverType\":\"AWS\"}"));
    script.add(s -> Answer.ok(200, "{\"items\":[],\"total\":3}"));
    try (AwsCaseGateway gateway = open(config().build())) {
      var first = gateway.listCases(java.util.Optional.empty(), Deadline.none());
      assertEquals(
          List.of("8403556001 Submitted", "8403556009 Closed"),
          first.cases().stream()
              .map(c -> c.caseId().value() + " " + c.status().wireName())
              .toList());
      assertEquals(java.util.Optional.of("page-2"), first.nextToken());
      var second = gateway.listCases(first.nextToken(), Deadline.none());
      assertEquals(List.of(), second.cases());
      assertEquals(java.util.Optional.empty(), second.nextToken());
    }
    assertEquals("/v1/list-cases", seen.get(0).path());
    assertTrue(seen.get(0).body().contains("\"maxResults\":25"), seen.get(0).body());
    assertEquals("/v1/cases/8403556009/get-case", seen.get(1).path());
    assertTrue(seen.get(2).body().contains("\"nextToken\":\"page-2\""), seen.get(2).body());
  }

  @Test
  void retriesACommentWithTheSameClientTokenAndNeverQuotesItsBody() {
    script.add(s -> Answer.error(500, "InternalServerException", "{}", Map.of()));
    script.add(s -> Answer.ok(201, "{\"commentId\":\"000001\"}"));
    script.add(s -> Answer.error(403, "AccessDeniedException", "{\"message\":\"no\"}", Map.of()));
    try (AwsCaseGateway gateway = open(config().build())) {
      assertEquals(
          "000001", gateway.addComment(CASE, "private body", "securityir-abc", Deadline.none()));
      CaseGatewayException denied =
          assertThrows(
              CaseGatewayException.class,
              () -> gateway.addComment(CASE, "private body", "securityir-def", Deadline.none()));
      assertEquals(Kind.ACCESS_DENIED, denied.kind());
      assertTrue(
          denied.getMessage().contains("security-ir:CreateCaseComment"), denied.getMessage());
      assertFalse(denied.getMessage().contains("private body"), denied.getMessage());
    }
    assertEquals(3, seen.size());
    for (Seen request : seen.subList(0, 2)) {
      assertEquals("/v1/cases/8403556009/create-comment", request.path());
      assertTrue(request.body().contains("\"clientToken\":\"securityir-abc\""), request.body());
    }
  }

  @Test
  void reportsARefusedConnectionAsUnreachableNamingTheEndpoint() throws IOException {
    int closedPort;
    try (ServerSocket socket =
        new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    String deadEndpoint = "http://127.0.0.1:" + closedPort;
    try (AwsCaseGateway gateway = open(config().endpoint(deadEndpoint).maxAttempts(2).build())) {
      CaseGatewayException error =
          assertThrows(CaseGatewayException.class, () -> gateway.read(CASE, Deadline.none()));
      assertEquals(Kind.UNREACHABLE, error.kind());
      assertTrue(error.getMessage().contains(deadEndpoint), error.getMessage());
      assertTrue(error.getMessage().contains("2 attempts"), error.getMessage());
    }
    assertEquals(1, sleeps.size());
  }

  @Test
  void refusesAnInvalidConfigurationAsData() {
    GatewayOpening opening =
        AwsCaseGateway.open(config().endpoint("http://example.com").maxAttempts(0).build());
    GatewayOpening.Refused refused = assertInstanceOf(GatewayOpening.Refused.class, opening);
    assertEquals(
        List.of("endpoint", "maxAttempts"),
        refused.problems().stream().map(ConfigProblem::field).toList());
  }

  @Test
  void appliesTheEndpointRuleToAnEndpointTheSdkFoundItself() {
    String property = "aws.endpointUrlSecurityIr";
    String before = System.getProperty(property);
    try {
      System.setProperty(property, "http://example.com");
      GatewayOpening opening =
          AwsCaseGateway.open(config().endpoint(null).build(), Clock.systemUTC(), sleeps::add);
      GatewayOpening.Refused refused = assertInstanceOf(GatewayOpening.Refused.class, opening);
      assertTrue(
          refused.problems().get(0).field().contains("AWS_ENDPOINT_URL_SECURITY_IR"),
          refused.problems().toString());
      assertEquals("http://example.com", refused.problems().get(0).value());

      System.setProperty(property, endpoint());
      script.add(s -> Answer.ok(200, "{\"caseStatus\":\"Submitted\",\"resolverType\":\"AWS\"}"));
      try (AwsCaseGateway gateway = open(config().endpoint(null).build())) {
        assertEquals(LifecycleStatus.SUBMITTED, gateway.read(CASE, Deadline.none()).status());
        assertEquals(endpoint(), gateway.endpoint());
      }
      assertEquals(1, seen.size());
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }

  @Test
  void explicitRegionAndKeysNeverReachInstanceMetadata() {
    String property = "aws.ec2MetadataServiceEndpoint";
    String before = System.getProperty(property);
    try {
      // Any metadata lookup would land on this server and show up as a /latest/... request.
      System.setProperty(property, endpoint());
      script.add(s -> Answer.ok(200, "{\"caseStatus\":\"Submitted\",\"resolverType\":\"Self\"}"));
      try (AwsCaseGateway gateway = open(config().sessionToken(null).build())) {
        gateway.read(CASE, Deadline.none());
      }
      assertEquals(
          List.of("/v1/cases/8403556009/get-case"), seen.stream().map(Seen::path).toList());
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }
}
