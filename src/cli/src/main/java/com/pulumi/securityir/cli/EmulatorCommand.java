package com.pulumi.securityir.cli;

import com.pulumi.securityir.emulator.EmulatorOptions;
import com.pulumi.securityir.emulator.EmulatorStartException;
import com.pulumi.securityir.emulator.SecurityIrEmulator;
import com.pulumi.securityir.emulator.TransitionRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code securityir emulator}: runs the local Security IR emulator. Prints exactly one line on
 * stdout, the endpoint {@code http://127.0.0.1:PORT}, then serves until SIGINT/SIGTERM, when a
 * shutdown hook stops the server. Everything else goes to stderr.
 */
@Command(
    name = "emulator",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    description = {
      "Run a local AWS Security Incident Response emulator on 127.0.0.1.",
      "Prints the endpoint on the first stdout line, then serves until interrupted."
    })
public final class EmulatorCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "TCP port on 127.0.0.1; 0 = any free port (default).")
  private int port;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description =
          "Persist cases in FILE across restarts (loaded at start when it exists; the seed is then ignored).")
  private Path state;

  @Option(names = "--seed", paramLabel = "FILE", description = "YAML list of cases to start with.")
  private Path seed;

  @Option(
      names = "--latency-ms",
      defaultValue = "0",
      description = "Delay added to every API call (default 0).")
  private long latencyMs;

  @Option(
      names = "--rate-limit",
      paramLabel = "RPS",
      defaultValue = "0",
      description = "API calls per second before ThrottlingException; 0 = unlimited (default).")
  private double rateLimit;

  @Option(
      names = "--transition-graph",
      paramLabel = "documented|extended",
      defaultValue = "documented",
      description =
          "UpdateCaseStatus graph to enforce: documented (default) or extended "
              + "(adds Submitted -> Containment, Eradication and Recovery / Post-incident Activities).")
  private String graph;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    TransitionRules rules = TransitionRules.parse(graph).orElse(null);
    if (rules == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--transition-graph: '" + graph + "' is not a graph; use documented or extended");
    }
    EmulatorOptions options =
        EmulatorOptions.defaults()
            .withPort(port)
            .withStateFile(state)
            .withSeedFile(seed)
            .withLatencyMs(latencyMs)
            .withRateLimitRps(rateLimit)
            .withTransitionGraph(rules);
    SecurityIrEmulator emulator;
    try {
      emulator = SecurityIrEmulator.start(options);
    } catch (EmulatorStartException e) {
      e.problems().forEach(p -> err.println("securityir emulator: " + p));
      err.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "securityir-emulator-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(emulator.endpoint());
    out.flush();
    stopped.await();
    return 0;
  }
}
