package com.pulumi.securityir.cli;

import com.pulumi.securityir.gateway.AdaptiveLimit;
import com.pulumi.securityir.gateway.ConfigProblem;
import com.pulumi.securityir.gateway.GatewayConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens a {@link FakeCaseGateway} (or refuses with the problems a test names), and records every
 * configuration it was asked to open and how often the service was closed. Thread-safe.
 */
final class FakeGatewayFactory implements GatewayFactory {

  static final String ENDPOINT = "https://security-ir.fake.example";

  static final String REGION = "us-east-1";

  static final String TARGET = ENDPOINT + ", region " + REGION;

  private final FakeCaseGateway gateway;
  private final List<ConfigProblem> refusal;
  private final String endpoint;
  private final String region;
  private final Optional<AdaptiveLimit.Snapshot> concurrency;
  private final List<GatewayConfig> opened = new ArrayList<>();
  private int closed;

  private FakeGatewayFactory(
      FakeCaseGateway gateway,
      List<ConfigProblem> refusal,
      String endpoint,
      String region,
      Optional<AdaptiveLimit.Snapshot> concurrency) {
    this.gateway = gateway;
    this.refusal = List.copyOf(refusal);
    this.endpoint = endpoint;
    this.region = region;
    this.concurrency = concurrency;
  }

  private FakeGatewayFactory(
      FakeCaseGateway gateway, List<ConfigProblem> refusal, String endpoint, String region) {
    this(gateway, refusal, endpoint, region, Optional.empty());
  }

  /** This factory's gateway, reporting {@code snapshot} as what its limit of calls at once did. */
  FakeGatewayFactory reportingConcurrency(AdaptiveLimit.Snapshot snapshot) {
    return new FakeGatewayFactory(gateway, refusal, endpoint, region, Optional.of(snapshot));
  }

  /** A factory that opens {@code gateway}. */
  static FakeGatewayFactory over(FakeCaseGateway gateway) {
    return new FakeGatewayFactory(gateway, List.of(), ENDPOINT, REGION);
  }

  /** A factory that opens {@code gateway} as if it were at {@code endpoint} in {@code region}. */
  static FakeGatewayFactory over(FakeCaseGateway gateway, String endpoint, String region) {
    return new FakeGatewayFactory(gateway, List.of(), endpoint, region);
  }

  /** A factory that refuses every configuration with {@code problems}. */
  static FakeGatewayFactory refusing(ConfigProblem... problems) {
    return new FakeGatewayFactory(new FakeCaseGateway(), List.of(problems), ENDPOINT, REGION);
  }

  @Override
  public synchronized Opening open(GatewayConfig config) {
    opened.add(config);
    if (!refusal.isEmpty()) {
      return new Opening.Refused(refusal);
    }
    return new Opening.Opened(
        new OpenGateway(gateway, gateway, endpoint, region, () -> concurrency, this::closed));
  }

  private synchronized void closed() {
    closed++;
  }

  /** Every configuration asked for, in order. */
  synchronized List<GatewayConfig> opened() {
    return List.copyOf(opened);
  }

  /** How many times an opened service was closed. */
  synchronized int closedCount() {
    return closed;
  }
}
