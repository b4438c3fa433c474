package com.pulumi.securityir.emulator;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * All cases of the emulated account and the semantics of the implemented operations, including the
 * lifecycle rules. Thread-safe: every operation runs under one lock, so concurrent calls never lose
 * updates; when a state file is configured each mutation is written through atomically before the
 * call answers.
 */
final class CaseBook {

  private static final Pattern ARN_REGION = Pattern.compile("\\w+?-\\w+?-\\d+");
  private static final Pattern CASE_ARN =
      Pattern.compile("arn:aws:security-ir:[^:]+:([0-9]{12}):case/([0-9]{10})");
  private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
  private static final int DEFAULT_PAGE = 25;

  private final Object lock = new Object();
  private final Map<String, StoredCase> cases = new LinkedHashMap<>();
  private final Map<String, String> createTokens = new LinkedHashMap<>();
  private final Clock clock;
  private final Random ids;
  private final TransitionRules rules;
  private final String defaultRegion;
  private final Path stateFile;
  private final Gson gson = new GsonBuilder().setPrettyPrinting().create();

  CaseBook(Clock clock, Random ids, TransitionRules rules, String defaultRegion, Path stateFile) {
    this.clock = clock;
    this.ids = ids;
    this.rules = rules;
    this.defaultRegion = defaultRegion;
    this.stateFile = stateFile;
  }

  // ---------------------------------------------------------------- persistence

  /** The persisted form: every case plus the CreateCase idempotency tokens. */
  private record State(int version, List<StoredCase> cases, Map<String, String> createTokens) {}

  /**
   * Loads the state file if it exists; returns whether it did. Problems are returned, not thrown.
   */
  List<String> loadStateIfPresent() {
    if (stateFile == null || !Files.exists(stateFile)) {
      return List.of();
    }
    try {
      String text = Files.readString(stateFile, StandardCharsets.UTF_8);
      State s = gson.fromJson(text, State.class);
      if (s == null || s.cases() == null) {
        return List.of(
            "State file "
                + stateFile
                + " has no 'cases' list; delete it or point --state elsewhere");
      }
      synchronized (lock) {
        cases.clear();
        createTokens.clear();
        for (StoredCase c : s.cases()) {
          cases.put(c.caseId, c);
        }
        if (s.createTokens() != null) {
          createTokens.putAll(s.createTokens());
        }
      }
      return List.of();
    } catch (IOException | JsonParseException e) {
      return List.of(
          "State file "
              + stateFile
              + " cannot be read ("
              + e.getMessage()
              + "); delete it or point --state elsewhere");
    }
  }

  boolean hasStateFile() {
    return stateFile != null && Files.exists(stateFile);
  }

  /**
   * Writes the state file (caller holds the lock); returns an error to answer when the write fails.
   */
  private ApiError persist() {
    if (stateFile == null) {
      return null;
    }
    try {
      StateFile.writeAtomically(
          stateFile, gson.toJson(new State(1, new ArrayList<>(cases.values()), createTokens)));
      return null;
    } catch (IOException e) {
      return new ApiError(
          ErrorShape.INTERNAL_SERVER,
          "The emulator could not write its state file: " + e.getMessage(),
          new JsonObject(),
          null);
    }
  }

  private OpResult persisted(JsonObject body) {
    ApiError failure = persist();
    return failure == null ? OpResult.ok(body) : OpResult.fail(failure);
  }

  int size() {
    synchronized (lock) {
      return cases.size();
    }
  }

  // ---------------------------------------------------------------- API operations

