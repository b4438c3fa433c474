package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.EmulatorFixtures.seed;
import static com.pulumi.securityir.emulator.EmulatorFixtures.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the emulator against the service model file (never copied into the project): HTTP bindings
 * of all operations, success status codes observed on the wire, every required member (omitting it
 * yields a ValidationException naming it), every enum member (an invalid value is rejected, every
 * valid value passes validation), that the emulator's input and output shapes match the model shape
 * by shape, member order included, and that answers carry only modelled members within their
 * constraints.
 */
class ModelConformanceTest {

  private static JsonObject model;
  private static SecurityIrEmulator emulator;

  @BeforeAll
  static void load() throws Exception {
    String dir = System.getProperty("securityir.model.dir");
    assertNotNull(dir, "system property securityir.model.dir is not set (the pom sets it)");
    Path file = Path.of(dir, "security-ir-service-2.json");
    // The model is not part of this repository; outside a checkout that has it beside, skip.
    Assumptions.assumeTrue(
        Files.isRegularFile(file),
        "the service's API model is not at "
            + file
            + "; set -Dsecurityir.model.dir to run these tests");
    model = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    emulator = SecurityIrEmulator.start(EmulatorOptions.defaults());
  }

  @AfterAll
  static void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private static JsonObject operations() {
    return model.getAsJsonObject("operations");
  }

  private static JsonObject shape(String name) {
    return model.getAsJsonObject("shapes").getAsJsonObject(name);
  }

  private static String outputShapeName(String op) {
    return operations().getAsJsonObject(op).getAsJsonObject("output").get("shape").getAsString();
  }

  private static JsonObject inputShape(String op) {
    return shape(
        operations().getAsJsonObject(op).getAsJsonObject("input").get("shape").getAsString());
  }

  static Stream<String> implementedOperations() {
    return Stream.of(Operation.values()).filter(Operation::implemented).map(Operation::apiName);
  }

  @Test
  void routesEveryModelOperationWithTheModelsBinding() {
    assertEquals(new TreeSet<>(operations().keySet()), new TreeSet<>(Operation.apiNames()));
    for (Operation op : Operation.values()) {
      JsonObject http = operations().getAsJsonObject(op.apiName()).getAsJsonObject("http");
      assertEquals(http.get("method").getAsString(), op.method(), op.apiName());
      assertEquals(http.get("requestUri").getAsString(), op.uriTemplate(), op.apiName());
      int code = http.has("responseCode") ? http.get("responseCode").getAsInt() : 200;
      assertEquals(code, op.successStatus(), op.apiName());
    }
  }

  @ParameterizedTest
  @MethodSource("implementedOperations")
  void answersTheModelsSuccessStatusOnTheWire(String op) throws Exception {
    HttpResponse<String> r = send(op, validMembers(op).get());
    int code =
        operations().getAsJsonObject(op).getAsJsonObject("http").get("responseCode").getAsInt();
    assertEquals(code, r.statusCode(), op + " answered " + r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.headers().firstValue("x-amzn-RequestId").isPresent());
  }

  @ParameterizedTest
  @MethodSource("implementedOperations")
  void rejectsARequestMissingAnyRequiredMemberNamingIt(String op) throws Exception {
    JsonArray required =
        inputShape(op).has("required")
            ? inputShape(op).getAsJsonArray("required")
            : new JsonArray();
    for (JsonElement name : required) {
      JsonObject members = validMembers(op).get();
      members.remove(name.getAsString());
      HttpResponse<String> r = send(op, members);
      assertEquals(400, r.statusCode(), op + " without " + name + ": " + r.body());
      JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
      assertEquals("ValidationException", r.headers().firstValue("x-amzn-ErrorType").orElse(""));
      assertEquals("FIELD_VALIDATION_FAILED", body.get("reason").getAsString());
      assertTrue(
          fieldNames(body).contains(name.getAsString()), op + " without " + name + ": " + r.body());
    }
  }

