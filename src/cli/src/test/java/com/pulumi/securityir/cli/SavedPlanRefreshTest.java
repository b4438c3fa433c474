package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SavedPlanRefreshTest {

  /** 30 cases to change (1000000210-239), then 30 already as declared (1000000240-269). */
  private static CasesFile sixtyCases(FakeCaseGateway gateway) {
    return Fixtures.file(
        Stream.of(
                Fixtures.liveCases(gateway, 10, 30, SUBMITTED, DETECTION_AND_ANALYSIS),
                Fixtures.liveCases(gateway, 40, 30, SUBMITTED, SUBMITTED))
            .flatMap(Stream::of)
            .toArray());
  }

  @Test
  void theChangedCasesAreReadAgainFromPagesAndAMovedOneIsStale() {
    FakeCaseGateway gateway = new FakeCaseGateway().pagedBy(25);
    CasesPlan saved =
        new CasesPlanner(gateway, Fixtures.PLANNER, 8).plan(sixtyCases(gateway), Deadline.none());
    gateway.movedBySomeoneElse("1000000222", DETECTION_AND_ANALYSIS);

    SavedPlanFlow.Refreshed refreshed =
        SavedPlanFlow.refresh(saved, gateway, Fixtures.PLANNER, 8, false);

    // The plan: ceil(60 / 25) = 3 pages. The re-read of its 30 changes: 30 at 8 at once is 4 rounds
    // of GetCase, so pages, and the first 2 show all 30.
    assertEquals(
        Fixtures.operations(gateway),
        List.of("ListCases", "ListCases", "ListCases", "ListCases", "ListCases"));
    assertEquals(29, refreshed.plan().changes().size());
    assertEquals(1, refreshed.plan().staleCount());
    assertEquals(30, refreshed.plan().unchangedCount());
    PlannedCase.Stale stale =
        assertInstanceOf(PlannedCase.Stale.class, refreshed.plan().cases().get(12));
    assertEquals(DETECTION_AND_ANALYSIS, stale.staleness().live().status());
  }

  @Test
  void aFewChangedCasesAreReadAgainByGetCaseAndAFailedReadIsUnreadable() {
    FakeCaseGateway gateway = new FakeCaseGateway().pagedBy(25);
    CasesFile file =
        Fixtures.file(
            Stream.of(
                    Fixtures.liveCases(gateway, 10, 3, SUBMITTED, DETECTION_AND_ANALYSIS),
                    Fixtures.liveCases(gateway, 40, 30, SUBMITTED, SUBMITTED))
                .flatMap(Stream::of)
                .toArray());
    CasesPlan saved = new CasesPlanner(gateway, Fixtures.PLANNER, 8).plan(file, Deadline.none());
    gateway.failingReads(
        "1000000211",
        new CaseGatewayException(CaseGatewayException.Kind.ACCESS_DENIED, "no GetCase"));

    SavedPlanFlow.Refreshed refreshed =
        SavedPlanFlow.refresh(saved, gateway, Fixtures.PLANNER, 8, false);

    // The plan: 33 cases, ceil(33 / 25) = 2 pages. The re-read of its 3 changes: 1 round of
    // GetCase, no page.
    assertEquals(
        List.of("ListCases", "ListCases", "GetCase", "GetCase", "GetCase"),
        Fixtures.operations(gateway));
    assertEquals(2, refreshed.plan().changes().size());
    assertEquals(1, refreshed.plan().unreadableCount());
  }
}