  OpResult createCase(JsonObject in, String signingRegion, String principal) {
    synchronized (lock) {
      String token = string(in, "clientToken");
      if (token != null
          && createTokens.containsKey(token)
          && cases.containsKey(createTokens.get(token))) {
        JsonObject out = new JsonObject();
        out.addProperty("caseId", createTokens.get(token));
        return OpResult.ok(out);
      }
      long now = clock.millis();
      StoredCase c = new StoredCase();
      c.caseId = mintId();
      c.caseArn = arn(signingRegion, c.caseId);
      c.title = string(in, "title");
      c.description = string(in, "description");
      c.status = CaseState.SUBMITTED;
      c.resolverType = Resolver.fromWire(string(in, "resolverType")).orElseThrow();
      c.engagementType = string(in, "engagementType");
      c.reportedIncidentStartDate = Wire.millis(in.get("reportedIncidentStartDate"));
      c.createdDate = now;
      c.lastUpdatedDate = now;
      c.pendingAction = "None";
      c.impactedAccounts = strings(in.getAsJsonArray("impactedAccounts"));
      c.watchers = in.getAsJsonArray("watchers").deepCopy();
      c.threatActorIpAddresses = arrayOrEmpty(in, "threatActorIpAddresses");
      c.impactedServices = strings(arrayOrEmpty(in, "impactedServices"));
      c.impactedAwsRegions = arrayOrEmpty(in, "impactedAwsRegions");
      if (in.has("tags") && in.get("tags").isJsonObject()) {
        for (var e : in.getAsJsonObject("tags").entrySet()) {
          c.tags.put(e.getKey(), e.getValue().getAsString());
        }
      }
      c.edits.add(
          new CaseEdit(
              now,
              principal,
              "CreateCase",
              "Case created with status "
                  + c.status.wire()
                  + " and resolver type "
                  + c.resolverType.wire()));
      cases.put(c.caseId, c);
      if (token != null) {
        createTokens.put(token, c.caseId);
      }
      JsonObject out = new JsonObject();
      out.addProperty("caseId", c.caseId);
      return persisted(out);
    }
  }

  OpResult getCase(String caseId) {
    return read(
        caseId,
        c -> {
          JsonObject o = new JsonObject();
          o.addProperty("title", c.title);
          o.addProperty("caseArn", c.caseArn);
          o.addProperty("description", c.description);
          o.addProperty("caseStatus", c.status.wire());
          o.addProperty("engagementType", c.engagementType);
          putTime(o, "reportedIncidentStartDate", c.reportedIncidentStartDate);
          putTime(o, "actualIncidentStartDate", c.actualIncidentStartDate);
          o.add("impactedAwsRegions", c.impactedAwsRegions.deepCopy());
          o.add("threatActorIpAddresses", c.threatActorIpAddresses.deepCopy());
          o.addProperty("pendingAction", c.pendingAction);
          o.add("impactedAccounts", toArray(c.impactedAccounts));
          o.add("watchers", c.watchers.deepCopy());
          putTime(o, "createdDate", c.createdDate);
          putTime(o, "lastUpdatedDate", c.lastUpdatedDate);
          if (c.closureCode != null) {
            o.addProperty("closureCode", c.closureCode);
          }
          o.addProperty("resolverType", c.resolverType.wire());
          o.add("impactedServices", toArray(c.impactedServices));
          o.add("caseAttachments", new JsonArray());
          putTime(o, "closedDate", c.closedDate);
          if (c.caseMetadata != null) {
            o.add("caseMetadata", c.caseMetadata.deepCopy());
          }
          return OpResult.ok(o);
        });
  }

  OpResult updateCase(String caseId, JsonObject in, String principal) {
    return mutateOpen(
        caseId,
        "UpdateCase",
        c -> {
          List<String> changed = new ArrayList<>();
          for (String key : in.keySet()) {
            if (!key.equals("caseId") && !in.get(key).isJsonNull()) {
              changed.add(key);
            }
          }
          if (in.has("title")) {
            c.title = string(in, "title");
          }
          if (in.has("description")) {
            c.description = string(in, "description");
          }
          if (in.has("engagementType")) {
            c.engagementType = string(in, "engagementType");
          }
          if (in.has("reportedIncidentStartDate")) {
            c.reportedIncidentStartDate = Wire.millis(in.get("reportedIncidentStartDate"));
          }
          if (in.has("actualIncidentStartDate")) {
            c.actualIncidentStartDate = Wire.millis(in.get("actualIncidentStartDate"));
          }
          if (in.has("caseMetadata")) {
            c.caseMetadata = in.getAsJsonArray("caseMetadata").deepCopy();
          }
          c.watchers = addRemove(c.watchers, in, "watchers");
          c.threatActorIpAddresses =
              addRemove(c.threatActorIpAddresses, in, "threatActorIpAddresses");
          c.impactedAwsRegions = addRemove(c.impactedAwsRegions, in, "impactedAwsRegions");
          c.impactedServices =
              strings(addRemove(toArray(c.impactedServices), in, "impactedServices"));
          c.impactedAccounts =
              strings(addRemove(toArray(c.impactedAccounts), in, "impactedAccounts"));
          long now = clock.millis();
          c.lastUpdatedDate = now;
          c.edits.add(
              new CaseEdit(
                  now,
                  principal,
                  "UpdateCase",
                  "Case details updated: "
                      + (changed.isEmpty() ? "no members" : String.join(", ", changed))));
          return new JsonObject();
        });
  }

