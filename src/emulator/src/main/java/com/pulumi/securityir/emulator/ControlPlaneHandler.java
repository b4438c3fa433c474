package com.pulumi.securityir.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unsigned {@code /_emulator/} control plane (JSON in and out). It parses and checks input,
 * then calls the same {@link EmulatorControl} methods in-process callers use. Bad input answers 400
 * with a message naming the field and the fix. Thread-safe.
 */
final class ControlPlaneHandler implements HttpHandler {

  private static final Pattern CASE_STATUS = Pattern.compile("^/_emulator/cases/([^/]+)/status$");
  private static final Set<String> SEED_FIELDS =
      Set.of("caseId", "title", "status", "resolverType", "description", "engagementType");
  private static final Set<String> FAULT_FIELDS =
      Set.of(
          "operation",
          "caseId",
          "error",
          "drop",
          "latencyMs",
          "times",
          "after",
          "rate",
          "seed",
          "message",
          "retryAfterSeconds");
  private static final String ENDPOINTS =
      "GET /_emulator/health, POST /_emulator/cases, "
          + "PUT /_emulator/cases/{caseId}/status, POST|DELETE /_emulator/faults, GET|DELETE /_emulator/calls";

  private final EmulatorControl control;
  private final CaseBook book;

  ControlPlaneHandler(EmulatorControl control, CaseBook book) {
    this.control = control;
    this.book = book;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    String body = HttpIo.readBody(ex);
    if (body == null) {
      message(ex, 400, "Body too large: send at most " + HttpIo.MAX_BODY + " bytes");
      return;
    }
    Matcher status = CASE_STATUS.matcher(path);
    if (path.equals("/_emulator/health")) {
      if (expect(ex, method, "GET")) {
        JsonObject o = new JsonObject();
        o.addProperty("status", "ok");
        o.addProperty("cases", book.size());
        HttpIo.sendJson(ex, 200, o);
      }
    } else if (path.equals("/_emulator/cases")) {
      if (expect(ex, method, "POST")) {
        seed(ex, body);
      }
    } else if (status.matches()) {
      if (expect(ex, method, "PUT")) {
        move(ex, status.group(1), body);
      }
    } else if (path.equals("/_emulator/faults")) {
      if (method.equals("POST")) {
        fault(ex, body);
      } else if (expect(ex, method, "DELETE")) {
        cleared(ex, control.clearFaults());
      }
    } else if (path.equals("/_emulator/calls")) {
      if (method.equals("GET")) {
        JsonArray a = new JsonArray();
        for (CallRecord c : control.calls()) {
          JsonObject o = new JsonObject();
          o.addProperty("operation", c.operation());
          o.addProperty("caseId", c.caseId());
          o.addProperty("status", c.status());
          a.add(o);
        }
        HttpIo.sendJson(ex, 200, a);
      } else if (expect(ex, method, "DELETE")) {
        cleared(ex, control.clearCalls());
      }
    } else {
      message(
          ex,
          404,
          "No control-plane endpoint " + method + " " + path + "; available: " + ENDPOINTS);
    }
  }

  private void seed(HttpExchange ex, String body) throws IOException {
    List<String> problems = new ArrayList<>();
    JsonObject in = object(body, problems);
    if (in == null) {
      message(ex, 400, String.join("; ", problems));
      return;
    }
    unknownFields(in, SEED_FIELDS, problems);
    String status = string(in, "status", problems);
    String resolver = string(in, "resolverType", problems);
    CaseState state = null;
    Resolver r = null;
    if (status != null) {
      state = CaseState.fromWire(status).orElse(null);
      if (state == null) {
        problems.add("status: '" + status + "' must be one of " + CaseState.wireValues());
      }
    }
    if (resolver != null) {
      r = Resolver.fromWire(resolver).orElse(null);
      if (r == null) {
        problems.add("resolverType: '" + resolver + "' must be one of " + Resolver.wireValues());
      }
    }
    SeedCase seed =
        new SeedCase(
            string(in, "caseId", problems),
            string(in, "title", problems),
            state,
            r,
            string(in, "description", problems),
            string(in, "engagementType", problems));
    if (status == null && problems.stream().noneMatch(p -> p.startsWith("status"))) {
      problems.add("status: required, one of " + CaseState.wireValues());
    }
    if (resolver == null && problems.stream().noneMatch(p -> p.startsWith("resolverType"))) {
      problems.add("resolverType: required, one of " + Resolver.wireValues());
    }
    if (!problems.isEmpty()) {
      message(ex, 400, String.join("; ", problems));
      return;
    }
    ControlResult<String> result = control.seedCase(seed);
    if (result instanceof ControlResult.Ok<String> ok) {
      JsonObject o = new JsonObject();
      o.addProperty("caseId", ok.value());
      HttpIo.sendJson(ex, 201, o);
    } else {
      rejected(ex, (ControlResult.Rejected<String>) result);
    }
  }

