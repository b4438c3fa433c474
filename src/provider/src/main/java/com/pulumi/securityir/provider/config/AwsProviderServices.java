package com.pulumi.securityir.provider.config;

import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.gateway.AwsCaseGateway;
import com.pulumi.securityir.gateway.ConfigProblem;
import com.pulumi.securityir.gateway.GatewayOpening;
import com.pulumi.securityir.provider.services.CaseDetailReads;
import com.pulumi.securityir.provider.services.CaseReads;
import com.pulumi.securityir.provider.services.MembershipReads;
import com.pulumi.securityir.provider.services.ProviderServices;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/** Builds the provider's services over the AWS SDK gateway. */
public final class AwsProviderServices {

  /**
   * Reads in flight at once while prefetching, and the bound of the gateway's adaptive limit of
   * attempts at once (reads and moves). Enough that a preview of hundreds of cases is bound by
   * latency, not by this number; if the service throttles, the gateway's limit halves and its
   * retries (which honour Retry-After) absorb the rest.
   */
  public static final int READ_CONCURRENCY = 32;

  private AwsProviderServices() {}

  public static ServicesFactory factory() {
    return configuration -> {
      GatewayOpening opening = AwsCaseGateway.open(configuration.gateway());
      if (opening instanceof GatewayOpening.Refused refused) {
        return Parsed.failure(
            "the securityir provider cannot reach AWS with this configuration: "
                + refused.problems().stream()
                    .map(ConfigProblem::describe)
                    .collect(Collectors.joining("; ")));
      }
      AwsCaseGateway gateway = ((GatewayOpening.Ready) opening).gateway();
      ExecutorService readers =
          Executors.newFixedThreadPool(
              READ_CONCURRENCY,
              runnable -> {
                Thread thread = new Thread(runnable, "case-reader");
                thread.setDaemon(true);
                return thread;
              });
      Reconciler reconciler =
          new Reconciler(gateway, new Planner(TransitionGraph.of(configuration.transitionGraph())));
      return Parsed.success(
          new ProviderServices(
              gateway,
              reconciler,
              new CaseReads(gateway, readers),
              new CaseDetailReads(gateway.details()),
              new MembershipReads(gateway.memberships())));
    };
  }
}