  OpResult updateCaseStatus(String caseId, CaseState target, String principal) {
    return mutateOpen(
        caseId,
        "UpdateCaseStatus",
        c -> {
          if (c.resolverType == Resolver.AWS) {
            return ApiError.conflict(
                caseId,
                "Case "
                    + caseId
                    + " is AWS-supported: its status is set by AWS "
                    + "Security Incident Response responders. Use CloseCase to close it.");
          }
          if (c.status == target) {
            return ApiError.conflict(
                caseId,
                "Case "
                    + caseId
                    + " is already in status '"
                    + target.wire()
                    + "'; UpdateCaseStatus must change the status");
          }
          if (!rules.allows(c.status, target)) {
            List<String> allowed = new ArrayList<>();
            for (CaseState s : CaseState.values()) {
              if (rules.allows(c.status, s)) {
                allowed.add(s.wire());
              }
            }
            return ApiError.conflict(
                caseId,
                "Case "
                    + caseId
                    + " cannot move from '"
                    + c.status.wire()
                    + "' to '"
                    + target.wire()
                    + "'; allowed next statuses: "
                    + allowed
                    + " (use CloseCase to close)");
          }
          recordStatusChange(c, target, principal, "UpdateCaseStatus");
          JsonObject out = new JsonObject();
          out.addProperty("caseStatus", target.wire());
          return out;
        });
  }

  OpResult closeCase(String caseId, String principal) {
    return mutateOpen(
        caseId,
        "CloseCase",
        c -> {
          recordStatusChange(c, CaseState.CLOSED, principal, "CloseCase");
          JsonObject out = new JsonObject();
          out.addProperty("caseStatus", CaseState.CLOSED.wire());
          out.add("closedDate", Wire.seconds(c.closedDate));
          return out;
        });
  }

  OpResult updateResolverType(String caseId, Resolver target, String principal) {
    return mutateOpen(
        caseId,
        "UpdateResolverType",
        c -> {
          if (c.resolverType == Resolver.AWS && target == Resolver.SELF) {
            return ApiError.conflict(
                caseId,
                "Case "
                    + caseId
                    + " is AWS-supported; changing the resolver "
                    + "type is one-way (Self to AWS) and cannot be reversed");
          }
          if (c.resolverType == target) {
            return ApiError.conflict(
                caseId, "Case " + caseId + " already has resolver type '" + target.wire() + "'");
          }
          long now = clock.millis();
          c.resolverType = target;
          c.lastUpdatedDate = now;
          c.edits.add(
              new CaseEdit(
                  now, principal, "UpdateResolverType", "Resolver type changed from Self to AWS"));
          JsonObject out = new JsonObject();
          out.addProperty("caseId", caseId);
          out.addProperty("caseStatus", c.status.wire());
          out.addProperty("resolverType", target.wire());
          return out;
        });
  }

  OpResult listCases(String nextToken, Integer maxResults) {
    synchronized (lock) {
      List<StoredCase> all = new ArrayList<>(cases.values());
      return page(
          all,
          nextToken,
          maxResults,
          c -> {
            JsonObject o = new JsonObject();
            o.addProperty("caseId", c.caseId);
            putTime(o, "lastUpdatedDate", c.lastUpdatedDate);
            o.addProperty("title", c.title);
            o.addProperty("caseArn", c.caseArn);
            o.addProperty("engagementType", c.engagementType);
            o.addProperty("caseStatus", c.status.wire());
            putTime(o, "createdDate", c.createdDate);
            putTime(o, "closedDate", c.closedDate);
            o.addProperty("resolverType", c.resolverType.wire());
            o.addProperty("pendingAction", c.pendingAction);
            return o;
          },
          true);
    }
  }

