package com.pulumi.securityir.provider.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads by the page: the call counts are computed here from the page size the service documents
 * (ListCases returns at most 25 cases per page in the order it keeps), not taken from the code.
 */
class CaseReadsPagingTest {

  private static final int PAGE = 25;

  /** An account whose cases ListCases shows in creation order, 25 per page; counts every call. */
  private static final class Account implements CaseGateway {
    final List<CaseSnapshot> cases = new ArrayList<>();
    final AtomicInteger getCase = new AtomicInteger();
    final AtomicInteger listCases = new AtomicInteger();
    final Set<CaseId> readTwice = ConcurrentHashMap.newKeySet();
    private final Set<CaseId> readOnce = ConcurrentHashMap.newKeySet();
    volatile boolean pagesFail;

    Account(int count, LifecycleStatus status) {
      add(count, status);
    }

    Account add(int count, LifecycleStatus status) {
      int first = cases.size();
      for (int i = first; i < first + count; i++) {
        cases.add(snapshot(i, status));
      }
      return this;
    }

    CaseId id(int index) {
      return cases.get(index).caseId();
    }

    @Override
    public CaseSnapshot read(CaseId caseId, Deadline deadline) {
      getCase.incrementAndGet();
      if (!readOnce.add(caseId)) {
        readTwice.add(caseId);
      }
      return cases.stream()
          .filter(c -> c.caseId().equals(caseId))
          .findFirst()
          .orElseThrow(
              () -> new CaseGatewayException(CaseGatewayException.Kind.CASE_NOT_FOUND, "no case"));
    }

    @Override
    public CasePage listCases(Optional<String> nextToken, Deadline deadline) {
      listCases.incrementAndGet();
      if (pagesFail) {
        throw new CaseGatewayException(CaseGatewayException.Kind.THROTTLED, "slow down");
      }
      int from = nextToken.map(Integer::parseInt).orElse(0);
      int to = Math.min(cases.size(), from + PAGE);
      return new CasePage(
          cases.subList(from, to),
          to < cases.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
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
    public String addComment(CaseId caseId, String body, String token, Deadline deadline) {
      throw new AssertionError("reads only");
    }
  }

  private static CaseSnapshot snapshot(int index, LifecycleStatus status) {
    CaseId id = new CaseId(Long.toString(8_400_000_000L + index));
    return new CaseSnapshot(id, status, ResolverType.SELF, "title " + index, "arn:" + index);
  }

  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aSingleCaseIsReadWithGetCaseAlone() {
    Account account = new Account(60, LifecycleStatus.SUBMITTED);
    CaseReads reads = new CaseReads(account, executor);
    assertEquals(account.cases.get(7), reads.get(account.id(7)));
    assertEquals(1, account.getCase.get());
    assertEquals(0, account.listCases.get());
  }

  /**
   * Cases asked for one after the other, as the engine's Check and Diff ask: the first costs a
   * GetCase, every other is shown by the fewest pages that cover the account.
   */
  @ParameterizedTest(name = "{0} cases: 1 GetCase and {1} pages")
  @CsvSource({"2, 1", "3, 1", "25, 1", "26, 2", "100, 4", "500, 20"})
  void casesAskedOneAfterAnotherCostOneGetCaseAndTheFewestPages(int count, int pages) {
    Account account = new Account(count, LifecycleStatus.DETECTION_AND_ANALYSIS);
    CaseReads reads = new CaseReads(account, executor);
    for (int i = 0; i < count; i++) {
      assertEquals(account.cases.get(i), reads.get(account.id(i)));
    }
    assertEquals(1, account.getCase.get());
    assertEquals(pages, account.listCases.get());
  }

  @Test
  void casesThePagesWithinBudgetDoNotShowAreReadWithGetCase() {
    // 100 closed cases come first in the service's order: the two declared ones are on page 5,
    // but two cases are worth at most one page.
    Account account = new Account(100, LifecycleStatus.CLOSED).add(2, LifecycleStatus.SUBMITTED);
    CaseReads reads = new CaseReads(account, executor);
    assertEquals(account.cases.get(100), reads.get(account.id(100)));
    assertEquals(account.cases.get(101), reads.get(account.id(101)));
    assertEquals(2, account.getCase.get());
    assertEquals(1, account.listCases.get());
  }

  @Test
  void pagesStopOnceTheySaveFewerReadsThanTheyCost() {
    // The service lists 100 other cases first: page 1 shows none of the 60 declared ones, so no
    // second page is worth reading, although 60 cases would be worth three.
    Account account = new Account(100, LifecycleStatus.CLOSED).add(60, LifecycleStatus.SUBMITTED);
    CaseReads reads = new CaseReads(account, executor);
    for (int i = 100; i < 160; i++) {
      assertEquals(account.cases.get(i), reads.get(account.id(i)));
    }
    assertEquals(1, account.listCases.get());
    assertEquals(60, account.getCase.get());
  }

  @Test
  void aForgottenCaseIsReadWithGetCaseEvenWhenAPageShowedIt() {
    Account account = new Account(3, LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY);
    CaseReads reads = new CaseReads(account, executor);
    reads.get(account.id(0));
    reads.get(account.id(1));
    assertTrue(reads.peek(account.id(2)).isPresent(), "the page showed the third case");
    reads.forget(account.id(2));
    assertEquals(account.cases.get(2), reads.get(account.id(2)));
    assertEquals(2, account.getCase.get());
    assertEquals(1, account.listCases.get());
  }

  @Test
  void aPageNeverOverwritesAStatusThisProcessEstablished() {
    Account account = new Account(3, LifecycleStatus.SUBMITTED);
    CaseReads reads = new CaseReads(account, executor);
    CaseSnapshot moved = snapshot(2, LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY);
    reads.get(account.id(0));
    reads.remember(moved);
    reads.get(account.id(1));
    assertEquals(1, account.listCases.get());
    assertEquals(Optional.of(moved), reads.peek(account.id(2)));
  }

  @Test
  void whenPagesFailEachWaitingCaseIsReadWithGetCase() {
    Account account = new Account(3, LifecycleStatus.SUBMITTED);
    account.pagesFail = true;
    CaseReads reads = new CaseReads(account, executor);
    for (int i = 0; i < 3; i++) {
      assertEquals(account.cases.get(i), reads.get(account.id(i)));
    }
    assertEquals(1, account.listCases.get(), "a failed page is not tried again");
    assertEquals(3, account.getCase.get());
  }

  @Test
  void manyConcurrentReadersEachGetTheirOwnCaseWithNoCaseReadTwice() throws Exception {
    int count = 300;
    Account account = new Account(count, LifecycleStatus.POST_INCIDENT_ACTIVITIES);
    CaseReads reads = new CaseReads(account, executor);
    List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
    Collections.shuffle(order, new Random(14));
    ExecutorService rpcs = Executors.newFixedThreadPool(16);
    try {
      List<Future<CaseSnapshot>> answers = new ArrayList<>();
      for (int index : order) {
        answers.add(
            rpcs.submit(
                () -> {
                  reads.prefetch(account.id(index));
                  return reads.get(account.id(index));
                }));
      }
      for (int i = 0; i < count; i++) {
        assertEquals(account.cases.get(order.get(i)), answers.get(i).get(10, TimeUnit.SECONDS));
      }
    } finally {
      rpcs.shutdownNow();
    }
    int pagesAtMost = (count + PAGE - 1) / PAGE;
    assertTrue(account.listCases.get() <= pagesAtMost, "pages: " + account.listCases.get());
    assertEquals(Set.of(), account.readTwice);
  }
}
