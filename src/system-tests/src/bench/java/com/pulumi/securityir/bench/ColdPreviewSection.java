package com.pulumi.securityir.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's section on the cold plugin: a preview of 100 changed cases in engine order, the
 * plugin started fresh for it as the engine starts one per operation, from the checkout ({@code
 * bin/}, the build's JDK and its dynamic CDS archive) and from the release archive (its bundled
 * runtime and the archive trained for it), interleaved so that both see the same load.
 */
final class ColdPreviewSection {

  static final int CASES = 100;
  private static final double TARGET_S = 0.6;

  private ColdPreviewSection() {}

  static void write(
      StringBuilder md,
      List<String> verdicts,
      boolean quick,
      int latencyMs,
      int parallel,
      String installedProperty,
      String releaseDir)
      throws Exception {
    int runs = quick ? 1 : 5;
    List<ManyCasesBench.Result> checkout = new ArrayList<>();
    List<ManyCasesBench.Result> release = new ArrayList<>();
    System.out.printf("cold preview: %d cases, %d interleaved runs each%n", CASES, runs);
    String installed = System.getProperty(installedProperty, "");
    for (int run = 0; run < runs; run++) {
      checkout.add(ManyCasesSection.print(preview(latencyMs, parallel)));
      System.setProperty(installedProperty, releaseDir);
      try {
        release.add(ManyCasesSection.print(preview(latencyMs, parallel)));
      } finally {
        System.setProperty(installedProperty, installed);
      }
    }
    md.append("## Cold plugin: a preview of ")
        .append(CASES)
        .append(" changed cases\n\n")
        .append("Engine order as above (Check and Diff serially, Update(preview) on ")
        .append(parallel)
        .append(" workers), emulator at ")
        .append(latencyMs)
        .append(" ms per call; seconds from after Configure to the last answer, and the CPU time")
        .append(" (user + system) the plugin process used from its start, JVM start included.")
        .append(" Interleaved runs.\n\n")
        .append(
            "| plugin | runs | median s | min s | max s | median CPU s | calls = lower bound |\n")
        .append("|---|---|---|---|---|---|---|\n");
    row(md, "checkout: `bin/`, JDK 17 with its dynamic CDS archive", checkout);
    row(md, "release archive: bundled runtime with the archive trained for it", release);
    Stats fromArchive = ManyCasesSection.stats(release, ManyCasesBench.Result::seconds);
    md.append(
        String.format(
            "%nThe release archive's plugin takes %.2fx the time and %.2fx the CPU of the"
                + " checkout's.%n%n",
            fromArchive.median()
                / ManyCasesSection.stats(checkout, ManyCasesBench.Result::seconds).median(),
            ManyCasesSection.stats(release, ManyCasesBench.Result::cpuSeconds).median()
                / ManyCasesSection.stats(checkout, ManyCasesBench.Result::cpuSeconds).median()));
    verdicts.add(
        BenchmarkSuite.verdict(
            "cold plugin from the release archive, " + CASES + "-case preview (median)",
            TARGET_S,
            fromArchive.median(),
            "%.2f s"));
  }

  private static ManyCasesBench.Result preview(int latencyMs, int parallel) throws Exception {
    return ManyCasesBench.run(latencyMs, ManyCasesBench.Mode.PREVIEW, CASES, parallel, 0);
  }

  private static void row(StringBuilder md, String label, List<ManyCasesBench.Result> results) {
    md.append("| ")
        .append(label)
        .append(" | ")
        .append(results.size())
        .append(" | ")
        .append(ManyCasesSection.stats(results, ManyCasesBench.Result::seconds).cells("%.2f"))
        .append(" | ")
        .append(
            String.format(
                "%.2f",
                ManyCasesSection.stats(results, ManyCasesBench.Result::cpuSeconds).median()))
        .append(" | ")
        .append(results.stream().allMatch(r -> r.callLogProblems().isEmpty()) ? "yes" : "**no**")
        .append(" |\n");
  }
}