  OpResult listCaseEdits(String caseId, String nextToken, Integer maxResults) {
    return read(
        caseId,
        c ->
            page(
                c.edits,
                nextToken,
                maxResults,
                e -> {
                  JsonObject o = new JsonObject();
                  o.add("eventTimestamp", Wire.seconds(e.eventTimestampMillis()));
                  o.addProperty("principal", e.principal());
                  o.addProperty("action", e.action());
                  o.addProperty("message", e.message());
                  return o;
                },
                false));
  }

  OpResult createComment(String caseId, String clientToken, String body, String principal) {
    return mutateOpen(
        caseId,
        "CreateCaseComment",
        c -> {
          if (clientToken != null && c.commentTokens.containsKey(clientToken)) {
            JsonObject out = new JsonObject();
            out.addProperty("commentId", c.commentTokens.get(clientToken));
            return out;
          }
          if (c.comments.size() >= 999_999) {
            return ApiError.injected(
                ErrorShape.SERVICE_QUOTA_EXCEEDED,
                caseId,
                "Case " + caseId + " has the maximum number of comments",
                null);
          }
          long now = clock.millis();
          String id = String.format("%06d", c.comments.size() + 1);
          c.comments.add(new StoredComment(id, now, now, principal, body));
          if (clientToken != null) {
            c.commentTokens.put(clientToken, id);
          }
          c.lastUpdatedDate = now;
          JsonObject out = new JsonObject();
          out.addProperty("commentId", id);
          return out;
        });
  }

  OpResult listComments(String caseId, String nextToken, Integer maxResults) {
    return read(
        caseId,
        c ->
            page(
                c.comments,
                nextToken,
                maxResults,
                m -> {
                  JsonObject o = new JsonObject();
                  o.addProperty("commentId", m.commentId());
                  putTime(o, "createdDate", m.createdDate());
                  putTime(o, "lastUpdatedDate", m.lastUpdatedDate());
                  o.addProperty("creator", m.creator());
                  o.addProperty("lastUpdatedBy", m.creator());
                  o.addProperty("body", m.body());
                  return o;
                },
                false));
  }

  OpResult tagResource(String arn, JsonObject tags) {
    return withTaggedCase(
        arn,
        c -> {
          if (c.tags.size()
                  + (int) tags.keySet().stream().filter(k -> !c.tags.containsKey(k)).count()
              > 200) {
            return ApiError.validation(
                "FIELD_VALIDATION_FAILED", "A resource can have at most 200 tags");
          }
          for (var e : tags.entrySet()) {
            c.tags.put(e.getKey(), e.getValue().getAsString());
          }
          return persistedOrError(new JsonObject());
        });
  }

  OpResult untagResource(String arn, List<String> keys) {
    return withTaggedCase(
        arn,
        c -> {
          keys.forEach(c.tags::remove);
          return persistedOrError(new JsonObject());
        });
  }

  OpResult listTags(String arn) {
    return withTaggedCase(
        arn,
        c -> {
          JsonObject tags = new JsonObject();
          c.tags.forEach(tags::addProperty);
          JsonObject out = new JsonObject();
          out.add("tags", tags);
          return out;
        });
  }

  // ---------------------------------------------------------------- control plane

