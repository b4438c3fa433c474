package com.pulumi.securityir.bench;

import com.pulumi.securityir.provider.harness.EngineHarness;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The report's section on many cases: the {@link ManyCasesBench} previews and ups in engine order
 * (serial Diffs, and concurrent Diffs as with {@code PULUMI_PARALLEL_DIFF}), the drift baselines
 * and the diagnostic run, with the call log checked against the lower bound and the peak RSS.
 */
final class ManyCasesSection {

  private static final double PREVIEW_TARGET_S = 1.5;
  private static final double RSS_TARGET_MIB = 300;

  private ManyCasesSection() {}

  static void write(
      StringBuilder md, List<String> verdicts, boolean quick, int latencyMs, int parallel)
      throws Exception {
    md.append("## 500 cases at ").append(latencyMs).append(" ms per API call\n\n");
    if (!Files.isExecutable(EngineHarness.projectDir().resolve("bin/securityir"))) {
      md.append("Not run: `bin/securityir` (the emulator) is not in this checkout.\n\n");
      verdicts.add("| 500-case preview / up, API calls, peak RSS | not run (no emulator) | - |");
      System.out.println("many cases: skipped, no bin/securityir");
      return;
    }
    int cases = quick ? 50 : 500;
    int runs = quick ? 1 : 3;
    List<ManyCasesBench.Result> previews = new ArrayList<>();
    List<ManyCasesBench.Result> ups = new ArrayList<>();
    List<ManyCasesBench.Result> parallelDiffs = new ArrayList<>();
    List<ManyCasesBench.Result> driftParallelDiffs = new ArrayList<>();
    ManyCasesBench.Result baseline;
    ManyCasesBench.Result driftByPages;
    ManyCasesBench.Result checksFirst;
    // Closed cases the service lists before the run's own: the first page shows none of them, so
    // pages stop paying and every Diff that needs its case waits for that case's own GetCase.
    int others = quick ? 50 : 1000;
    System.out.printf(
        "many cases: %d cases, %d runs, a fresh emulator per run, warm-up first%n", cases, runs);
    ManyCasesBench.run(latencyMs, ManyCasesBench.Mode.PREVIEW, Math.min(cases, 50), parallel, 0);
    for (int run = 0; run < runs; run++) {
      previews.add(
          print(ManyCasesBench.run(latencyMs, ManyCasesBench.Mode.PREVIEW, cases, parallel, 0)));
      ups.add(print(ManyCasesBench.run(latencyMs, ManyCasesBench.Mode.UP, cases, parallel, 0)));
      parallelDiffs.add(
          print(
              ManyCasesBench.run(
                  latencyMs, ManyCasesBench.Mode.PREVIEW_PARALLEL_DIFF, cases, parallel, 0)));
      driftParallelDiffs.add(
          print(
              ManyCasesBench.run(
                  latencyMs,
                  ManyCasesBench.Mode.PREVIEW_DRIFT_PARALLEL_DIFF,
                  cases,
                  parallel,
                  others)));
    }
    baseline =
        print(
            ManyCasesBench.run(
                latencyMs, ManyCasesBench.Mode.PREVIEW_DRIFT, cases, parallel, others));
    driftByPages =
        print(ManyCasesBench.run(latencyMs, ManyCasesBench.Mode.PREVIEW_DRIFT, cases, parallel, 0));
    checksFirst =
        print(
            ManyCasesBench.run(
                latencyMs, ManyCasesBench.Mode.PREVIEW_CHECKS_FIRST, cases, parallel, 0));
    Stats preview = stats(previews, ManyCasesBench.Result::seconds);
    Stats up = stats(ups, ManyCasesBench.Result::seconds);
    Stats parallelDiff = stats(parallelDiffs, ManyCasesBench.Result::seconds);
    Stats driftParallelDiff = stats(driftParallelDiffs, ManyCasesBench.Result::seconds);
    List<ManyCasesBench.Result> all = new ArrayList<>(previews);
    all.addAll(ups);
    all.add(baseline);
    all.add(driftByPages);
    all.add(checksFirst);
    all.addAll(parallelDiffs);
    all.addAll(driftParallelDiffs);
    Stats rss = stats(all, ManyCasesBench.Result::peakRssMiB);
    // An up makes 3 calls per case after its read, one after the other: 2 moves and the comment.
    double ideal = cases * 3.0 * latencyMs / 1000 / parallel;
    // "Plus the reads": the time the plugin needs for its one read per case when nothing
    // serialises them, i.e. the diagnostic preview of the same run (all Checks, hence all reads,
    // before the Diffs). Not the engine-order preview: that one is what is being judged.
    double reads = checksFirst.seconds();
    md.append("One plugin process per operation; Check and Diff serially, each Update handed to ")
        .append(parallel)
        .append(
            " workers as soon as its Diff answered (engine order). Seconds from after Configure to")
        .append(" the last Update answer; each run seeds fresh cases two steps away (")
        .append(ManyCasesBench.FROM)
        .append(" -> ")
        .append(ManyCasesBench.TO)
        .append("). Emulator: `bin/securityir emulator --port 0 --latency-ms ")
        .append(latencyMs)
        .append("`, a fresh one per run, which lists cases in creation order; where a row says so,")
        .append(" it holds ")
        .append(others)
        .append(" closed cases created before the run's own.")
        .append(
            "\n\n| operation | runs | median s | min s | max s | GetCase | ListCases |"
                + " UpdateCaseStatus |")
        .append(" CloseCase | CreateCaseComment | call log = lower bound |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    row(md, "preview (Update preview=true)", previews);
    row(md, "up (2 steps and 1 comment per case)", ups);
    row(
        md,
        "preview of unchanged declarations over drifted cases: every Diff needs its case, read by"
            + " ListCases pages",
        List.of(driftByPages));
    row(
        md,
        "baseline: the same with "
            + others
            + " other cases listed first (pages stop paying: one serial GetCase per Diff)",
        List.of(baseline));
    row(md, "diagnostic (not engine order): all Checks first, then Diffs", List.of(checksFirst));
    row(md, "preview, concurrent Diffs (`PULUMI_PARALLEL_DIFF=true`)", parallelDiffs);
    row(
        md,
        "baseline with concurrent Diffs (`PULUMI_PARALLEL_DIFF=true`): unchanged declarations over"
            + " drifted cases, "
            + others
            + " other cases listed first",
        driftParallelDiffs);
    md.append(
        String.format(
            "%nThe drift preview read by pages takes %.2fx the time of the serial"
                + " read-per-Diff baseline"
                + " (%.1f s). The up takes %.2fx its ideal of %d x 3 x %d ms / %d = %.2f s (2 moves and 1 comment per case);"
                + " its %d reads alone take %.2f s when nothing serialises them (the diagnostic"
                + " row).%n%n"
                + "With concurrent Diffs (`PULUMI_PARALLEL_DIFF=true`: Check serial, each Diff"
                + " and then its Update on the %d workers) the preview of changed declarations"
                + " takes %.2fx the engine-order one, and the drift baseline, where every Diff"
                + " waits for its case's read, %.2fx the serial one: 1.00x would mean the plugin"
                + " serialises Diffs, 1/%d = %.3fx that it answers %d at once with nothing"
                + " else in the way.%n%n"
                + "Peak RSS of the plugin (VmHWM), all 500-case runs: median %.0f MiB, max %.0f MiB.%n%n",
            driftByPages.seconds() / baseline.seconds(),
            baseline.seconds(),
            up.median() / ideal,
            cases,
            latencyMs,
            parallel,
            ideal,
            cases,
            reads,
            parallel,
            parallelDiff.median() / preview.median(),
            driftParallelDiff.median() / baseline.seconds(),
            parallel,
            1.0 / parallel,
            parallel,
            rss.median(),
            rss.max()));
    verdicts.add(
        BenchmarkSuite.verdict(
            cases + "-case preview, plugin's part (median)",
            PREVIEW_TARGET_S,
            preview.median(),
            "%.2f s"));
    verdicts.add(
        BenchmarkSuite.verdict(
            cases
                + "-case up (median), bound 1.25 x "
                + String.format("%.2f", ideal)
                + " s + reads ("
                + String.format("%.2f", reads)
                + " s)",
            1.25 * ideal + reads,
            up.median(),
            "%.2f s"));
    verdicts.add(
        BenchmarkSuite.verdict(
            "concurrent Diffs not serialised: drift preview with concurrent Diffs / serial"
                + " (1.00x = serialised, "
                + String.format("%.3f", 1.0 / parallel)
                + "x = "
                + parallel
                + " at once)",
            0.5,
            driftParallelDiff.median() / baseline.seconds(),
            "%.2fx"));
    boolean callsOk = all.stream().allMatch(r -> r.callLogProblems().isEmpty());
    verdicts.add(
        "| API calls = lower bound in every run (reads: 1 GetCase and ceil(n / 25) ListCases pages,"
            + " or 1 page and 1 GetCase per case when other cases fill the first page; exactly the"
            + " planned UpdateCaseStatus calls and one CreateCaseComment per changed case in an up, none mutating in a preview) | "
            + (callsOk ? "yes, " + all.size() + " runs" : "no: " + firstProblem(all))
            + " | "
            + (callsOk ? "yes" : "**no**")
            + " |");
    verdicts.add(
        BenchmarkSuite.verdict(
            "peak RSS of the plugin (max over the runs)", RSS_TARGET_MIB, rss.max(), "%.0f MiB"));
  }

  static ManyCasesBench.Result print(ManyCasesBench.Result r) {
    System.out.printf(
        "  %-27s %4d cases %6.2f s  CPU %5.2f s  RSS %4.0f MiB  GetCase %d ListCases %d UpdateCaseStatus %d"
            + " CloseCase %d CreateCaseComment %d %s%n",
        r.mode(),
        r.cases(),
        r.seconds(),
        r.cpuSeconds(),
        r.peakRssMiB(),
        r.getCase(),
        r.listCases(),
        r.updateCaseStatus(),
        r.closeCase(),
        r.createCaseComment(),
        r.callLogProblems().isEmpty() ? "calls ok" : r.callLogProblems());
    return r;
  }

  private static void row(StringBuilder md, String label, List<ManyCasesBench.Result> results) {
    Stats s = stats(results, ManyCasesBench.Result::seconds);
    ManyCasesBench.Result first = results.get(0);
    md.append("| ")
        .append(label)
        .append(" | ")
        .append(results.size())
        .append(" | ")
        .append(s.cells("%.2f"))
        .append(" | ")
        .append(first.getCase())
        .append(" | ")
        .append(first.listCases())
        .append(" | ")
        .append(first.updateCaseStatus())
        .append(" | ")
        .append(first.closeCase())
        .append(" | ")
        .append(first.createCaseComment())
        .append(" | ")
        .append(results.stream().allMatch(r -> r.callLogProblems().isEmpty()) ? "yes" : "**no**")
        .append(" |\n");
  }

  private static String firstProblem(List<ManyCasesBench.Result> results) {
    return results.stream().flatMap(r -> r.callLogProblems().stream()).findFirst().orElse("");
  }

  /** One figure of each run, summarised. */
  static Stats stats(
      List<ManyCasesBench.Result> results, ToDoubleFunction<ManyCasesBench.Result> figure) {
    return Stats.of(results.stream().map(figure::applyAsDouble).toList());
  }
}
