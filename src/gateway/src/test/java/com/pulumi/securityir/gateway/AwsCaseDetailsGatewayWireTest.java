package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseDetailsGateway;
import com.pulumi.securityir.core.gateway.CaseFields;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseUpdate;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.ListChange;
import com.pulumi.securityir.core.gateway.LiveCase;
import com.pulumi.securityir.core.gateway.NewCase;
import com.pulumi.securityir.core.gateway.Watcher;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The details gateway through the real SDK client against canned wire answers: the REST-JSON
 * requests it sends (paths, members, epoch-second timestamps, the ToAdd/ToDelete lists), the client
 * token on every attempt of a create, and no sensitive member in a failure's message.
 */
class AwsCaseDetailsGatewayWireTest {

  private static final CaseId CASE = CaseId.parse("8403556009").orElseThrow();
  private static final String ARN = "arn:aws:security-ir:us-east-1:123456789012:case/8403556009";
  private static final String TITLE_CANARY = "CANARYtitleQQQ";

  private record Seen(String method, String path, String body) {}

  private record Answer(int status, String type, String body) {}

  private HttpServer server;
  private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          seen.add(
              new Seen(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getRawPath()
                      + (exchange.getRequestURI().getRawQuery() == null
                          ? ""
                          : "?" + exchange.getRequestURI().getRawQuery()),
                  body));
          Answer answer = script.size() > 1 ? script.pollFirst() : script.peekFirst();
          byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          if (answer.type() != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", answer.type());
          }
          exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private AwsCaseGateway open() {
    GatewayConfig config =
        GatewayConfig.builder()
            .region("us-east-1")
            .accessKeyId("AKIAIOSFODNN7EXAMPLE")
            .secretAccessKey("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
            .maxAttempts(3)
            .build();
    GatewayOpening opening = AwsCaseGateway.open(config, Clock.systemUTC(), d -> {});
    return assertInstanceOf(GatewayOpening.Ready.class, opening, opening::toString).gateway();
  }

  private static CaseFields fields() {
    return new CaseFields(
        TITLE_CANARY,
        "drill description",
        "Investigation",
        Instant.ofEpochSecond(1_780_000_000L),
        Optional.empty(),
        List.of("123456789012"),
        List.of(new Watcher("soc@example.com", Optional.of("SOC"), Optional.empty())),
        Optional.empty(),
        Optional.of(List.of("Amazon EC2")),
        Optional.empty());
  }

  private static String token(String body) {
    Matcher m = Pattern.compile("\"clientToken\":\"([^\"]+)\"").matcher(body);
    assertTrue(m.find(), body);
    return m.group(1);
  }

  @Test
  void createCaseSendsTheCallersTokenOnEveryAttemptAndEpochSeconds() {
    script.add(new Answer(500, "InternalServerException", "{\"message\":\"try again\"}"));
    script.add(new Answer(201, null, "{\"caseId\":\"8403556009\"}"));
    try (AwsCaseGateway gateway = open()) {
      CaseId created =
          gateway
              .details()
              .create(
                  new NewCase(fields(), ResolverType.SELF, Map.of("team", "soc")),
                  "token-of-this-resource",
                  Deadline.none());
      assertEquals(CASE, created);
    }
    assertEquals(2, seen.size());
    for (Seen request : seen) {
      assertEquals("POST /v1/create-case", request.method() + " " + request.path());
      assertEquals("token-of-this-resource", token(request.body()));
      assertTrue(
          request.body().contains("\"reportedIncidentStartDate\":1780000000"), request.body());
      assertTrue(request.body().contains("\"tags\":{\"team\":\"soc\"}"), request.body());
    }
  }

  @Test
  void updateCaseSendsOnlyTheChangedMembersAndTheListsItemsToAddAndDelete() {
    script.add(new Answer(200, null, "{}"));
    CaseUpdate update =
        new CaseUpdate(
            Optional.empty(),
            Optional.of("new description"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            ListChange.none(),
            new ListChange<>(
                List.of(new Watcher("new@example.com", Optional.empty(), Optional.empty())),
                List.of(new Watcher("old@example.com", Optional.empty(), Optional.empty()))),
            ListChange.none(),
            new ListChange<>(List.of("AWS Lambda"), List.of()),
            ListChange.none());
    try (AwsCaseGateway gateway = open()) {
      gateway.details().update(CASE, update, Deadline.none());
    }
    assertEquals(1, seen.size());
    String body = seen.get(0).body();
    assertEquals("/v1/cases/8403556009/update-case", seen.get(0).path());
    assertEquals(
        "{\"description\":\"new description\",\"watchersToAdd\":[{\"email\":\"new@example.com\"}],"
            + "\"watchersToDelete\":[{\"email\":\"old@example.com\"}],"
            + "\"impactedServicesToAdd\":[\"AWS Lambda\"]}",
        body);
  }

  @Test
  void anEmptyUpdateAndEmptyTagChangesSendNothing() {
    script.add(new Answer(200, null, "{}"));
    try (AwsCaseGateway gateway = open()) {
      CaseDetailsGateway details = gateway.details();
      details.update(CASE, CaseUpdate.between(fields(), fields()), Deadline.none());
      details.tag(ARN, Map.of(), Deadline.none());
      details.untag(ARN, Set.of(), Deadline.none());
    }
    assertEquals(List.of(), seen);
  }

  @Test
  void tagsGoToTheEncodedArnAndUntagRepeatsTagKeysInTheQuery() {
    script.add(new Answer(204, null, ""));
    try (AwsCaseGateway gateway = open()) {
      gateway.details().tag(ARN, Map.of("team", "soc"), Deadline.none());
      script.clear();
      script.add(new Answer(200, null, "{}"));
      gateway.details().untag(ARN, Set.of("old"), Deadline.none());
    }
    String encoded =
        "/v1/tags/arn%3Aaws%3Asecurity-ir%3Aus-east-1%3A123456789012%3Acase%2F8403556009";
    assertEquals("POST " + encoded, seen.get(0).method() + " " + seen.get(0).path());
    assertEquals(
        "DELETE " + encoded + "?tagKeys=old", seen.get(1).method() + " " + seen.get(1).path());
  }

  @Test
  void readCombinesGetCaseAndTheCasesTags() {
    script.add(
        new Answer(
            200,
            null,
            "{\"title\":\"t\",\"caseArn\":\""
                + ARN
                + "\",\"description\":\"d\",\"caseStatus\":\"Submitted\","
                + "\"engagementType\":\"Investigation\",\"reportedIncidentStartDate\":1780000000,"
                + "\"impactedAccounts\":[\"123456789012\"],\"watchers\":[{\"email\":\"a@example.com\"}],"
                + "\"resolverType\":\"Self\",\"impactedAwsRegions\":[{\"region\":\"eu-west-1\"}],"
                + "\"createdDate\":1780000001.5}"));
    script.add(new Answer(200, null, "{\"tags\":{\"team\":\"soc\"}}"));
    LiveCase live;
    try (AwsCaseGateway gateway = open()) {
      live = gateway.details().read(CASE, Deadline.none());
    }
    assertEquals(LifecycleStatus.SUBMITTED, live.status());
    assertEquals(Map.of("team", "soc"), live.tags());
    assertEquals(Optional.of(List.of("eu-west-1")), live.fields().impactedAwsRegions());
    assertEquals(Optional.of(List.of()), live.fields().threatActorIpAddresses());
    assertEquals(Optional.of(Instant.ofEpochMilli(1_780_000_001_500L)), live.createdDate());
    assertEquals("GET", seen.get(1).method());
  }

  @Test
  void aFailedCreateNamesTheOperationAndNeverTheTitle() {
    script.add(
        new Answer(
            409,
            "ConflictException",
            "{\"message\":\"nope\",\"resourceId\":\"x\",\"resourceType\":\"case\"}"));
    try (AwsCaseGateway gateway = open()) {
      CaseGatewayException error =
          assertThrows(
              CaseGatewayException.class,
              () ->
                  gateway
                      .details()
                      .create(
                          new NewCase(fields(), ResolverType.SELF, Map.of()),
                          "t",
                          Deadline.none()));
      assertTrue(error.getMessage().contains("CreateCase"), error.getMessage());
      assertFalse(error.getMessage().contains(TITLE_CANARY), error.getMessage());
    }
  }
}
