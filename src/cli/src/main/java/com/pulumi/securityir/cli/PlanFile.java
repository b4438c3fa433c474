package com.pulumi.securityir.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The saved plan format ({@value #FORMAT}, version {@value #VERSION}), documented in docs/cli.md:
 * one JSON object with what the plan was made from (the cases file's path and SHA-256, endpoint,
 * region, transition graph and its fingerprint, tool version, time) and one object per case (name,
 * id, declared status, note, whether to comment, the live status, resolver type and last update
 * time as read, and the steps, the refusal or the read error). {@code plan --format json} prints
 * the same document. It never holds a secret: no credentials, no case titles (sensitive in the API
 * model), no ARNs. Stateless and thread-safe.
 */
final class PlanFile {

  /**
   * The value of the document's {@code format} field, which tells a plan file from a cases file.
   */
  static final String FORMAT = "securityir-plan";

  /** The version of the format this build writes and reads. */
  static final int VERSION = 1;

  static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  private PlanFile() {}

  /**
   * What a plan was made from.
   *
   * @param casesFile the cases file as the user named it
   * @param casesSha256 the SHA-256 of the cases file's bytes
   * @param endpoint the endpoint the plan read from
   * @param region the region the plan read from
   * @param graph the transition graph variant
   * @param fingerprint the graph's {@code TransitionGraph.fingerprint()}
   * @param toolVersion the securityir version that made the plan
   * @param createdAt when the plan was made
   */
  record Header(
      String casesFile,
      String casesSha256,
      String endpoint,
      String region,
      GraphVariant graph,
      String fingerprint,
      String toolVersion,
      Instant createdAt) {
    Header {
      Objects.requireNonNull(casesFile, "casesFile");
      Objects.requireNonNull(casesSha256, "casesSha256");
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(graph, "graph");
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(toolVersion, "toolVersion");
      Objects.requireNonNull(createdAt, "createdAt");
    }
  }

  /** The document for {@code plan}, pretty-printed, ending with a newline. */
  static String json(Header header, CasesPlan plan) {
    JsonObject document = new JsonObject();
    document.addProperty("format", FORMAT);
    document.addProperty("formatVersion", VERSION);
    document.addProperty("securityirVersion", header.toolVersion());
    document.addProperty("createdAt", header.createdAt().toString());
    JsonObject casesFile = new JsonObject();
    casesFile.addProperty("path", header.casesFile());
    casesFile.addProperty("sha256", header.casesSha256());
    document.add("casesFile", casesFile);
    document.addProperty("endpoint", header.endpoint());
    document.addProperty("region", header.region());
    JsonObject graph = new JsonObject();
    graph.addProperty("variant", header.graph().configName());
    graph.addProperty("fingerprint", header.fingerprint());
    document.add("transitionGraph", graph);
    document.add("summary", summary(plan));
    JsonArray cases = new JsonArray();
    plan.cases().forEach(c -> cases.add(planned(c)));
    document.add("cases", cases);
    return GSON.toJson(document) + "\n";
  }

  private static JsonObject summary(CasesPlan plan) {
    JsonObject summary = new JsonObject();
    summary.addProperty("cases", plan.cases().size());
    summary.addProperty("toChange", plan.changes().size());
    summary.addProperty("steps", plan.stepCount());
    summary.addProperty("unchanged", plan.unchangedCount());
    summary.addProperty("refused", plan.refusedCount());
    summary.addProperty("unreadable", plan.unreadableCount());
    summary.addProperty("exitCode", plan.exitCode());
    return summary;
  }

  private static JsonObject planned(PlannedCase planned) {
    JsonObject c = declaration(planned.declaration());
    if (planned instanceof PlannedCase.Change change) {
      c.addProperty("plan", "change");
      c.add("live", live(change.actual()));
      c.add("steps", steps(change.path().steps()));
    } else if (planned instanceof PlannedCase.Unchanged unchanged) {
      c.addProperty("plan", "unchanged");
      c.add("live", live(unchanged.actual()));
      c.add("steps", new JsonArray());
    } else if (planned instanceof PlannedCase.Refused refused) {
      c.addProperty("plan", "refused");
      c.add("live", live(refused.actual()));
      c.add("steps", new JsonArray());
      c.add("refusal", refusal(refused.refusal()));
    } else if (planned instanceof PlannedCase.Unreadable unreadable) {
      c.addProperty("plan", "unreadable");
      c.add("live", JsonNull.INSTANCE);
      c.add("steps", new JsonArray());
      JsonObject error = new JsonObject();
      error.addProperty("kind", unreadable.error().kind().name());
      error.addProperty("message", unreadable.error().getMessage());
      c.add("error", error);
    } else {
      throw new IllegalArgumentException(
          "a plan made from a cases file has no stale cases: " + planned.declaration().name());
    }
    return c;
  }

  /**
   * The declaration's fields, which every case object of the plan and apply documents starts with.
   */
  static JsonObject declaration(CaseDeclaration declaration) {
    JsonObject c = new JsonObject();
    c.addProperty("name", declaration.name());
    c.addProperty("caseId", declaration.caseId().value());
    c.addProperty("line", declaration.line());
    c.addProperty("declaredStatus", declaration.status().wireName());
    c.add(
        "note",
        declaration.note().<JsonElement>map(n -> new JsonPrimitive(n)).orElse(JsonNull.INSTANCE));
    c.addProperty("comment", declaration.comment());
    return c;
  }

  /**
   * A case as read: status, resolver type and last update time (null when the service sent none).
   */
  static JsonObject live(CaseSnapshot snapshot) {
    JsonObject live = new JsonObject();
    live.addProperty("status", snapshot.status().wireName());
    live.addProperty("resolverType", snapshot.resolverType().wireName());
    live.add(
        "lastUpdatedDate",
        snapshot
            .lastUpdated()
            .<JsonElement>map(t -> new JsonPrimitive(t.toString()))
            .orElse(JsonNull.INSTANCE));
    return live;
  }

  static JsonArray steps(List<Transition> steps) {
    JsonArray array = new JsonArray();
    for (Transition step : steps) {
      JsonObject s = new JsonObject();
      s.addProperty("from", step.from().wireName());
      s.addProperty("to", step.to().wireName());
      s.addProperty("operation", step.operation().operationName());
      array.add(s);
    }
    return array;
  }

  static JsonObject refusal(Plan.Refusal refusal) {
    JsonObject r = new JsonObject();
    r.addProperty("reason", refusal.reason().name());
    r.addProperty("message", refusal.message());
    return r;
  }
}
