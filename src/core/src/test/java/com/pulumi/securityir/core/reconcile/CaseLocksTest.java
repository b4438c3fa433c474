package com.pulumi.securityir.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.lifecycle.CaseId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CaseLocksTest {

  private final CaseLocks locks = new CaseLocks();
  private final CaseId caseId = CaseId.parse("8403556009").orElseThrow();

  @Test
  void forgetsCasesOnceNobodyHoldsOrWaitsForThem() {
    for (int i = 0; i < 1000; i++) {
      CaseId id = CaseId.parse(String.valueOf(1_000_000_000L + i)).orElseThrow();
      assertFalse(locks.acquire(id));
      locks.release(id);
    }
    assertEquals(0, locks.size());
  }

  @Test
  void aSecondHolderOfTheSameCaseWaitsAndIsToldItWaited() throws Exception {
    assertFalse(locks.acquire(caseId));
    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(
            () -> {
              boolean waited = locks.acquire(caseId);
              locks.release(caseId);
              return waited;
            });
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (locks.users(caseId) < 2 && System.nanoTime() < giveUp) {
      Thread.onSpinWait();
    }
    // The second thread has asked for the lock and cannot have it while the first holds it.
    assertEquals(2, locks.users(caseId));
    assertFalse(second.isDone());
    locks.release(caseId);
    assertTrue(second.get(10, TimeUnit.SECONDS));
    assertEquals(0, locks.size());
  }
}