  ControlResult<String> seed(SeedCase seed) {
    List<String> problems = new ArrayList<>();
    if (seed.caseId() != null && !TEN_DIGITS.matcher(seed.caseId()).matches()) {
      problems.add(
          "caseId '"
              + seed.caseId()
              + "' must be exactly 10 digits (the service's case id "
              + "format), or leave it out to have one minted");
    }
    if (seed.title() == null || seed.title().isEmpty() || seed.title().length() > 300) {
      problems.add("title is required and must be 1-300 characters");
    }
    if (seed.status() == null) {
      problems.add("status is required: one of " + CaseState.wireValues());
    }
    if (seed.resolverType() == null) {
      problems.add("resolverType is required: one of " + Resolver.wireValues());
    }
    if (seed.description() != null
        && (seed.description().isEmpty() || seed.description().length() > 8000)) {
      problems.add("description must be 1-8000 characters when given");
    }
    if (seed.engagementType() != null
        && !RequestSchemas.ENGAGEMENT_TYPE.values().contains(seed.engagementType())) {
      problems.add(
          "engagementType '"
              + seed.engagementType()
              + "' must be one of "
              + RequestSchemas.ENGAGEMENT_TYPE.values());
    }
    if (!problems.isEmpty()) {
      return new ControlResult.Rejected<>(400, String.join("; ", problems));
    }
    synchronized (lock) {
      if (seed.caseId() != null && cases.containsKey(seed.caseId())) {
        return new ControlResult.Rejected<>(
            409,
            "caseId " + seed.caseId() + " already exists; choose another id or leave caseId out");
      }
      long now = clock.millis();
      StoredCase c = new StoredCase();
      c.caseId = seed.caseId() != null ? seed.caseId() : mintId();
      c.caseArn = arn(defaultRegion, c.caseId);
      c.title = seed.title();
      c.description = seed.description() != null ? seed.description() : "Seeded by the emulator";
      c.status = seed.status();
      c.resolverType = seed.resolverType();
      c.engagementType =
          seed.engagementType() != null ? seed.engagementType() : "Security Incident";
      c.reportedIncidentStartDate = now;
      c.createdDate = now;
      c.lastUpdatedDate = now;
      c.pendingAction = "None";
      if (c.status == CaseState.CLOSED) {
        c.closedDate = now;
      }
      c.edits.add(
          new CaseEdit(
              now,
              EmulatorDefaults.RESPONDER,
              "CreateCase",
              "Case seeded with status "
                  + c.status.wire()
                  + " and resolver type "
                  + c.resolverType.wire()));
      cases.put(c.caseId, c);
      ApiError failure = persist();
      if (failure != null) {
        return new ControlResult.Rejected<>(500, failure.message());
      }
      return new ControlResult.Ok<>(c.caseId);
    }
  }

  ControlResult<CaseState> move(String caseId, CaseState target) {
    synchronized (lock) {
      StoredCase c = cases.get(caseId);
      if (c == null) {
        return new ControlResult.Rejected<>(
            404, "No case " + caseId + "; seed it first with POST /_emulator/cases");
      }
      if (c.status == CaseState.CLOSED) {
        return new ControlResult.Rejected<>(
            409, "Case " + caseId + " is Closed; closed cases cannot be reopened");
      }
      if (c.status == target) {
        return new ControlResult.Rejected<>(
            409, "Case " + caseId + " is already '" + target.wire() + "'");
      }
      recordStatusChange(c, target, EmulatorDefaults.RESPONDER, "UpdateCaseStatus");
      ApiError failure = persist();
      if (failure != null) {
        return new ControlResult.Rejected<>(500, failure.message());
      }
      return new ControlResult.Ok<>(target);
    }
  }

  // ---------------------------------------------------------------- helpers (callers hold the
  // lock)

  private void recordStatusChange(StoredCase c, CaseState target, String principal, String action) {
    long now = clock.millis();
    CaseState from = c.status;
    c.status = target;
    c.lastUpdatedDate = now;
    if (target == CaseState.CLOSED) {
      c.closedDate = now;
      c.edits.add(new CaseEdit(now, principal, action, "Case closed from status " + from.wire()));
    } else {
      c.edits.add(
          new CaseEdit(
              now,
              principal,
              action,
              "Case status changed from " + from.wire() + " to " + target.wire()));
    }
  }

  private String mintId() {
    for (int attempt = 0; attempt < 1000; attempt++) {
      String id = String.valueOf(1_000_000_000L + (long) (ids.nextDouble() * 9_000_000_000L));
      if (!cases.containsKey(id)) {
        return id;
      }
    }
    throw new IllegalStateException("Could not mint a unique case id after 1000 attempts");
  }

  private String arn(String region, String caseId) {
    String r = region != null && ARN_REGION.matcher(region).matches() ? region : defaultRegion;
    return "arn:aws:security-ir:" + r + ":" + EmulatorDefaults.ACCOUNT_ID + ":case/" + caseId;
  }

  private OpResult read(String caseId, Function<StoredCase, OpResult> reader) {
    synchronized (lock) {
      StoredCase c = cases.get(caseId);
      if (c == null) {
        return OpResult.fail(notFound(caseId));
      }
      return reader.apply(c);
    }
  }

