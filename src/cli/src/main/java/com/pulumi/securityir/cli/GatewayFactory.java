package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.gateway.AdaptiveLimit;
import com.pulumi.securityir.gateway.CaseAuditTrail;
import com.pulumi.securityir.gateway.ConfigProblem;
import com.pulumi.securityir.gateway.GatewayConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the CLI reaches the case service: the one seam between its commands and AWS. {@link
 * SecurityIrCli#main} wires {@link AwsGatewayFactory}; tests wire a fake, so plan, apply and demo
 * run without a network. Implementations are thread-safe.
 */
@FunctionalInterface
interface GatewayFactory {

  /**
   * Opens the case service {@code config} names; never throws for bad configuration.
   *
   * @return the open service, which the caller must close, or every problem of the configuration
   */
  Opening open(GatewayConfig config);

  /** The result of {@link #open}. */
  sealed interface Opening {

    /** The service is open. */
    record Opened(OpenGateway gateway) implements Opening {
      public Opened {
        Objects.requireNonNull(gateway, "gateway");
      }
    }

    /** The configuration, or what was resolved from the environment, cannot be used. */
    record Refused(List<ConfigProblem> problems) implements Opening {
      public Refused {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
          throw new IllegalArgumentException("a refusal needs at least one problem");
        }
      }
    }
  }

  /**
   * An open case service. {@link #close()} releases it (the AWS client and its credential
   * providers); call it once, when the command is done.
   *
   * @param gateway reads and moves cases
   * @param auditTrail reads a case's edit history, for demo
   * @param endpoint the endpoint the calls go to, as resolved (user info redacted), e.g. {@code
   *     https://security-ir.us-east-1.api.aws}; a saved plan records it
   * @param region the region the calls are signed for, e.g. {@code us-east-1}
   * @param concurrency what the gateway's limit of calls at once has done so far, when it has one
   * @param closer releases the service
   */
  record OpenGateway(
      CaseGateway gateway,
      CaseAuditTrail auditTrail,
      String endpoint,
      String region,
      Supplier<Optional<AdaptiveLimit.Snapshot>> concurrency,
      Runnable closer)
      implements AutoCloseable {

    public OpenGateway {
      Objects.requireNonNull(gateway, "gateway");
      Objects.requireNonNull(auditTrail, "auditTrail");
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(concurrency, "concurrency");
      Objects.requireNonNull(closer, "closer");
    }

    /** A service without a limit of calls at once to report. */
    public OpenGateway(
        CaseGateway gateway,
        CaseAuditTrail auditTrail,
        String endpoint,
        String region,
        Runnable closer) {
      this(gateway, auditTrail, endpoint, region, Optional::empty, closer);
    }

    /**
     * Where the calls go, as the plan's first line names it, e.g. {@code
     * https://security-ir.us-east-1.api.aws, region us-east-1}.
     */
    public String target() {
      return endpoint + ", region " + region;
    }

    @Override
    public void close() {
      closer.run();
    }
  }
}
