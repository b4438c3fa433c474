package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.reconcile.Wording;
import com.pulumi.securityir.core.text.Plural;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code plan --format markdown}: the plan as a pull-request comment, documented in docs/cli.md. A
 * summary line, a table (case, id, live, declared, path or refusal) whose cells are escaped for
 * GitHub tables, and one Mermaid {@code stateDiagram-v2} of the lifecycle with each transition the
 * plan uses drawn with how many cases take it. State ids are the statuses' constant names, labelled
 * with their wire names, so names with spaces and commas stay valid Mermaid. Pure; thread-safe.
 */
final class MarkdownPlan {

  private MarkdownPlan() {}

  static String markdown(PlanFile.Header header, CasesPlan plan) {
    StringBuilder md = new StringBuilder();
    md.append("### securityir plan: ").append(Renderer.planCounts(plan));
    md.append("\n\n");
    md.append("Cases file ")
        .append(code(header.casesFile()))
        .append(" (SHA-256 ")
        .append(code(header.casesSha256().substring(0, 12)))
        .append("), read at ")
        .append(cell(header.endpoint()))
        .append(", region ")
        .append(cell(header.region()))
        .append(", ")
        .append(header.graph())
        .append(" transition graph.\n\n");
    md.append("| Case | Id | Live | Declared | Path or refusal |\n");
    md.append("|---|---|---|---|---|\n");
    for (PlannedCase planned : plan.cases()) {
      md.append("| ")
          .append(cell(planned.declaration().name()))
          .append(" | ")
          .append(planned.declaration().caseId())
          .append(" | ")
          .append(cell(live(planned)))
          .append(" | ")
          .append(cell(planned.declaration().status().wireName()))
          .append(" | ")
          .append(cell(outcome(planned)))
          .append(" |\n");
    }
    Map<Transition, Integer> used = transitions(plan);
    if (!used.isEmpty()) {
      md.append("\n```mermaid\nstateDiagram-v2\n");
      for (LifecycleStatus status : LifecycleStatus.values()) {
        md.append("    state \"")
            .append(status.wireName())
            .append("\" as ")
            .append(status.name())
            .append('\n');
      }
      used.forEach(
          (step, cases) ->
              md.append("    ")
                  .append(step.from().name())
                  .append(" --> ")
                  .append(step.to().name())
                  .append(" : ")
                  .append(Plural.count(cases, "case"))
                  .append('\n'));
      md.append("```\n");
    }
    return md.toString();
  }

  /** Each transition the plan's paths use, in lifecycle order, with how many cases take it. */
  static Map<Transition, Integer> transitions(CasesPlan plan) {
    Map<Transition, Integer> used =
        new TreeMap<>(
            Comparator.comparing((Transition t) -> t.from()).thenComparing(Transition::to));
    for (PlannedCase.Change change : plan.changes()) {
      change.path().steps().forEach(step -> used.merge(step, 1, Integer::sum));
    }
    return used;
  }

  private static String live(PlannedCase planned) {
    if (planned instanceof PlannedCase.Change c) {
      return c.actual().status().wireName();
    }
    if (planned instanceof PlannedCase.Unchanged u) {
      return u.actual().status().wireName();
    }
    if (planned instanceof PlannedCase.Refused r) {
      return r.actual().status().wireName();
    }
    return "(unknown)";
  }

  private static String outcome(PlannedCase planned) {
    if (planned instanceof PlannedCase.Change c) {
      return Wording.steps(c.path().steps());
    }
    if (planned instanceof PlannedCase.Unchanged) {
      return "no change";
    }
    if (planned instanceof PlannedCase.Refused r) {
      return "refused: " + r.refusal().message();
    }
    if (planned instanceof PlannedCase.Stale s) {
      return "stale: " + s.staleness().describe();
    }
    return "cannot read the case: " + ((PlannedCase.Unreadable) planned).error().getMessage();
  }

  /**
   * Text made safe for one cell of a GitHub table: a pipe cannot end the cell, a line break cannot
   * end the row, and HTML and Markdown markup is shown as written ({@code >} is left alone: it
   * starts nothing inside a line, and {@code A -> B} stays readable).
   */
  static String cell(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '\r' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          out.append("<br>");
        }
        case '\n' -> out.append("<br>");
        case '|', '\\', '`', '*', '_', '[', ']', '#', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String code(String text) {
    return "`" + text.replace("`", "'").replace("|", "\\|").replaceAll("[\\r\\n]", " ") + "`";
  }
}