  private void move(HttpExchange ex, String caseId, String body) throws IOException {
    List<String> problems = new ArrayList<>();
    JsonObject in = object(body, problems);
    if (in == null) {
      message(ex, 400, String.join("; ", problems));
      return;
    }
    unknownFields(in, Set.of("status"), problems);
    String status = string(in, "status", problems);
    CaseState target = status == null ? null : CaseState.fromWire(status).orElse(null);
    if (target == null) {
      problems.add(
          "status: "
              + (status == null ? "required" : "'" + status + "' is not valid")
              + ", one of "
              + CaseState.wireValues());
    }
    if (!problems.isEmpty()) {
      message(ex, 400, String.join("; ", problems));
      return;
    }
    ControlResult<CaseState> result = control.moveCase(caseId, target);
    if (result instanceof ControlResult.Ok<CaseState> ok) {
      JsonObject o = new JsonObject();
      o.addProperty("caseId", caseId);
      o.addProperty("caseStatus", ok.value().wire());
      HttpIo.sendJson(ex, 200, o);
    } else {
      rejected(ex, (ControlResult.Rejected<CaseState>) result);
    }
  }

  private void fault(HttpExchange ex, String body) throws IOException {
    List<String> problems = new ArrayList<>();
    JsonObject in = object(body, problems);
    if (in == null) {
      message(ex, 400, String.join("; ", problems));
      return;
    }
    unknownFields(in, FAULT_FIELDS, problems);
    Boolean drop = bool(in, "drop", problems);
    Long latency = whole(in, "latencyMs", problems);
    Long times = whole(in, "times", problems);
    Long after = whole(in, "after", problems);
    BigDecimal rate = number(in, "rate", problems);
    Long seed = whole(in, "seed", problems);
    Long retryAfter = whole(in, "retryAfterSeconds", problems);
    FaultSpec spec =
        new FaultSpec(
            string(in, "operation", problems),
            string(in, "caseId", problems),
            string(in, "error", problems),
            drop != null && drop,
            latency == null ? 0 : latency,
            times == null
                ? 0
                : (int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, times)),
            after == null
                ? 0
                : (int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, after)),
            rate == null ? null : rate.doubleValue(),
            seed,
            string(in, "message", problems),
            retryAfter == null
                ? null
                : (int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, retryAfter)));
    if (!problems.isEmpty()) {
      message(ex, 400, String.join("; ", problems));
      return;
    }
    ControlResult<FaultSpec> result = control.injectFault(spec);
    if (result instanceof ControlResult.Ok<FaultSpec>) {
      JsonObject o = new JsonObject();
      o.addProperty("accepted", true);
      HttpIo.sendJson(ex, 201, o);
    } else {
      rejected(ex, (ControlResult.Rejected<FaultSpec>) result);
    }
  }

  private static boolean expect(HttpExchange ex, String method, String allowed) throws IOException {
    if (method.equals(allowed)) {
      return true;
    }
    ex.getResponseHeaders().set("Allow", allowed);
    message(
        ex, 405, method + " is not supported here; use " + allowed + ". Endpoints: " + ENDPOINTS);
    return false;
  }

  private static void cleared(HttpExchange ex, int n) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("cleared", n);
    HttpIo.sendJson(ex, 200, o);
  }

  private static <T> void rejected(HttpExchange ex, ControlResult.Rejected<T> r)
      throws IOException {
    message(ex, r.httpStatus(), r.message());
  }

  private static void message(HttpExchange ex, int status, String text) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("message", text);
    HttpIo.sendJson(ex, status, o);
  }

  private static JsonObject object(String body, List<String> problems) {
    try {
      JsonElement e = JsonParser.parseString(body.isBlank() ? "{}" : body);
      if (e.isJsonObject()) {
        return e.getAsJsonObject();
      }
    } catch (JsonParseException ignored) {
      // reported below as one message
    }
    problems.add(
        "body: must be a JSON object, e.g. {\"title\": \"...\", \"status\": \"Submitted\", "
            + "\"resolverType\": \"Self\"}");
    return null;
  }

  private static void unknownFields(JsonObject in, Set<String> known, List<String> problems) {
    for (String k : in.keySet()) {
      if (!known.contains(k)) {
        problems.add(k + ": unknown field; known fields are " + known);
      }
    }
  }

  private static String string(JsonObject in, String name, List<String> problems) {
    JsonElement e = in.get(name);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      return e.getAsString();
    }
    problems.add(name + ": must be a JSON string");
    return null;
  }

  private static Boolean bool(JsonObject in, String name, List<String> problems) {
    JsonElement e = in.get(name);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
      return e.getAsBoolean();
    }
    problems.add(name + ": must be true or false");
    return null;
  }

  private static BigDecimal number(JsonObject in, String name, List<String> problems) {
    JsonElement e = in.get(name);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
      try {
        return new BigDecimal(e.getAsString());
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    problems.add(name + ": must be a JSON number");
    return null;
  }

  private static Long whole(JsonObject in, String name, List<String> problems) {
    BigDecimal n = number(in, name, problems);
    if (n == null) {
      return null;
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      problems.add(name + ": must be a whole number");
      return null;
    }
  }
}
