package com.pulumi.securityir.provider;

import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.gateway.AwsCaseGateway;
import com.pulumi.securityir.gateway.ConfigProblem;
import com.pulumi.securityir.gateway.GatewayOpening;
import io.grpc.Status;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/** Builds the provider's services over the AWS SDK gateway. */
final class AwsProviderServices {

  /**
   * Reads in flight at once while prefetching. Enough that a preview of hundreds of cases is bound
   * by latency, not by this number; if the service throttles, the gateway's retries (which honour
   * Retry-After) absorb it.
   */
  static final int READ_CONCURRENCY = 32;

  private AwsProviderServices() {}

  static ProviderServices.Factory factory() {
    return configuration -> {
      GatewayOpening opening = AwsCaseGateway.open(configuration.gateway());
      if (opening instanceof GatewayOpening.Refused refused) {
        throw Status.FAILED_PRECONDITION
            .withDescription(
                "the securityir provider cannot reach AWS with this configuration: "
                    + refused.problems().stream()
                        .map(ConfigProblem::describe)
                        .collect(Collectors.joining("; ")))
            .asRuntimeException();
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
      return new ProviderServices(gateway, reconciler, new CaseReads(gateway, readers));
    };
  }
}
