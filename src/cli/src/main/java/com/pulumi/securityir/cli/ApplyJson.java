package com.pulumi.securityir.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.record.RecordResult;
import java.util.List;

/**
 * The document of {@code apply --format json} ({@value #FORMAT}, version {@value
 * PlanFile#VERSION}), documented in docs/cli.md: where every declared case stands after the apply,
 * with the same case fields as the plan file, and a summary. Stateless and thread-safe.
 */
final class ApplyJson {

  static final String FORMAT = "securityir-apply";

  private ApplyJson() {}

  /**
   * The document, pretty-printed, ending with a newline.
   *
   * @param recording whether this apply records changes at all ({@code --no-comment} turns it off)
   */
  static String json(ApplyResult result, boolean recording) {
    JsonObject document = new JsonObject();
    document.addProperty("format", FORMAT);
    document.addProperty("formatVersion", PlanFile.VERSION);
    JsonObject summary = new JsonObject();
    summary.addProperty("cases", result.cases().size());
    summary.addProperty("converged", result.convergedCount());
    summary.addProperty("unchanged", result.unchangedCount());
    summary.addProperty("refused", result.refusedCount());
    summary.addProperty("failed", result.failedCount());
    summary.addProperty("stale", result.staleCount());
    summary.addProperty("commentWarnings", result.commentWarnings().size());
    summary.addProperty("exitCode", result.exitCode());
    document.add("summary", summary);
    JsonArray cases = new JsonArray();
    result.cases().forEach(c -> cases.add(caseResult(c, recording)));
    document.add("cases", cases);
    return PlanFile.GSON.toJson(document) + "\n";
  }

  private static JsonObject caseResult(CaseResult result, boolean recording) {
    JsonObject c = PlanFile.declaration(result.declaration());
    if (result instanceof CaseResult.Unchanged unchanged) {
      c.addProperty("result", "unchanged");
      c.add("live", PlanFile.live(unchanged.actual()));
    } else if (result instanceof CaseResult.Refused refused) {
      c.addProperty("result", "refused");
      c.add("live", PlanFile.live(refused.planned().actual()));
      c.add("refusal", PlanFile.refusal(refused.planned().refusal()));
    } else if (result instanceof CaseResult.Unreadable unreadable) {
      c.addProperty("result", "unreadable");
      JsonObject error = new JsonObject();
      error.addProperty("kind", unreadable.planned().error().kind().name());
      error.addProperty("message", unreadable.planned().error().getMessage());
      c.add("error", error);
    } else if (result instanceof CaseResult.Stale stale) {
      c.addProperty("result", "stale");
      c.add("planned", PlanFile.live(stale.staleness().planned()));
      c.add("live", PlanFile.live(stale.staleness().live()));
      c.addProperty("message", stale.staleness().describe());
    } else {
      reconciled(c, (CaseResult.Reconciled) result, recording);
    }
    return c;
  }

  private static void reconciled(JsonObject c, CaseResult.Reconciled result, boolean recording) {
    ReconcileOutcome outcome = result.outcome();
    c.add("plannedSteps", PlanFile.steps(result.planned().steps()));
    if (outcome instanceof ReconcileOutcome.Converged converged) {
      c.addProperty("result", "converged");
      c.addProperty("reached", converged.reached().status().wireName());
    } else if (outcome instanceof ReconcileOutcome.Refused refused) {
      c.addProperty("result", "refused");
      c.add("live", PlanFile.live(refused.actual()));
      c.add("refusal", PlanFile.refusal(refused.refusal()));
    } else {
      ReconcileOutcome.Stopped stopped = (ReconcileOutcome.Stopped) outcome;
      c.addProperty("result", "stopped");
      c.add(
          "reached",
          stopped
              .reached()
              .<JsonElement>map(r -> new JsonPrimitive(r.status().wireName()))
              .orElse(JsonNull.INSTANCE));
      c.add("remaining", PlanFile.steps(stopped.remaining()));
      c.addProperty("cause", stopped.cause().message());
    }
    c.add("applied", PlanFile.steps(applied(outcome.applied())));
    c.add("caseComment", comment(result, recording));
  }

  private static List<Transition> applied(List<AppliedStep> applied) {
    return applied.stream().map(AppliedStep::transition).toList();
  }

  /**
   * {@code posted} (with its id), {@code failed} (with the warning), {@code none} or {@code off}.
   */
  private static JsonObject comment(CaseResult.Reconciled result, boolean recording) {
    JsonObject comment = new JsonObject();
    RecordResult record = result.comment();
    if (record instanceof RecordResult.Posted posted) {
      comment.addProperty("result", "posted");
      comment.addProperty("commentId", posted.commentId());
    } else if (record instanceof RecordResult.Failed failed) {
      comment.addProperty("result", "failed");
      comment.addProperty("warning", failed.warning());
    } else {
      comment.addProperty("result", recording && result.declaration().comment() ? "none" : "off");
    }
    return comment;
  }
}
