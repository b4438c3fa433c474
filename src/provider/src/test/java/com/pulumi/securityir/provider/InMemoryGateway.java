package com.pulumi.securityir.provider;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reconcile.Reconciler;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A case service in memory for in-process provider tests: every case exists, self-managed, in
 * Detection and Analysis, and moves are accepted. Counts every call, so a test can assert that bad
 * input never reached the service. Thread-safe.
 */
final class InMemoryGateway implements CaseGateway {

  private final AtomicInteger calls = new AtomicInteger();

  int calls() {
    return calls.get();
  }

  @Override
  public CaseSnapshot read(CaseId caseId, Deadline deadline) {
    calls.incrementAndGet();
    return new CaseSnapshot(
        caseId,
        LifecycleStatus.DETECTION_AND_ANALYSIS,
        ResolverType.SELF,
        "title",
        "arn:aws:security-ir:us-east-1:123456789012:case/" + caseId);
  }

  @Override
  public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline deadline) {
    calls.incrementAndGet();
    return target;
  }

  @Override
  public LifecycleStatus close(CaseId caseId, Deadline deadline) {
    calls.incrementAndGet();
    return LifecycleStatus.CLOSED;
  }

  /** Services over this gateway, as the plugin's factory would build them. */
  ProviderServices.Factory factory(ExecutorService readers) {
    return configuration ->
        new ProviderServices(
            this,
            new Reconciler(this, new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED))),
            new CaseReads(this, readers));
  }
}
