package com.pulumi.securityir.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON bodies of the {@code /_emulator/} endpoints into the values {@link
 * EmulatorControl} takes. Input errors are returned as data, a 400 rejection naming every bad field
 * and the fix; whether the values make sense (a seed's lengths, a fault's combination) is decided
 * by the control itself. Stateless.
 */
final class ControlInput {

  private static final List<String> FAULT_FIELDS =
      List.of(
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
          "retryAfterSeconds",
          "landed",
          "membershipId");

  private ControlInput() {}

  /** The body of {@code POST /_emulator/cases}. */
  static ControlResult<SeedCase> seed(String body) {
    List<String> problems = new ArrayList<>();
    JsonObject in = object(body, problems);
    if (in == null) {
      return rejected(problems);
    }
    unknownFields(in, SeedValidation.FIELDS, problems);
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
    return problems.isEmpty() ? new ControlResult.Ok<>(seed) : rejected(problems);
  }

  /** The body of {@code PUT /_emulator/cases/{caseId}/status}: the target status. */
  static ControlResult<CaseState> move(String body) {
    List<String> problems = new ArrayList<>();
    JsonObject in = object(body, problems);
    if (in == null) {
      return rejected(problems);
    }
    unknownFields(in, List.of("status"), problems);
    String status = string(in, "status", problems);
    CaseState target = status == null ? null : CaseState.fromWire(status).orElse(null);
    if (target == null) {
      problems.add(
          "status: "
              + (status == null ? "required" : "'" + status + "' is not valid")
              + ", one of "
              + CaseState.wireValues());
    }
    return problems.isEmpty() ? new ControlResult.Ok<>(target) : rejected(problems);
  }

  /** The body of {@code POST /_emulator/faults}. */
  static ControlResult<FaultSpec> fault(String body) {
    List<String> problems = new ArrayList<>();
    JsonObject in = object(body, problems);
    if (in == null) {
      return rejected(problems);
    }
    unknownFields(in, FAULT_FIELDS, problems);
    Boolean drop = bool(in, "drop", problems);
    Boolean landed = bool(in, "landed", problems);
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
            times == null ? 0 : clamp(times),
            after == null ? 0 : clamp(after),
            rate == null ? null : rate.doubleValue(),
            seed,
            string(in, "message", problems),
            retryAfter == null ? null : clamp(retryAfter),
            landed != null && landed,
            string(in, "membershipId", problems));
    return problems.isEmpty() ? new ControlResult.Ok<>(spec) : rejected(problems);
  }

  /** Out-of-range counts stay out of range, so the spec's own checks report them. */
  private static int clamp(long n) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, n));
  }

  private static <T> ControlResult<T> rejected(List<String> problems) {
    return new ControlResult.Rejected<>(400, String.join("; ", problems));
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

  private static void unknownFields(JsonObject in, List<String> known, List<String> problems) {
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
