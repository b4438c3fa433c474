package com.pulumi.securityir.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the service's REST-JSON API: routing by method and URI template, SigV4 presence check,
 * rate limit, fault injection, validation against the model's constraints, then the operation.
 * Every answer, success or error, carries {@code x-amzn-RequestId} and {@code Content-Type:
 * application/json}; every call lands in the call log. Thread-safe (state lives in {@link
 * CaseBook}, {@link FaultInjector}, {@link CallLog}).
 */
final class ApiHandler implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());
  private static final Pattern SIGV4 =
      Pattern.compile(
          "^AWS4-HMAC-SHA256\\s+Credential=[^/,\\s]+/[0-9]{8}/([^/,\\s]+)/security-ir/aws4_request(?:[,\\s]|$)");
  private static final Pattern CASE_IN_ARN =
      Pattern.compile("^arn:aws:security-ir:[^:]*:[0-9]{12}:case/([0-9]{10})$");
  static final String UNKNOWN_OPERATION = "UnknownOperation";

  private final CaseBook book;
  private final FaultInjector faults;
  private final CallLog calls;
  private final RateLimiter rateLimiter;
  private final long latencyMs;
  private final String defaultRegion;

  ApiHandler(
      CaseBook book,
      FaultInjector faults,
      CallLog calls,
      RateLimiter rateLimiter,
      long latencyMs,
      String defaultRegion) {
    this.book = book;
    this.faults = faults;
    this.calls = calls;
    this.rateLimiter = rateLimiter;
    this.latencyMs = latencyMs;
    this.defaultRegion = defaultRegion;
  }

  /** A routed request: the operation (empty when no route matched) and its decoded path labels. */
  private record Route(Optional<Operation> operation, Map<String, String> labels) {}

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String requestId = UUID.randomUUID().toString();
    ex.getResponseHeaders().set("x-amzn-RequestId", requestId);
    String rawPath = ex.getRequestURI().getRawPath();
    Route route = route(ex.getRequestMethod(), rawPath);
    String opName = route.operation().map(Operation::apiName).orElse(UNKNOWN_OPERATION);
    String caseId = caseIdOf(route.labels());
    Answer answer;
    try {
      String body = HttpIo.readBody(ex);
      sleep(latencyMs);
      answer = serve(ex, route, caseId, body);
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
    calls.add(
        new CallRecord(
            opName,
            answer.createdCaseId() != null ? answer.createdCaseId() : caseId,
            answer.status()));
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

  /**
   * What to answer: status (0 = drop the connection), extra headers, body, and for CreateCase the
   * new id.
   */
  private record Answer(
      int status, Map<String, String> headers, JsonElement body, String createdCaseId) {}

  private static Answer error(ApiError error) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-amzn-ErrorType", error.shape().shapeName());
    if (error.retryAfterSeconds() != null) {
      headers.put("Retry-After", String.valueOf(error.retryAfterSeconds()));
    }
    return new Answer(error.shape().httpStatus(), headers, error.body(), null);
  }

  private Answer serve(HttpExchange ex, Route route, String caseId, String body) {
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
    String opName = route.operation().map(Operation::apiName).orElse(UNKNOWN_OPERATION);
    FaultInjector.Decision decision = faults.decide(opName, caseId);
    if (decision instanceof FaultInjector.Decision.Proceed p) {
      sleep(p.delayMs());
    } else if (decision instanceof FaultInjector.Decision.Fail f) {
      sleep(f.delayMs());
      return error(f.error());
    } else if (decision instanceof FaultInjector.Decision.Drop d) {
      sleep(d.delayMs());
      return new Answer(0, Map.of(), null, null);
    }
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
      in = parsed.getAsJsonObject();
    } catch (JsonParseException e) {
      return error(
          ApiError.validation(
              "CANNOT_PARSE", "Request body is not valid JSON; send a JSON object"));
    }
    for (Map.Entry<String, String> label : route.labels().entrySet()) {
      in.remove(label.getKey());
      if (!label.getValue().isEmpty()) {
        in.addProperty(label.getKey(), label.getValue());
      }
    }
    if (op == Operation.UNTAG_RESOURCE) {
      in.remove("tagKeys");
      List<String> keys = queryValues(ex.getRequestURI().getRawQuery(), "tagKeys");
      if (!keys.isEmpty()) {
        JsonArray a = new JsonArray();
        keys.forEach(a::add);
        in.add("tagKeys", a);
      }
    }
    List<FieldProblem> problems = RequestValidator.validate(in, RequestSchemas.inputOf(op));
    if (!problems.isEmpty()) {
      return error(ApiError.fieldValidation(problems));
    }
    OpResult result = execute(op, in, signingRegion);
    if (result instanceof OpResult.Ok ok) {
      String created = op == Operation.CREATE_CASE ? ok.body().get("caseId").getAsString() : null;
      return new Answer(op.successStatus(), Map.of(), ok.body(), created);
    }
    return error(((OpResult.Failed) result).error());
  }

  private OpResult execute(Operation op, JsonObject in, String signingRegion) {
    String principal = EmulatorDefaults.ACCOUNT_ID;
    String caseId = in.has("caseId") ? in.get("caseId").getAsString() : null;
    Integer max = in.has("maxResults") ? in.get("maxResults").getAsInt() : null;
    String next = in.has("nextToken") ? in.get("nextToken").getAsString() : null;
    String arn = in.has("resourceArn") ? in.get("resourceArn").getAsString() : null;
    switch (op) {
      case CREATE_CASE:
        return book.createCase(in, signingRegion, principal);
      case GET_CASE:
        return book.getCase(caseId);
      case UPDATE_CASE:
        return book.updateCase(caseId, in, principal);
      case UPDATE_CASE_STATUS:
        return book.updateCaseStatus(
            caseId,
            CaseState.fromWire(in.get("caseStatus").getAsString()).orElseThrow(),
            principal);
      case CLOSE_CASE:
        return book.closeCase(caseId, principal);
      case UPDATE_RESOLVER_TYPE:
        return book.updateResolverType(
            caseId,
            Resolver.fromWire(in.get("resolverType").getAsString()).orElseThrow(),
            principal);
      case LIST_CASES:
        return book.listCases(next, max);
      case LIST_CASE_EDITS:
        return book.listCaseEdits(caseId, next, max);
      case CREATE_CASE_COMMENT:
        return book.createComment(
            caseId,
            in.has("clientToken") ? in.get("clientToken").getAsString() : null,
            in.get("body").getAsString(),
            principal);
      case LIST_COMMENTS:
        return book.listComments(caseId, next, max);
      case TAG_RESOURCE:
        return book.tagResource(arn, in.getAsJsonObject("tags"));
      case UNTAG_RESOURCE:
        {
          List<String> keys = new ArrayList<>();
          in.getAsJsonArray("tagKeys").forEach(k -> keys.add(k.getAsString()));
          return book.untagResource(arn, keys);
        }
      case LIST_TAGS_FOR_RESOURCE:
        return book.listTags(arn);
      default:
        throw new IllegalStateException(op.apiName() + " is marked implemented but has no handler");
    }
  }

  private static Route route(String method, String rawPath) {
    for (Operation op : Operation.values()) {
      if (op.method().equals(method)) {
        Optional<Map<String, String>> labels = op.match(rawPath);
        if (labels.isPresent()) {
          return new Route(Optional.of(op), labels.get());
        }
      }
    }
    return new Route(Optional.empty(), Map.of());
  }

  private static String caseIdOf(Map<String, String> labels) {
    String id = labels.get("caseId");
    if (id != null && !id.isEmpty()) {
      return id;
    }
    String arn = labels.get("resourceArn");
    if (arn != null) {
      Matcher m = CASE_IN_ARN.matcher(arn);
      if (m.matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static List<String> queryValues(String rawQuery, String name) {
    List<String> out = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = PercentDecoding.decodeQuery(eq < 0 ? pair : pair.substring(0, eq)).orElse("");
      if (k.equals(name)) {
        PercentDecoding.decodeQuery(eq < 0 ? "" : pair.substring(eq + 1)).ifPresent(out::add);
      }
    }
    return out;
  }

  private static String implementedNames() {
    List<String> names = new ArrayList<>();
    for (Operation o : Operation.values()) {
      if (o.implemented()) {
        names.add(o.apiName());
      }
    }
    return String.join(", ", names);
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
