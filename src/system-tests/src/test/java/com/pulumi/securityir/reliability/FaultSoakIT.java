package com.pulumi.securityir.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.securityir.provider.harness.EmulatorProcess;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault soak (see {@link FaultSoak}). The default build runs it with 20 cases; the {@code soak}
 * profile ({@code reliability/run}) runs 200. The seed is printed and can be replayed with {@code
 * -Dsecurityir.soak.seed=N}; the figures go to stdout and {@code
 * target/reliability/soak-[cli-]<cases>-retries<n>.md}. Each scenario runs through the plugin (the
 * engine-like harness) and through the CLI ({@code bin/securityir apply --yes}).
 */
class FaultSoakIT {

  /** Retries absorb most faults: every reachable case must converge within three runs. */
  @Test
  void everyReachableCaseConvergesWithinThreeRunsUnderFaultsAndConcurrentMoves() throws Exception {
    soak(9, 3, null);
  }

  /**
   * The same cases and faults through {@code bin/securityir apply --yes --max-retries 9}, three
   * runs: every reachable case converges, and what the CLI prints for each case is its live status.
   */
  @Test
  void theCliConvergesEveryReachableCaseWithinThreeRunsAndReportsLiveStatuses(@TempDir Path dir)
      throws Exception {
    soak(9, 3, dir);
  }

  /**
   * Two retries through the CLI: applies stop part-way, each naming the status it reached, and
   * later runs resume from the live status.
   */
  @Test
  void theCliNamesTheReachedStatusOfEveryPartialStopAndLaterRunsResume(@TempDir Path dir)
      throws Exception {
    soak(2, 8, dir);
  }

  /**
   * Two attempts per call let many faults reach the reconciler, so walks stop part-way: every
   * partial stop must record the status reached, and the carried state must still converge.
   */
  @Test
  void partialStopsRecordTheReachedStatusAndLaterRunsResumeFromIt() throws Exception {
    soak(2, 8, null);
  }

  /**
   * 30% of every call throttled (Retry-After 0) through {@code bin/securityir apply --parallel 16
   * --debug}, one run: every case converges with no move made twice, and the limit of calls at once
   * came down below 16.
   */
  @Test
  void theCliConvergesEveryCaseInOneRunUnder30PercentThrottlingWithFewerCallsAtOnce(
      @TempDir Path dir) throws Exception {
    soak(9, 1, 16, FaultSoak.Faults.THROTTLING, dir);
  }

  /** Runs the soak through the plugin, or through the CLI in {@code cliDir} when it is given. */
  private static void soak(int maxRetries, int runs, Path cliDir) throws Exception {
    soak(maxRetries, runs, 8, FaultSoak.Faults.MIXED, cliDir);
  }

  private static void soak(
      int maxRetries, int runs, int parallel, FaultSoak.Faults faults, Path cliDir)
      throws Exception {
    int cases = Integer.getInteger("securityir.soak.cases", 20);
    String seedText = System.getProperty("securityir.soak.seed", "");
    long seed =
        seedText.isBlank()
            ? ThreadLocalRandom.current().nextLong(1, 1_000_000_000L)
            : Long.parseLong(seedText.strip());
    FaultSoak.Config config = new FaultSoak.Config(cases, seed, runs, parallel, maxRetries, faults);
    System.out.println(
        "fault soak through the "
            + (cliDir == null ? "plugin" : "CLI")
            + ": "
            + cases
            + " cases, maxRetries "
            + maxRetries
            + ", parallel "
            + parallel
            + ", "
            + faults
            + " faults, seed "
            + seed
            + " (replay with -Dsecurityir.soak.seed="
            + seed
            + ")");
    FaultSoak.Result result;
    try (EmulatorProcess emulator = EmulatorProcess.start()) {
      FaultSoak soak = new FaultSoak(config, emulator);
      result = cliDir == null ? soak.run() : soak.runThroughCli(cliDir);
    }
    String machine =
        InetAddress.getLocalHost().getHostName()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " CPUs, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", Java "
            + System.getProperty("java.version");
    String report = result.figures().toMarkdown(config, machine, LocalDate.now().toString());
    System.out.println(report);
    Path out = Path.of("target", "reliability");
    Files.createDirectories(out);
    Files.writeString(
        out.resolve(
            "soak-"
                + (cliDir == null ? "" : "cli-")
                + (faults == FaultSoak.Faults.MIXED ? "" : "throttling-")
                + cases
                + "-retries"
                + maxRetries
                + ".md"),
        report);
    assertEquals(List.of(), result.violations(), () -> "seed " + seed + "\n" + report);
  }
}
