package com.pulumi.securityir.provider.training;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal REST-JSON stand-in for the four Security IR operations the plugin calls, served on
 * 127.0.0.1 only, so that the training run goes through the AWS SDK's success paths (request
 * signing, marshalling, response parsing) without any network beyond loopback.
 *
 * <p>It keeps each known case's status so that a walk of several steps sees consistent answers, and
 * answers 404 {@code ResourceNotFoundException} for an unknown case so the SDK's error path is
 * trained too. It enforces no lifecycle: it is training scenery, not an emulator. Thread-safe.
 */
final class CannedSecurityIr implements AutoCloseable {

  private static final Pattern PATH = Pattern.compile("/v1/cases/([0-9]+)/([a-z-]+)");

  private final HttpServer server;
  private final Map<String, String> statuses = new ConcurrentHashMap<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();

  private CannedSecurityIr(HttpServer server) {
    this.server = server;
  }

  /** Starts serving on an ephemeral loopback port. */
  static CannedSecurityIr start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    CannedSecurityIr canned = new CannedSecurityIr(server);
    server.createContext("/", canned::answer);
    server.start();
    return canned;
  }

  /** Makes a self-managed case known in the given status. */
  void seed(String caseId, String status) {
    statuses.put(caseId, status);
  }

  /** {@code http://127.0.0.1:PORT}. */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The operations answered so far, as {@code Operation caseId}, in arrival order. */
  List<String> calls() {
    return List.copyOf(calls);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] request;
      try (InputStream in = exchange.getRequestBody()) {
        request = in.readAllBytes();
      }
      Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
      if (!path.matches()) {
        send(exchange, 404, error("UnknownOperationException", "no such operation"));
        return;
      }
      String caseId = path.group(1);
      String operation =
          switch (path.group(2)) {
            case "get-case" -> "GetCase";
            case "update-case-status" -> "UpdateCaseStatus";
            case "close-case" -> "CloseCase";
            case "create-comment" -> "CreateCaseComment";
            default -> "Unknown";
          };
      calls.add(operation + " " + caseId);
      String status = statuses.get(caseId);
      if (status == null) {
        send(exchange, 404, error("ResourceNotFoundException", "case not found"));
        return;
      }
      JsonObject body = new JsonObject();
      switch (operation) {
        case "GetCase" -> {
          body.addProperty("caseStatus", status);
          body.addProperty("resolverType", "Self");
          body.addProperty("title", "training case");
          body.addProperty("caseArn", "arn:aws:security-ir:us-east-1:123456789012:case/" + caseId);
          send(exchange, 200, body);
        }
        case "UpdateCaseStatus" -> {
          String target =
              JsonParser.parseString(new String(request, StandardCharsets.UTF_8))
                  .getAsJsonObject()
                  .get("caseStatus")
                  .getAsString();
          statuses.put(caseId, target);
          body.addProperty("caseStatus", target);
          send(exchange, 201, body);
        }
        case "CloseCase" -> {
          statuses.put(caseId, "Closed");
          body.addProperty("caseStatus", "Closed");
          send(exchange, 200, body);
        }
        case "CreateCaseComment" -> {
          body.addProperty("commentId", String.format("%06d", calls.size()));
          send(exchange, 201, body);
        }
        default -> send(exchange, 404, error("UnknownOperationException", "no such operation"));
      }
    }
  }

  private static JsonObject error(String type, String message) {
    JsonObject body = new JsonObject();
    body.addProperty("message", message);
    body.addProperty("__type", type);
    return body;
  }

  private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if (body.has("__type")) {
      exchange.getResponseHeaders().set("x-amzn-ErrorType", body.get("__type").getAsString());
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