  /**
   * Runs a change on an existing, open case; the change answers a body (JsonObject) or an ApiError.
   */
  private OpResult mutateOpen(
      String caseId, String operation, Function<StoredCase, Object> change) {
    synchronized (lock) {
      StoredCase c = cases.get(caseId);
      if (c == null) {
        return OpResult.fail(notFound(caseId));
      }
      if (c.status == CaseState.CLOSED) {
        return OpResult.fail(
            ApiError.conflict(
                caseId,
                "Case "
                    + caseId
                    + " is Closed; closed cases "
                    + "cannot be reopened or changed ("
                    + operation
                    + " rejected)"));
      }
      Object result = change.apply(c);
      if (result instanceof ApiError e) {
        return OpResult.fail(e);
      }
      return persisted((JsonObject) result);
    }
  }

  private Object persistedOrError(JsonObject body) {
    ApiError failure = persist();
    return failure == null ? body : failure;
  }

  private OpResult withTaggedCase(String arn, Function<StoredCase, Object> action) {
    var m = CASE_ARN.matcher(arn);
    synchronized (lock) {
      StoredCase c =
          m.matches() && m.group(1).equals(EmulatorDefaults.ACCOUNT_ID)
              ? cases.get(m.group(2))
              : null;
      if (c == null) {
        return OpResult.fail(ApiError.notFound("No resource with ARN " + arn + " in this account"));
      }
      Object result = action.apply(c);
      return result instanceof ApiError e ? OpResult.fail(e) : OpResult.ok((JsonObject) result);
    }
  }

  private static ApiError notFound(String caseId) {
    return ApiError.notFound("Case " + caseId + " was not found");
  }

  private <T> OpResult page(
      List<T> all,
      String nextToken,
      Integer maxResults,
      Function<T, JsonObject> render,
      boolean totalIsLong) {
    int start = 0;
    if (nextToken != null && !nextToken.isEmpty()) {
      Integer decoded = decodeToken(nextToken);
      if (decoded == null || decoded > all.size()) {
        return OpResult.fail(
            ApiError.fieldValidation(
                List.of(
                    new FieldProblem(
                        "nextToken",
                        "Not a token from a previous page of this list; omit nextToken to start from the first page"))));
      }
      start = decoded;
    }
    int size = maxResults == null ? DEFAULT_PAGE : maxResults;
    int end = Math.min(all.size(), start + size);
    JsonArray items = new JsonArray();
    for (T t : all.subList(start, end)) {
      items.add(render.apply(t));
    }
    JsonObject out = new JsonObject();
    if (end < all.size()) {
      out.addProperty("nextToken", encodeToken(end));
    }
    out.add("items", items);
    if (totalIsLong) {
      out.addProperty("total", (long) all.size());
    } else {
      out.addProperty("total", all.size());
    }
    return OpResult.ok(out);
  }

  private static String encodeToken(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static Integer decodeToken(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!text.matches("offset:[0-9]{1,9}")) {
        return null;
      }
      return Integer.parseInt(text.substring("offset:".length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String string(JsonObject in, String name) {
    JsonElement e = in.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  private static JsonArray arrayOrEmpty(JsonObject in, String name) {
    JsonElement e = in.get(name);
    return e != null && e.isJsonArray() ? e.getAsJsonArray().deepCopy() : new JsonArray();
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  private static JsonArray toArray(List<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  /** Applies {@code <name>ToAdd} (skipping duplicates) and {@code <name>ToDelete} to a list. */
  private static JsonArray addRemove(JsonArray current, JsonObject in, String name) {
    JsonArray out = current.deepCopy();
    JsonElement add = in.get(name + "ToAdd");
    if (add != null && add.isJsonArray()) {
      for (JsonElement e : add.getAsJsonArray()) {
        if (!out.contains(e)) {
          out.add(e.deepCopy());
        }
      }
    }
    JsonElement del = in.get(name + "ToDelete");
    if (del != null && del.isJsonArray()) {
      for (JsonElement e : del.getAsJsonArray()) {
        while (out.remove(e)) {
          // remove every occurrence
        }
      }
    }
    return out;
  }

  private static void putTime(JsonObject o, String name, Long millis) {
    if (millis != null) {
      o.add(name, Wire.seconds(millis));
    }
  }
}
