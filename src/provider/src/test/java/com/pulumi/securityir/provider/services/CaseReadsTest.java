package com.pulumi.securityir.provider.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CaseReadsTest {

  private static final CaseId CASE = new CaseId("8403556009");
  private static final CaseSnapshot MOVED =
      new CaseSnapshot(CASE, LifecycleStatus.CLOSED, ResolverType.SELF, "t", "arn");

  /** Every read waits for {@link #release} and then fails, as a dropped connection would. */
  private static final class FailingReads implements CaseGateway {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public CaseSnapshot read(CaseId caseId, Deadline deadline) {
      reads.incrementAndGet();
      try {
        assertTrue(release.await(10, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new CaseGatewayException(CaseGatewayException.Kind.UNREACHABLE, "connection lost");
    }

    @Override
    public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline d) {
      throw new AssertionError("reads only");
    }

    @Override
    public LifecycleStatus close(CaseId caseId, Deadline deadline) {
      throw new AssertionError("reads only");
    }

    @Override
    public CasePage listCases(Optional<String> nextToken, Deadline deadline) {
      throw new AssertionError("reads only");
    }

    @Override
    public String addComment(CaseId caseId, String body, String token, Deadline deadline) {
      throw new AssertionError("reads only");
    }
  }

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aFailedPrefetchNeverForgetsAStatusRememberedWhileItRan() throws Exception {
    FailingReads gateway = new FailingReads();
    CaseReads reads = new CaseReads(gateway, executor);
    reads.prefetch(CASE);
    reads.remember(MOVED);
    gateway.release.countDown();
    executor.shutdown();
    assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    assertEquals(Optional.of(MOVED), reads.peek(CASE));
  }

  @Test
  void aFailedPrefetchIsForgottenSoTheNextGetReadsAgain() throws Exception {
    FailingReads gateway = new FailingReads();
    CaseReads reads = new CaseReads(gateway, executor);
    reads.prefetch(CASE);
    gateway.release.countDown();
    CaseGatewayException first = assertThrows(CaseGatewayException.class, () -> reads.get(CASE));
    assertEquals(CaseGatewayException.Kind.UNREACHABLE, first.kind());
    int afterFirst = gateway.reads.get();
    assertThrows(CaseGatewayException.class, () -> reads.get(CASE));
    assertTrue(gateway.reads.get() > afterFirst, "the failed read was kept, not read again");
  }
}
