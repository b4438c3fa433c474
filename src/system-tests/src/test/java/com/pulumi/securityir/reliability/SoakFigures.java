package com.pulumi.securityir.reliability;

import java.util.Map;
import java.util.TreeMap;

/** The figures of one soak: what was tried and how it ended, per run and in total. */
final class SoakFigures {

  int cases;
  int selfManaged;
  int unreachableAtStart;
  int converged;
  int refused;
  int lost;
  private final Map<Integer, Run> runs = new TreeMap<>();

  /** The figures of one {@code up}. */
  static final class Run {
    int calls;
    int throttled;
    int serverErrors;
    int dropped;
    int mutations;
    int moves;
    int rejectedAfterMove;
    int rejectedUnprovoked;
    int done;
    int partial;
    int partialOnMovedCase;
    int partialMismatch;
    int refused;
    int failed;
    int convergedAfter;

    /** The lowest the CLI's limit of calls at once came down to, or -1 when not reported. */
    int lowestAtOnce = -1;
  }

  Run run(int number) {
    return runs.computeIfAbsent(number, n -> new Run());
  }

  /** A Markdown table, as pasted into docs/reliability.md. */
  String toMarkdown(FaultSoak.Config config, String machine, String date) {
    StringBuilder out = new StringBuilder();
    out.append("Date: ").append(date).append("  \n");
    out.append("Machine: ").append(machine).append("  \n");
    out.append("Seed: ").append(config.seed()).append("  \n");
    out.append("Cases: ")
        .append(cases)
        .append(" (")
        .append(selfManaged)
        .append(" self-managed, ")
        .append(cases - selfManaged)
        .append(" AWS-supported; ")
        .append(unreachableAtStart)
        .append(" declared an unreachable status at the start); runs: ")
        .append(config.runs())
        .append("; parallel: ")
        .append(config.parallel())
        .append("; maxRetries: ")
        .append(config.maxRetries())
        .append("; faults: ")
        .append(config.faults() == FaultSoak.Faults.MIXED ? "mixed" : "30% throttling only")
        .append("\n\n");
    out.append(
        "| Run | API calls | 429 injected | 500 injected | drops | moves by someone else | UpdateCaseStatus/CloseCase accepted | rejected (after a move) | rejected (unprovoked) | done | partial | partial on moved case | partial with wrong status | refused | failed | at target after run |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    runs.forEach(
        (n, r) ->
            out.append("| ")
                .append(n)
                .append(" | ")
                .append(r.calls)
                .append(" | ")
                .append(r.throttled)
                .append(" | ")
                .append(r.serverErrors)
                .append(" | ")
                .append(r.dropped)
                .append(" | ")
                .append(r.moves)
                .append(" | ")
                .append(r.mutations)
                .append(" | ")
                .append(r.rejectedAfterMove)
                .append(" | ")
                .append(r.rejectedUnprovoked)
                .append(" | ")
                .append(r.done)
                .append(" | ")
                .append(r.partial)
                .append(" | ")
                .append(r.partialOnMovedCase)
                .append(" | ")
                .append(r.partialMismatch)
                .append(" | ")
                .append(r.refused)
                .append(" | ")
                .append(r.failed)
                .append(" | ")
                .append(r.convergedAfter)
                .append(" |\n"));
    runs.forEach(
        (n, r) -> {
          if (r.lowestAtOnce >= 0) {
            out.append("\nRun ")
                .append(n)
                .append(": the calls at once came down from ")
                .append(config.parallel())
                .append(" to ")
                .append(r.lowestAtOnce)
                .append(".\n");
          }
        });
    int calls = runs.values().stream().mapToInt(r -> r.calls).sum();
    int faults =
        runs.values().stream().mapToInt(r -> r.throttled + r.serverErrors + r.dropped).sum();
    out.append("\nTotal: ")
        .append(cases)
        .append(" cases, ")
        .append(calls)
        .append(" API calls, ")
        .append(faults)
        .append(" faults injected; converged ")
        .append(converged)
        .append(", refused ")
        .append(refused)
        .append(" (unreachable, reported, no mutating call), lost ")
        .append(lost)
        .append(".\n");
    return out.toString();
  }
}
