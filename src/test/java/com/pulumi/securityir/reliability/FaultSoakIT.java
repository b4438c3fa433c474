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

/**
 * The fault soak (see {@link FaultSoak}). The default build runs it with 20 cases; the {@code soak}
 * profile ({@code reliability/run}) runs 200. The seed is printed and can be replayed with {@code
 * -Dsecurityir.soak.seed=N}; the figures go to stdout and {@code target/reliability/soak-<cases>.md}.
 */
class FaultSoakIT {

  @Test
  void everyReachableCaseConvergesWithinThreeRunsUnderFaultsAndConcurrentMoves() throws Exception {
    int cases = Integer.getInteger("securityir.soak.cases", 20);
    String seedText = System.getProperty("securityir.soak.seed", "");
    long seed = seedText.isBlank() ? ThreadLocalRandom.current().nextLong(1, 1_000_000_000L) : Long.parseLong(seedText.strip());
    FaultSoak.Config config = new FaultSoak.Config(cases, seed, 3, 8, 9);
    System.out.println("fault soak: " + cases + " cases, seed " + seed + " (replay with -Dsecurityir.soak.seed=" + seed + ")");
    FaultSoak.Result result;
    try (EmulatorProcess emulator = EmulatorProcess.start()) {
      result = new FaultSoak(config, emulator).run();
    }
    String machine =
        InetAddress.getLocalHost().getHostName() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, "
            + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
    String report = result.figures().toMarkdown(config, machine, LocalDate.now().toString());
    System.out.println(report);
    Path out = Path.of("target", "reliability");
    Files.createDirectories(out);
    Files.writeString(out.resolve("soak-" + cases + ".md"), report);
    assertEquals(List.of(), result.violations(), () -> "seed " + seed + "\n" + report);
  }
}
