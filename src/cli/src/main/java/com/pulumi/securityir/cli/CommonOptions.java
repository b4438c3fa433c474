package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.gateway.ConfigProblem;
import com.pulumi.securityir.gateway.GatewayConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options {@code plan} and {@code apply} share. Values are only collected here; {@link
 * #problems()} validates them all at once, as data, with the option's name, the value and the fix.
 */
final class CommonOptions {

  static final int DEFAULT_PARALLEL = GatewayConfig.DEFAULT_MAX_CONCURRENCY;

  static final int DEFAULT_MAX_RETRIES = GatewayConfig.DEFAULT_MAX_ATTEMPTS - 1;

  static final int MAX_MAX_RETRIES = GatewayConfig.MAX_MAX_ATTEMPTS - 1;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "Service endpoint, e.g. http://127.0.0.1:PORT for the emulator. https:// only, except"
              + " loopback. Default: AWS_ENDPOINT_URL_SECURITY_IR, AWS_ENDPOINT_URL, the profile, or AWS.")
  String endpoint;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "AWS region, e.g. us-east-1. Default: AWS_REGION or the profile's region.")
  String region;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "Profile in ~/.aws/config for credentials and region. Default: AWS_PROFILE or the"
              + " default credential chain.")
  String profile;

  @Option(
      names = "--transition-graph",
      paramLabel = "documented|extended",
      defaultValue = "documented",
      description =
          "Which published transition list to plan with: documented (default) or extended.")
  String graph;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_PARALLEL,
      description =
          "Most cases read or moved at once, 1 to "
              + BoundedParallel.MAX_PARALLELISM
              + " (default "
              + DEFAULT_PARALLEL
              + "); fewer while the service throttles: halved on throttling, one more at a time"
              + " as calls succeed.")
  String parallel;

  @Option(
      names = "--max-retries",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_MAX_RETRIES,
      description =
          "Retries of one API call that was throttled, failed with a 5xx or lost its connection,"
              + " 0 to "
              + MAX_MAX_RETRIES
              + " (default "
              + DEFAULT_MAX_RETRIES
              + ").")
  String maxRetries;

  @Option(
      names = "--no-color",
      description = "No colours (also off when NO_COLOR is set or output is not a" + " terminal).")
  boolean noColor;

  @Option(
      names = "--debug",
      description =
          "Show stack traces of unexpected errors, and how far throttling brought the calls at"
              + " once down.")
  boolean debug;

  /** Every problem of these options, one line each; empty when they can be used. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (GraphVariant.parse(graph) instanceof Parsed.Failure<GraphVariant> f) {
      problems.add("--transition-graph: " + f.reason());
    }
    if (number(parallel, 1, BoundedParallel.MAX_PARALLELISM) < 0) {
      problems.add(
          "--parallel '"
              + OneLine.input(parallel)
              + "': use a number from 1 to "
              + BoundedParallel.MAX_PARALLELISM
              + " (default "
              + DEFAULT_PARALLEL
              + ")");
    }
    if (number(maxRetries, 0, MAX_MAX_RETRIES) < 0) {
      problems.add(
          "--max-retries '"
              + OneLine.input(maxRetries)
              + "': use a number from 0 (no retries) to "
              + MAX_MAX_RETRIES
              + " (default "
              + DEFAULT_MAX_RETRIES
              + ")");
    }
    for (ConfigProblem problem : gatewayConfig().validate()) {
      problems.add(describe(problem));
    }
    return problems;
  }

  /** Cases read or moved at once; call only after {@link #problems()} came back empty. */
  int parallel() {
    return number(parallel, 1, BoundedParallel.MAX_PARALLELISM);
  }

  /** A whole number from {@code min} to {@code max} in plain digits, or -1. */
  private static int number(String text, int min, int max) {
    if (text == null || !text.matches("[0-9]{1,3}")) {
      return -1;
    }
    int value = Integer.parseInt(text);
    return value >= min && value <= max ? value : -1;
  }

  /** The graph; call only after {@link #problems()} came back empty. */
  GraphVariant graphVariant() {
    return GraphVariant.parse(graph).orElseThrow();
  }

  /** The gateway settings given on the command line; unset ones fall back to the SDK's sources. */
  GatewayConfig gatewayConfig() {
    int retries = number(maxRetries, 0, MAX_MAX_RETRIES);
    int atOnce = number(parallel, 1, BoundedParallel.MAX_PARALLELISM);
    // A bad --parallel is reported as such above, not a second time as the gateway's field.
    return GatewayConfig.builder()
        .endpoint(endpoint)
        .region(region)
        .profile(profile)
        .maxAttempts(retries < 0 ? GatewayConfig.DEFAULT_MAX_ATTEMPTS : retries + 1)
        .maxConcurrency(atOnce < 0 ? DEFAULT_PARALLEL : atOnce)
        .build();
  }

  private static final Map<String, String> OPTION_NAMES =
      Map.of("endpoint", "--endpoint", "region", "--region", "profile", "--profile");

  /** A gateway problem worded with the option's name when it came from an option. */
  static String describe(ConfigProblem problem) {
    String field = OPTION_NAMES.getOrDefault(problem.field(), problem.field());
    return field + " '" + problem.value() + "': " + problem.fix();
  }
}
