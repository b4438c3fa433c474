package com.pulumi.securityir.bench;

import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;

/**
 * Cold start of {@code bin/pulumi-resource-securityir} as the engine sees it, through the test
 * harness: spawn to the port line, and spawn to the answer of the first Check after Handshake,
 * CheckConfig and Configure. Variants run interleaved, round by round, so that load on the shared
 * machine hits them alike. The harness starts its in-process Engine service before spawning, which
 * adds well under a millisecond once warm; the figures include it.
 */
final class ColdStartBench {

  /**
   * A launch variant: a label, the environment the launcher sees, and the harness's system
   * properties that choose the plugin spawned ({@code securityir.project.dir} for a checkout's
   * {@code bin/}, this one or a baseline build of another commit; {@code
   * securityir.plugin.installed} for one installed from the release archive).
   */
  record Variant(String label, Map<String, String> environment, Map<String, String> properties) {

    static Variant checkout(String label, Map<String, String> environment, Path checkout) {
      return new Variant(
          label, environment, Map.of(PROJECT_DIR, checkout.toString(), INSTALLED, ""));
    }

    static Variant installed(String label, Path pluginDirectory) {
      return new Variant(label, Map.of(), Map.of(INSTALLED, pluginDirectory.toString()));
    }
  }

  /** Per variant: spawn-to-port and spawn-to-first-Check-answer samples in milliseconds. */
  record Result(Variant variant, Stats port, Stats firstCheck) {}

  private static final String PROJECT_DIR = "securityir.project.dir";
  private static final String INSTALLED = "securityir.plugin.installed";

  private ColdStartBench() {}

  static List<Result> run(List<Variant> variants, int warmups, int rounds) throws IOException {
    HttpServer aws = stubService();
    try {
      Map<Variant, List<Double>> ports = new LinkedHashMap<>();
      Map<Variant, List<Double>> checks = new LinkedHashMap<>();
      for (int round = 0; round < warmups + rounds; round++) {
        for (Variant variant : variants) {
          double[] sample = once(variant, "http://127.0.0.1:" + aws.getAddress().getPort());
          if (round >= warmups) {
            ports.computeIfAbsent(variant, v -> new ArrayList<>()).add(sample[0]);
            checks.computeIfAbsent(variant, v -> new ArrayList<>()).add(sample[1]);
          }
        }
      }
      List<Result> results = new ArrayList<>();
      for (Variant variant : variants) {
        results.add(
            new Result(variant, Stats.of(ports.get(variant)), Stats.of(checks.get(variant))));
      }
      return results;
    } finally {
      aws.stop(0);
    }
  }

  private static double[] once(Variant variant, String endpoint) throws IOException {
    // The harness reads these properties at each launch; the rounds run one at a time.
    Map<String, String> before = new HashMap<>();
    variant.properties().forEach((key, value) -> before.put(key, System.getProperty(key, "")));
    variant.properties().forEach(System::setProperty);
    try {
      return timed(variant, endpoint);
    } finally {
      before.forEach(System::setProperty);
    }
  }

  private static double[] timed(Variant variant, String endpoint) throws IOException {
    long start = System.nanoTime();
    try (EngineHarness harness =
        EngineHarness.launch(new EngineHarness.Options(List.of(), variant.environment()))) {
      long port = System.nanoTime();
      EngineSession session = new EngineSession(harness);
      session.handshake();
      if (!session.configure(config(endpoint)).isEmpty()) {
        throw new IllegalStateException("configuration refused");
      }
      CheckResponse checked =
          harness
              .provider()
              .check(
                  CheckRequest.newBuilder()
                      .setUrn(EngineSession.urn("first"))
                      .setName("first")
                      .setType(EngineSession.TYPE)
                      .setNews(
                          EngineHarness.struct(
                              Map.of("caseId", "8403556009", "status", "Detection and Analysis")))
                      .build());
      long check = System.nanoTime();
      if (checked.getFailuresCount() > 0 || !harness.strayStdout().isEmpty()) {
        throw new IllegalStateException("unexpected answer: " + checked + harness.strayStdout());
      }
      return new double[] {(port - start) / 1e6, (check - start) / 1e6};
    }
  }

  static Map<String, Object> config(String endpoint) {
    Map<String, Object> config = new HashMap<>();
    config.put("region", "us-east-1");
    config.put("endpoint", endpoint);
    config.put("accessKey", EngineHarness.secret("AKIDBENCH00000000000"));
    config.put("secretKey", EngineHarness.secret("bench-secret-key"));
    config.put("maxRetries", 0);
    config.put("version", "0.1.0");
    return config;
  }

  /** Answers GetCase for any case, so the plugin's background read after Check succeeds. */
  private static HttpServer stubService() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] body =
                "{\"caseStatus\":\"Submitted\",\"resolverType\":\"Self\",\"title\":\"t\",\"caseArn\":\"arn:aws:security-ir:us-east-1:123456789012:case/1\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        });
    server.start();
    return server;
  }
}
