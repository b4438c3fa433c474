package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.plan.RefusalReason;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CasesPlannerTest {

  @Test
  void plansEveryCaseFromItsLiveStatusInFileOrder() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", DETECTION_AND_ANALYSIS)
            .with("1000000003", CLOSED)
            .failingReads(
                "1000000004",
                new CaseGatewayException(
                    CaseGatewayException.Kind.ACCESS_DENIED, "no GetCase permission"));
    CasesFile file =
        Fixtures.file(
            "two-steps",
            "1000000001",
            CONTAINMENT_ERADICATION_AND_RECOVERY,
            "same",
            "1000000002",
            DETECTION_AND_ANALYSIS,
            "reopen",
            "1000000003",
            SUBMITTED,
            "hidden",
            "1000000004",
            CLOSED);

    CasesPlan plan = new CasesPlanner(gateway, Fixtures.PLANNER, 3).plan(file, Deadline.none());

    List<PlannedCase> cases = plan.cases();
    assertEquals(
        List.of("two-steps", "same", "reopen", "hidden"),
        cases.stream().map(c -> c.declaration().name()).toList());
    PlannedCase.Change change = assertInstanceOf(PlannedCase.Change.class, cases.get(0));
    assertEquals(
        List.of(DETECTION_AND_ANALYSIS, CONTAINMENT_ERADICATION_AND_RECOVERY),
        change.path().steps().stream().map(s -> s.to()).toList());
    assertInstanceOf(PlannedCase.Unchanged.class, cases.get(1));
    PlannedCase.Refused refused = assertInstanceOf(PlannedCase.Refused.class, cases.get(2));
    assertEquals(RefusalReason.CLOSED_IS_TERMINAL, refused.refusal().reason());
    PlannedCase.Unreadable unreadable =
        assertInstanceOf(PlannedCase.Unreadable.class, cases.get(3));
    assertEquals(CaseGatewayException.Kind.ACCESS_DENIED, unreadable.error().kind());
  }

  @Test
  void makesOnlyOneReadPerCaseAndNoMutatingCall() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", POST_INCIDENT_ACTIVITIES);
    CasesFile file =
        Fixtures.file("a", "1000000001", POST_INCIDENT_ACTIVITIES, "b", "1000000002", CLOSED);

    new CasesPlanner(gateway, Fixtures.PLANNER, 8).plan(file, Deadline.none());

    assertEquals(2, gateway.calls().size());
    assertTrue(gateway.mutatingCalls().isEmpty(), gateway.calls().toString());
    assertEquals(SUBMITTED, gateway.statusOf("1000000001"));
  }

  @Test
  void sixtyCasesAreLearnedFromThreeListCasesPagesWithNoGetCase() {
    FakeCaseGateway gateway = new FakeCaseGateway().pagedBy(25);
    CasesFile file =
        Fixtures.file(Fixtures.liveCases(gateway, 10, 60, SUBMITTED, DETECTION_AND_ANALYSIS));

    CasesPlan plan = new CasesPlanner(gateway, Fixtures.PLANNER, 8).plan(file, Deadline.none());

    // ceil(60 / 25) pages show every case; the live statuses are the pages'.
    assertEquals(List.of("ListCases", "ListCases", "ListCases"), Fixtures.operations(gateway));
    assertEquals(60, plan.changes().size());
    assertEquals(SUBMITTED, plan.changes().get(59).actual().status());
  }

  @Test
  void aDeclaredCaseThePagesDidNotShowIsReadByGetCase() {
    FakeCaseGateway gateway = new FakeCaseGateway().pagedBy(25);
    for (int i = 0; i < 48; i++) {
      gateway.with("10000001" + (10 + i), CLOSED); // ordered before the declared cases
    }
    CasesFile file = Fixtures.file(Fixtures.liveCases(gateway, 20, 10, SUBMITTED, SUBMITTED));

    CasesPlan plan = new CasesPlanner(gateway, Fixtures.PLANNER, 8).plan(file, Deadline.none());

    // 10 cases at 8 at once: at most ceil(10 / 8) = 2 pages (50 cases, 2 of them declared), then
    // GetCase for the other 8.
    List<String> operations = Fixtures.operations(gateway);
    assertEquals(List.of("ListCases", "ListCases"), operations.subList(0, 2));
    assertEquals(List.of("GetCase"), operations.subList(2, 10).stream().distinct().toList());
    assertEquals(10, operations.size());
    assertEquals(10, plan.unchangedCount());
  }

  @Test
  void readsUpToParallelismCasesAtOnceAndNoMore() {
    int parallelism = 3;
    CountDownLatch firstWave = new CountDownLatch(parallelism);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    // ListCases fails, so each of the 10 cases is read by GetCase (10 cases at 3 at once would
    // otherwise be learned from pages).
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .failingPages(
                new CaseGatewayException(CaseGatewayException.Kind.ACCESS_DENIED, "no ListCases"))
            .onRead(
                id -> {
                  most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  firstWave.countDown();
                  try {
                    // The first reads meet here, which proves they overlap; later ones pass
                    // straight through.
                    firstWave.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  inFlight.decrementAndGet();
                });
    Object[] triples = new Object[3 * 10];
    for (int i = 0; i < 10; i++) {
      String id = "10000000" + (10 + i);
      gateway.with(id, SUBMITTED);
      triples[3 * i] = "case-" + i;
      triples[3 * i + 1] = id;
      triples[3 * i + 2] = SUBMITTED;
    }

    CasesPlan plan =
        new CasesPlanner(gateway, Fixtures.PLANNER, parallelism)
            .plan(Fixtures.file(triples), Deadline.none());

    assertEquals(10, plan.unchangedCount());
    assertEquals(parallelism, most.get());
    assertEquals(11, gateway.calls().size(), "one failed page, then one GetCase per case");
  }

  @Test
  void rejectsParallelismBelowOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CasesPlanner(new FakeCaseGateway(), Fixtures.PLANNER, 0));
  }
}
