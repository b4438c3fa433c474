package com.pulumi.securityir.emulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to run an emulator.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param stateFile file that persists cases across restarts (atomic writes), or {@code null} for
 *     memory only; when it exists at start it is loaded and the seed file is ignored
 * @param seedFile YAML list of cases to start with, or {@code null}
 * @param latencyMs delay added to every API call (0 = none)
 * @param rateLimitRps API calls per second allowed before ThrottlingException (0 = unlimited)
 * @param transitionGraph which published UpdateCaseStatus graph to enforce
 * @param region region for case ARNs when a request's signing scope names none
 */
public record EmulatorOptions(
    int port,
    Path stateFile,
    Path seedFile,
    long latencyMs,
    double rateLimitRps,
    TransitionRules transitionGraph,
    String region) {

  /**
   * Any free port, in memory, no seed, no latency or rate limit, the documented graph, us-east-1.
   */
  public static EmulatorOptions defaults() {
    return new EmulatorOptions(
        0, null, null, 0, 0, TransitionRules.DOCUMENTED, EmulatorDefaults.REGION);
  }

  public EmulatorOptions withPort(int p) {
    return new EmulatorOptions(
        p, stateFile, seedFile, latencyMs, rateLimitRps, transitionGraph, region);
  }

  public EmulatorOptions withStateFile(Path p) {
    return new EmulatorOptions(port, p, seedFile, latencyMs, rateLimitRps, transitionGraph, region);
  }

  public EmulatorOptions withSeedFile(Path p) {
    return new EmulatorOptions(
        port, stateFile, p, latencyMs, rateLimitRps, transitionGraph, region);
  }

  public EmulatorOptions withLatencyMs(long ms) {
    return new EmulatorOptions(
        port, stateFile, seedFile, ms, rateLimitRps, transitionGraph, region);
  }

  public EmulatorOptions withRateLimitRps(double rps) {
    return new EmulatorOptions(port, stateFile, seedFile, latencyMs, rps, transitionGraph, region);
  }

  public EmulatorOptions withTransitionGraph(TransitionRules g) {
    return new EmulatorOptions(port, stateFile, seedFile, latencyMs, rateLimitRps, g, region);
  }

  /** Every problem with these options, each naming the option and the fix; empty when usable. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (port < 0 || port > 65535) {
      p.add("port " + port + " is out of range; use 0 (any free port) to 65535");
    }
    if (latencyMs < 0 || latencyMs > 60_000) {
      p.add("latency " + latencyMs + " ms is out of range; use 0 to 60000");
    }
    if (Double.isNaN(rateLimitRps) || rateLimitRps < 0 || rateLimitRps > 100_000) {
      p.add(
          "rate limit "
              + rateLimitRps
              + " is out of range; use 0 (unlimited) to 100000 requests per second");
    }
    if (transitionGraph == null) {
      p.add("transition graph is missing; use documented or extended");
    }
    if (region == null || !region.matches("[a-z]+-[a-z]+-[0-9]+")) {
      p.add("region '" + region + "' is not a region code such as us-east-1");
    }
    return p;
  }
}
