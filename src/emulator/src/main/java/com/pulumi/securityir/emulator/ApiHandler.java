package com.pulumi.securityir.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Serves the service's REST-JSON API: routing by method and URI template, SigV4 presence check,
 * rate limit, fault injection, validation against the model's constraints, then the operation.
 * Every answer, success or error, carries {@code x-amzn-RequestId} and {@code Content-Type:
 * application/json}; every call lands in the call log. Thread-safe (state lives in {@link
 * CaseStore}, {@link FaultInjector}, {@link CallLog}).
 */
final class ApiHandler implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());
  private static final Pattern SIGV4 =
      Pattern.compile(
          "^AWS4-HMAC-SHA256\\s+Credential=[^/,\\s]+/[0-9]{8}/([^/,\\s]+)/security-ir/aws4_request(?:[,\\s]|$)");

  private final ServiceApi api;
  private final FaultInjector faults;
  private final CallLog calls;
  private final RateLimiter rateLimiter;
  private final long latencyMs;

  /**
   * @param rateLimiter the token bucket, or {@code null} for no limit
   * @param latencyMs delay added to every call
   */
  ApiHandler(
      ServiceApi api,
      FaultInjector faults,
      CallLog calls,
      RateLimiter rateLimiter,
      long latencyMs) {
    this.api = api;
    this.faults = faults;
    this.calls = calls;
    this.rateLimiter = rateLimiter;
    this.latencyMs = latencyMs;
  }

  /**
   * What to answer: status (0 = drop the connection), extra headers, body, and for CreateCase and
   * CreateMembership the id of what it created.
   */
  private record Answer(
      int status, Map<String, String> headers, JsonElement body, Created created) {}

  /** The case or membership a create made (or replayed), for the call log. */
  private record Created(String caseId, String membershipId) {
    static final Created NOTHING = new Created(null, null);
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String requestId = UUID.randomUUID().toString();
    ex.getResponseHeaders().set("x-amzn-RequestId", requestId);
    String rawPath = ex.getRequestURI().getRawPath();
    ApiRoute route = ApiRoute.of(ex.getRequestMethod(), rawPath);
    String opName = route.operationName();
    String caseId = route.caseId();
    String membershipId = route.membershipId();
    Answer answer;
    try {
      String body = HttpIo.readBody(ex);
      sleep(latencyMs);
      answer = serve(ex, route, caseId, membershipId, body);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.ERROR,
          "Emulator failed serving " + opName + " (request " + requestId + ")",
          e);
      answer =
          error(
              new ApiError(
                  ErrorShape.INTERNAL_SERVER,
                  "The emulator failed unexpectedly " + "(request " + requestId + "); see its log",
                  new JsonObject(),
                  null));
    }
    // Logged before answering, so a client that has its answer always finds the call in the log.
    Created created = answer.created();
    calls.add(
        new CallRecord(
            opName,
            created.caseId() != null ? created.caseId() : caseId,
            answer.status(),
            created.membershipId() != null ? created.membershipId() : membershipId));
    int answered = answer.status();
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> opName + " " + ex.getRequestMethod() + " " + rawPath + " -> " + answered);
    if (answer.status() == 0) {
      ex.close();
      return;
    }
    answer.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    HttpIo.sendJson(ex, answer.status(), answer.body());
  }

  private Answer serve(
      HttpExchange ex, ApiRoute route, String caseId, String membershipId, String body) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    Matcher sig = auth == null ? null : SIGV4.matcher(auth);
    if (sig == null || !sig.find()) {
      return error(
          ApiError.accessDenied(
              "Missing or invalid authentication: requests "
                  + "must be signed with AWS Signature Version 4 for service security-ir "
                  + "(Authorization: AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/security-ir/aws4_request, ...)"));
    }
    String signingRegion = sig.group(1);
    if (rateLimiter != null) {
      OptionalInt wait = rateLimiter.acquire();
      if (wait.isPresent()) {
        return error(
            ApiError.throttling(
                "Rate exceeded: the emulator allows a limited "
                    + "number of requests per second; retry after "
                    + wait.getAsInt()
                    + " s",
                wait.getAsInt()));
      }
    }
    FaultInjector.Decision decision = faults.decide(route.operationName(), caseId, membershipId);
    if (decision instanceof FaultInjector.Decision.Proceed p) {
      sleep(p.delayMs());
    } else if (decision instanceof FaultInjector.Decision.Fail f) {
      sleep(f.delayMs());
      return error(f.error());
    } else if (decision instanceof FaultInjector.Decision.Drop d) {
      sleep(d.delayMs());
      if (!d.landed()) {
        return new Answer(0, Map.of(), null, Created.NOTHING);
      }
      Answer served = execute(ex, route, body, signingRegion);
      return new Answer(0, Map.of(), null, served.created());
    }
    return execute(ex, route, body, signingRegion);
  }

  /** Serves a call that passed authentication, the rate limit and the faults. */
  private Answer execute(HttpExchange ex, ApiRoute route, String body, String signingRegion) {
    if (route.operation().isEmpty()) {
      return error(
          ApiError.validation(
              "UNKNOWN_OPERATION",
              "No Security IR operation "
                  + "is bound to "
                  + ex.getRequestMethod()
                  + " "
                  + ex.getRequestURI().getRawPath()));
    }
    Operation op = route.operation().get();
    if (!op.implemented()) {
      return error(
          ApiError.validation(
              "UNKNOWN_OPERATION",
              op.apiName()
                  + " is a Security IR operation that the local emulator does not implement; it implements "
                  + implementedNames()));
    }
    if (body == null) {
      return error(
          ApiError.validation("OTHER", "Request body exceeds " + HttpIo.MAX_BODY + " bytes"));
    }
    JsonObject in;
    try {
      JsonElement parsed = body.isBlank() ? new JsonObject() : JsonParser.parseString(body);
      if (!parsed.isJsonObject()) {
        return error(ApiError.validation("CANNOT_PARSE", "Request body must be a JSON object"));
      }
      in = route.members(parsed.getAsJsonObject(), ex.getRequestURI().getRawQuery());
    } catch (JsonParseException e) {
      return error(
          ApiError.validation(
              "CANNOT_PARSE", "Request body is not valid JSON; send a JSON object"));
    }
    List<FieldProblem> problems = RequestValidator.validate(in, RequestSchemas.inputOf(op));
    if (!problems.isEmpty()) {
      return error(ApiError.fieldValidation(problems));
    }
    OpResult result = api.execute(op, in, signingRegion);
    if (result instanceof OpResult.Ok ok) {
      Created created =
          switch (op) {
            case CREATE_CASE -> new Created(ok.body().get("caseId").getAsString(), null);
            case CREATE_MEMBERSHIP ->
                new Created(null, ok.body().get("membershipId").getAsString());
            default -> Created.NOTHING;
          };
      return new Answer(op.successStatus(), Map.of(), ok.body(), created);
    }
    return error(((OpResult.Failed) result).error());
  }

  private static Answer error(ApiError error) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-amzn-ErrorType", error.shape().shapeName());
    if (error.retryAfterSeconds() != null) {
      headers.put("Retry-After", String.valueOf(error.retryAfterSeconds()));
    }
    return new Answer(error.shape().httpStatus(), headers, error.body(), Created.NOTHING);
  }

  private static String implementedNames() {
    return Arrays.stream(Operation.values())
        .filter(Operation::implemented)
        .map(Operation::apiName)
        .collect(Collectors.joining(", "));
  }

  private static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
