package com.pulumi.securityir.bench;

import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.provider.harness.EngineHarness;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The report's section "`securityir` against a boto3 script": measures with {@link PeerBench} and
 * writes the table, the ratios to the threaded script, the call counts of both, and the verdicts.
 */
final class PeerSection {

  private static final double RATIO_TARGET = 1.0;

  private PeerSection() {}

  static void write(
      StringBuilder md, List<String> verdicts, boolean quick, int latencyMs, int threads)
      throws Exception {
    int cases = quick ? 50 : 500;
    int rounds = quick ? 1 : 3;
    md.append("## `securityir` against a boto3 script, ")
        .append(cases)
        .append(" cases at ")
        .append(latencyMs)
        .append(" ms per API call\n\n");
    Optional<String> boto3 = PeerBench.boto3Version();
    String missing =
        !Files.isExecutable(EngineHarness.projectDir().resolve("bin/securityir"))
            ? "`bin/securityir` is not in this checkout"
            : boto3.isEmpty() ? "`python3` with boto3 is not on PATH" : "";
    if (!missing.isEmpty()) {
      md.append("Not run: ").append(missing).append(".\n\n");
      verdicts.add(
          "| `securityir` / boto3 on " + threads + " threads | not run (" + missing + ") | - |");
      System.out.println("peer: skipped, " + missing);
      return;
    }
    System.out.printf(
        "peer: %d cases, %s of plan and apply, securityir and boto3 %s%n",
        cases, Plural.count(rounds, "round"), boto3.get());
    List<PeerBench.Result> results =
        new PeerBench(EngineHarness.projectDir().resolve("target/bench/peer"), latencyMs, threads)
            .run(cases, rounds);
    md.append("The same ")
        .append(cases)
        .append(" self-managed cases, seeded in ")
        .append(ManyCasesBench.FROM)
        .append(" and declared in ")
        .append(ManyCasesBench.TO)
        .append(" (two moves each), with a fresh emulator per measurement")
        .append(" (`bin/securityir emulator --port 0 --latency-ms ")
        .append(latencyMs)
        .append("`) holding exactly those cases; ")
        .append(Plural.count(rounds, "round"))
        .append(", each measuring every cell in turn. `securityir`: `bin/securityir plan` and")
        .append(" `bin/securityir apply --yes --no-comment` (no comment, so both make the same")
        .append(" moves), default options, spawn to exit, JVM start included. boto3 ")
        .append(boto3.get())
        .append(": `bench/boto3_peer.py` (`get_case`, then `update_case_status` per move along the")
        .append(" same route), on one thread and on a pool of ")
        .append(threads)
        .append("; its own timing, after imports and client creation, leaves Python's start-up out")
        .append(" (the whole process in the *process* column). Medians, seconds.\n\n")
        .append("| work | `securityir` | boto3, serial | boto3, ")
        .append(threads)
        .append(" threads | boto3, ")
        .append(threads)
        .append(" threads, process | `securityir` / boto3 ")
        .append(threads)
        .append(" threads | calls, `securityir` | calls, boto3 | same calls | checks |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (PeerBench.Work work : PeerBench.Work.values()) {
      List<PeerBench.Result> mine = of(results, work, PeerBench.Tool.SECURITYIR);
      List<PeerBench.Result> serial = of(results, work, PeerBench.Tool.BOTO3_SERIAL);
      List<PeerBench.Result> pool = of(results, work, PeerBench.Tool.BOTO3_THREADS);
      double ratio =
          median(mine, PeerBench.Result::seconds) / median(pool, PeerBench.Result::seconds);
      List<PeerBench.Result> boto3Runs =
          results.stream()
              .filter(r -> r.work() == work && r.tool() != PeerBench.Tool.SECURITYIR)
              .toList();
      boolean sameCalls =
          mine.stream().map(PeerBench.Result::calls).distinct().count() == 1
              && boto3Runs.stream().allMatch(r -> r.calls().equals(mine.get(0).calls()));
      List<String> problems =
          results.stream()
              .filter(r -> r.work() == work)
              .flatMap(r -> r.problems().stream().map(p -> r.tool().label + ": " + p))
              .toList();
      String label = work == PeerBench.Work.PLAN ? "plan (reads only)" : "apply, 2 moves per case";
      md.append("| ")
          .append(label)
          .append(" | ")
          .append(cell(mine, PeerBench.Result::seconds))
          .append(" | ")
          .append(cell(serial, PeerBench.Result::seconds))
          .append(" | ")
          .append(cell(pool, PeerBench.Result::seconds))
          .append(" | ")
          .append(cell(pool, PeerBench.Result::processSeconds))
          .append(" | ")
          .append(String.format("%.2fx", ratio))
          .append(" | ")
          .append(calls(mine.get(0).calls()))
          .append(" | ")
          .append(calls(pool.get(0).calls()))
          .append(" | ")
          .append(sameCalls ? "yes" : "**no**")
          .append(" | ")
          .append(problems.isEmpty() ? "ok" : "**" + problems.get(0) + "**")
          .append(" |\n");
      verdicts.add(
          BenchmarkSuite.verdict(
              "`securityir "
                  + work.name().toLowerCase()
                  + "` at "
                  + cases
                  + " cases / boto3 on "
                  + threads
                  + " threads (median ratio, same run)",
              RATIO_TARGET,
              ratio,
              "%.2fx"));
    }
    List<String> problems =
        results.stream()
            .flatMap(r -> r.problems().stream().map(p -> r.tool().label + ": " + p))
            .toList();
    verdicts.add(
        "| `securityir` and boto3: every call 2xx, exactly the planned moves, none in a plan ("
            + results.size()
            + " runs) | "
            + (problems.isEmpty() ? "yes" : "no: " + problems.get(0))
            + " | "
            + (problems.isEmpty() ? "yes" : "**no**")
            + " |");
    md.append(
        "\n*Checks*: every call answered 2xx, no call for another case, per case exactly the"
            + " planned moves (none in a plan), `securityir` exited as documented (plan 2: changes"
            + " pending; apply 0: every case declared) and the script planned or moved every"
            + " case. Reads are counted, not judged: a list-based read strategy makes fewer.\n\n");
    List<PeerBench.Result> serial =
        results.stream().filter(r -> r.tool() == PeerBench.Tool.BOTO3_SERIAL).toList();
    double perCall =
        Stats.of(
                serial.stream()
                    .map(r -> r.seconds() * 1000 / total(r.calls()) - latencyMs)
                    .toList())
            .median();
    double startUp =
        Stats.of(
                results.stream()
                    .filter(r -> r.tool() != PeerBench.Tool.SECURITYIR)
                    .map(r -> r.processSeconds() - r.seconds())
                    .toList())
            .median();
    md.append(
        String.format(
            "Measured beside the figures: the serial script spends %.1f ms per call beyond the %d ms"
                + " latency (client, HTTP and emulator; median over its runs), and Python's start-up,"
                + " imports and client creation, which its figures leave out, take %.2f s (process"
                + " minus script, median).%n%n",
            perCall, latencyMs, startUp));
  }

  private static long total(Map<String, Long> calls) {
    return calls.values().stream().mapToLong(Long::longValue).sum();
  }

  private static List<PeerBench.Result> of(
      List<PeerBench.Result> results, PeerBench.Work work, PeerBench.Tool tool) {
    return results.stream().filter(r -> r.work() == work && r.tool() == tool).toList();
  }

  private static double median(
      List<PeerBench.Result> results, ToDoubleFunction<PeerBench.Result> f) {
    return Stats.of(results.stream().map(f::applyAsDouble).toList()).median();
  }

  /** The median, with min-max when there is more than one run. */
  private static String cell(List<PeerBench.Result> results, ToDoubleFunction<PeerBench.Result> f) {
    Stats s = Stats.of(results.stream().map(f::applyAsDouble).toList());
    return s.runs() == 1
        ? String.format("%.2f", s.median())
        : String.format("%.2f (%.2f-%.2f)", s.median(), s.min(), s.max());
  }

  private static String calls(Map<String, Long> byOperation) {
    return byOperation.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