  @ParameterizedTest
  @MethodSource("implementedOperations")
  void rejectsInvalidEnumValuesAndAcceptsEveryValidOne(String op) throws Exception {
    JsonObject members = inputShape(op).getAsJsonObject("members");
    for (String member : members.keySet()) {
      JsonObject target = shape(members.getAsJsonObject(member).get("shape").getAsString());
      if (!target.has("enum")) {
        continue;
      }
      JsonObject bad = validMembers(op).get();
      bad.addProperty(member, "Not A Modelled Value");
      HttpResponse<String> rejected = send(op, bad);
      assertEquals(400, rejected.statusCode(), op + "." + member);
      assertTrue(
          fieldNames(JsonParser.parseString(rejected.body()).getAsJsonObject()).contains(member));
      for (JsonElement value : target.getAsJsonArray("enum")) {
        JsonObject good = validMembers(op).get();
        good.add(member, value);
        HttpResponse<String> r = send(op, good);
        assertNotEquals(
            "ValidationException",
            r.headers().firstValue("x-amzn-ErrorType").orElse(""),
            op + "." + member + "=" + value + " was rejected as invalid: " + r.body());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("implementedOperations")
  void validatesTheSameConstraintsAsTheModel(String op) {
    String inputName =
        operations().getAsJsonObject(op).getAsJsonObject("input").get("shape").getAsString();
    compare(
        inputName,
        RequestSchemas.inputOf(Operation.byApiName(op).orElseThrow()),
        op,
        new HashSet<>());
  }

  @ParameterizedTest
  @MethodSource("implementedOperations")
  void rendersAnswersFromTheModelsOutputShape(String op) {
    compare(
        outputShapeName(op),
        ResponseSchemas.outputOf(Operation.byApiName(op).orElseThrow()),
        op + " output",
        new HashSet<>());
  }

  @ParameterizedTest
  @MethodSource("implementedOperations")
  void answersOnlyMembersOfTheOutputShapeWithinItsConstraints(String op) throws Exception {
    seed(emulator, CaseState.DETECTION_AND_ANALYSIS, Resolver.SELF);
    HttpResponse<String> r = send(op, validMembers(op).get());
    if (r.statusCode() == 204) {
      assertEquals("", r.body(), op);
      return;
    }
    JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
    Set<String> modelled = shape(outputShapeName(op)).getAsJsonObject("members").keySet();
    assertTrue(modelled.containsAll(body.keySet()), op + " answered " + r.body());
    assertEquals(
        List.of(),
        RequestValidator.validate(
            body, ResponseSchemas.outputOf(Operation.byApiName(op).orElseThrow())),
        op + " answered " + r.body());
  }

  @Test
  void answersOperationsItDoesNotImplementWithUnknownOperation() throws Exception {
    for (Operation op : Operation.values()) {
      if (op.implemented()) {
        continue;
      }
      String path =
          op.uriTemplate()
              .replace("{caseId}", "1234567890")
              .replace("{membershipId}", "m-abcdefghij")
              .replace("{attachmentId}", "00000000-0000-0000-0000-000000000000")
              .replace("{commentId}", "000001")
              .replace("{resultId}", "inv-abcdefghij");
      HttpResponse<String> r =
          signed(emulator, op.method(), path, op.method().equals("GET") ? null : "{}");
      assertEquals(400, r.statusCode(), op.apiName());
      JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
      assertEquals("ValidationException", body.get("__type").getAsString());
      assertEquals("UNKNOWN_OPERATION", body.get("reason").getAsString());
      assertTrue(
          body.get("message")
              .getAsString()
              .contains(
                  op.apiName()
                      + " is a Security IR operation that the local emulator does not implement"));
    }
  }

  // ------------------------------------------------------------------ shape comparison

  private void compare(String modelShapeName, Shape mine, String path, Set<String> seen) {
    JsonObject m = shape(modelShapeName);
    String type = m.get("type").getAsString();
    if (m.has("enum")) {
      Shape.Enum e = assertInstanceOf(Shape.Enum.class, mine, path);
      List<String> values = new ArrayList<>();
      m.getAsJsonArray("enum").forEach(v -> values.add(v.getAsString()));
      assertEquals(values, e.values(), path);
      return;
    }
    switch (type) {
      case "string" -> {
        Shape.Str s = assertInstanceOf(Shape.Str.class, mine, path);
        if (m.has("min")) {
          assertEquals(m.get("min").getAsInt(), s.min(), path + " min");
        }
        assertEquals(
            m.has("max") ? m.get("max").getAsInt() : Integer.MAX_VALUE, s.max(), path + " max");
        assertEquals(
            m.has("pattern") ? m.get("pattern").getAsString() : null,
            s.pattern() == null ? null : s.pattern().pattern(),
            path + " pattern");
        assertEquals(
            m.has("sensitive") && m.get("sensitive").getAsBoolean(),
            s.sensitive(),
            path + " sensitive");
      }
      case "integer", "long" -> {
        Shape.Int i = assertInstanceOf(Shape.Int.class, mine, path);
        boolean isLong = type.equals("long");
        assertEquals(
            m.has("min") ? m.get("min").getAsLong() : isLong ? Long.MIN_VALUE : Integer.MIN_VALUE,
            i.min(),
            path);
        assertEquals(
            m.has("max") ? m.get("max").getAsLong() : isLong ? Long.MAX_VALUE : Integer.MAX_VALUE,
            i.max(),
            path);
      }
      case "timestamp" -> assertInstanceOf(Shape.Timestamp.class, mine, path);
      case "boolean" -> assertInstanceOf(Shape.Bool.class, mine, path);
      case "list" -> {
        Shape.ListOf l = assertInstanceOf(Shape.ListOf.class, mine, path);
        assertEquals(m.has("min") ? m.get("min").getAsInt() : 0, l.min(), path + " min");
        assertEquals(
            m.has("max") ? m.get("max").getAsInt() : Integer.MAX_VALUE, l.max(), path + " max");
        compare(
            m.getAsJsonObject("member").get("shape").getAsString(), l.member(), path + "[]", seen);
      }
      case "map" -> {
        Shape.MapOf mp = assertInstanceOf(Shape.MapOf.class, mine, path);
        assertEquals(m.get("min").getAsInt(), mp.min(), path);
        assertEquals(m.get("max").getAsInt(), mp.max(), path);
        compare(m.getAsJsonObject("key").get("shape").getAsString(), mp.key(), path + " key", seen);
        compare(
            m.getAsJsonObject("value").get("shape").getAsString(),
            mp.value(),
            path + " value",
            seen);
      }
      case "structure" -> {
        Shape.Struct s = assertInstanceOf(Shape.Struct.class, mine, path);
        JsonObject members = m.getAsJsonObject("members");
        assertEquals(
            List.copyOf(members.keySet()),
            List.copyOf(s.members().keySet()),
            path + " members, in model order");
        Set<String> required = new HashSet<>();
        if (m.has("required")) {
          m.getAsJsonArray("required").forEach(r -> required.add(r.getAsString()));
        }
        assertEquals(required, s.required(), path + " required");
        for (String name : members.keySet()) {
          compare(
              members.getAsJsonObject(name).get("shape").getAsString(),
              s.members().get(name),
              path + "." + name,
              seen);
        }
      }
      default ->
          throw new AssertionError(
              path + ": model type " + type + " is not validated by the emulator");
    }
  }

  // ------------------------------------------------------------------ model-driven raw requests

  private Supplier<JsonObject> validMembers(String op) {
    return () -> {
      String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
      String arn = "arn:aws:security-ir:us-east-1:123456789012:case/" + id;
      JsonObject o = new JsonObject();
      switch (op) {
        case "CreateCase" -> {
          o.addProperty("resolverType", "Self");
          o.addProperty("title", "Conformance");
          o.addProperty("description", "Conformance check");
          o.addProperty("engagementType", "Investigation");
          o.addProperty("reportedIncidentStartDate", 1700000000.5);
          o.add("impactedAccounts", new JsonArray());
          o.add("watchers", new JsonArray());
        }
        case "UpdateCase" -> {
          o.addProperty("caseId", id);
          o.addProperty("title", "Renamed");
        }
        case "UpdateCaseStatus" -> {
          o.addProperty("caseId", id);
          o.addProperty("caseStatus", "Detection and Analysis");
        }
        case "UpdateResolverType" -> {
          o.addProperty("caseId", id);
          o.addProperty("resolverType", "AWS");
        }
        case "CreateCaseComment" -> {
          o.addProperty("caseId", id);
          o.addProperty("body", "A comment");
        }
        case "ListCases" -> o.addProperty("maxResults", 5);
        case "TagResource" -> {
          o.addProperty("resourceArn", arn);
          JsonObject tags = new JsonObject();
          tags.addProperty("team", "blue");
          o.add("tags", tags);
        }
        case "UntagResource" -> {
          o.addProperty("resourceArn", arn);
          JsonArray keys = new JsonArray();
          keys.add("team");
          keys.add("env");
          o.add("tagKeys", keys);
        }
        case "ListTagsForResource" -> o.addProperty("resourceArn", arn);
        case "UpdateCaseComment" -> {
          o.addProperty("caseId", id);
          o.addProperty("commentId", comment(id));
          o.addProperty("body", "An edited comment");
        }
        case "CreateMembership" -> {
          retireMemberships();
          o = MembershipFixtures.newMembershipJson();
        }
        case "GetMembership", "CancelMembership" -> o.addProperty("membershipId", membership());
        case "UpdateMembership" -> {
          o.addProperty("membershipId", membership());
          o.addProperty("membershipName", "Renamed team");
        }
        case "ListMemberships" -> o.addProperty("maxResults", 5);
        case "BatchGetMemberAccountDetails" -> {
          o.addProperty("membershipId", membership());
          JsonArray accounts = new JsonArray();
          accounts.add("123456789012");
          accounts.add("000123123123");
          o.add("accountIds", accounts);
        }
        default -> o.addProperty("caseId", id);
      }
      return o;
    };
  }

  /** Adds a comment to the case; its id. */
  private static String comment(String caseId) {
    try {
      HttpResponse<String> r =
          signed(
              emulator, "POST", "/v1/cases/" + caseId + "/create-comment", "{\"body\":\"First\"}");
      return JsonParser.parseString(r.body()).getAsJsonObject().get("commentId").getAsString();
    } catch (Exception e) {
      throw new AssertionError("could not add a comment", e);
    }
  }

  /** A new Active membership; earlier ones are retired (one membership per region). */
  private static String membership() {
    try {
      return MembershipFixtures.freshMembership(emulator);
    } catch (Exception e) {
      throw new AssertionError("could not create a membership", e);
    }
  }

  private static void retireMemberships() {
    try {
      MembershipFixtures.retireMemberships(emulator);
    } catch (Exception e) {
      throw new AssertionError("could not retire the memberships", e);
    }
  }

  /**
   * Renders members into path labels, query string and body exactly as the model's locations say.
   */
  private HttpResponse<String> send(String op, JsonObject members) throws Exception {
    JsonObject http = operations().getAsJsonObject(op).getAsJsonObject("http");
    String path = http.get("requestUri").getAsString();
    StringBuilder query = new StringBuilder();
    JsonObject body = new JsonObject();
    JsonObject modelMembers = inputShape(op).getAsJsonObject("members");
    for (String name : modelMembers.keySet()) {
      JsonObject def = modelMembers.getAsJsonObject(name);
      String location = def.has("location") ? def.get("location").getAsString() : "body";
      JsonElement value = members.get(name);
      switch (location) {
        case "uri" ->
            path =
                path.replace(
                    "{" + def.get("locationName").getAsString() + "}",
                    value == null
                        ? ""
                        : URLEncoder.encode(value.getAsString(), StandardCharsets.UTF_8));
        case "querystring" -> {
          if (value != null) {
            for (JsonElement v : value.getAsJsonArray()) {
              query
                  .append(query.length() == 0 ? "?" : "&")
                  .append(def.get("locationName").getAsString())
                  .append('=')
                  .append(URLEncoder.encode(v.getAsString(), StandardCharsets.UTF_8));
            }
          }
        }
        default -> {
          if (value != null) {
            body.add(name, value);
          }
        }
      }
    }
    String method = http.get("method").getAsString();
    boolean hasBody = !method.equals("GET") && !method.equals("DELETE");
    return signed(emulator, method, path + query, hasBody ? body.toString() : null);
  }

  private static Set<String> fieldNames(JsonObject errorBody) {
    Set<String> names = new HashSet<>();
    if (errorBody.has("fieldList")) {
      errorBody
          .getAsJsonArray("fieldList")
          .forEach(f -> names.add(f.getAsJsonObject().get("name").getAsString()));
    }
    assertFalse(names.isEmpty(), "no fieldList in " + errorBody);
    return names;
  }

  @Test
  void timestampsAreJsonNumbersOfEpochSeconds() throws Exception {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    HttpResponse<String> r = signed(emulator, "GET", "/v1/cases/" + id + "/get-case", null);
    JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
    for (String t : List.of("createdDate", "lastUpdatedDate", "reportedIncidentStartDate")) {
      assertTrue(body.get(t).getAsJsonPrimitive().isNumber(), t + " in " + r.body());
      assertTrue(body.get(t).getAsDouble() > 1.6e9 && body.get(t).getAsDouble() < 1e10, t);
    }
  }
}
