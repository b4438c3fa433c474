package com.pulumi.securityir.core.reads;

import static com.pulumi.securityir.core.reads.PagingGateway.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulkReadsTest {

  private static final LifecycleStatus SUBMITTED = LifecycleStatus.SUBMITTED;
  private static final LifecycleStatus CLOSED = LifecycleStatus.CLOSED;

  /** The GetCase reads the fan-out was asked for, in the order asked. */
  private final List<CaseId> fannedOut = new ArrayList<>();

  private Map<CaseId, CaseRead> read(PagingGateway gateway, int parallelism, List<CaseId> ids) {
    BulkReads reads =
        new BulkReads(
            gateway,
            parallelism,
            (caseIds, read) -> {
              fannedOut.addAll(caseIds);
              return caseIds.stream().map(read).toList();
            });
    return reads.read(ids, Deadline.none());
  }

  private static List<CaseId> ids(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(PagingGateway::id).toList();
  }

  private static LifecycleStatus statusOf(Map<CaseId, CaseRead> reads, int n) {
    return assertInstanceOf(CaseRead.Found.class, reads.get(id(n))).snapshot().status();
  }

  /**
   * Pages when ceil(cases/25) < ceil(cases/parallelism), with a budget of ceil(cases/parallelism)
   * pages; the figures are worked out by hand from that rule.
   */
  @ParameterizedTest(name = "{0} cases at parallelism {1}: {2} pages")
  @CsvSource({
    // cases, parallelism, page budget (0: one GetCase each)
    "0, 8, 0",
    "1, 8, 0",
    "8, 8, 0", // 1 round either way: a tie reads case by case
    "9, 8, 2", // 2 rounds of reads against 1 page
    "10, 8, 2",
    "25, 8, 4",
    "26, 8, 4", // 2 pages at least, 4 rounds of reads
    "60, 8, 8",
    "500, 8, 63",
    "500, 24, 21", // 20 pages at least, 21 rounds of reads
    "500, 25, 0", // 20 against 20
    "500, 64, 0", // 8 rounds of reads against 20 pages
    "1, 1, 0",
    "2, 1, 2",
    "50, 25, 0",
    "51, 24, 0", // 3 rounds of reads, 3 pages at least: a tie
  })
  void choosesPagesOnlyWhenTheyTakeFewerRoundTrips(int cases, int parallelism, int budget) {
    ReadStrategy expected =
        budget == 0 ? new ReadStrategy.ByCase() : new ReadStrategy.ByPage(budget);
    assertEquals(expected, ReadStrategy.choose(cases, parallelism));
  }

  @Test
  void sixtyCasesShownOnThreePagesTakeThreeListCallsAndNoGetCase() {
    PagingGateway gateway = new PagingGateway().with(1, 60, SUBMITTED);

    Map<CaseId, CaseRead> reads = read(gateway, 8, ids(1, 60));

    assertEquals(60, reads.size());
    assertEquals(List.of("ListCases", "ListCases", "ListCases"), gateway.calls());
    assertEquals(SUBMITTED, statusOf(reads, 37));
  }

  @Test
  void pagingStopsOnceEveryDeclaredCaseWasSeen() {
    PagingGateway gateway = new PagingGateway().with(1, 30, SUBMITTED).with(31, 500, CLOSED);

    read(gateway, 8, ids(1, 30));

    assertEquals(List.of("ListCases", "ListCases"), gateway.calls());
  }

  @Test
  void casesBeyondThePageBudgetAreReadByGetCase() {
    // 10 cases at parallelism 8: 2 pages at most (50 cases), then the 4 declared cases not shown.
    PagingGateway gateway =
        new PagingGateway()
            .with(1, 6, SUBMITTED)
            .with(100, 199, CLOSED)
            .with(7, 10, LifecycleStatus.DETECTION_AND_ANALYSIS);

    Map<CaseId, CaseRead> reads = read(gateway, 8, ids(1, 10));

    assertEquals(2, gateway.count("ListCases"));
    assertEquals(4, gateway.count("GetCase"));
    assertEquals(ids(7, 10), fannedOut);
    assertEquals(SUBMITTED, statusOf(reads, 6));
    assertEquals(LifecycleStatus.DETECTION_AND_ANALYSIS, statusOf(reads, 10));
  }

  @Test
  void aDeclaredCaseOnNoPageIsReadByGetCaseAndItsFailureIsItsReadError() {
    PagingGateway gateway = new PagingGateway().with(1, 9, SUBMITTED);

    Map<CaseId, CaseRead> reads = read(gateway, 8, ids(1, 10));

    // One page is the whole list; case 10 does not exist.
    assertEquals(List.of("ListCases", "GetCase"), gateway.calls());
    CaseRead.Failed failed = assertInstanceOf(CaseRead.Failed.class, reads.get(id(10)));
    assertEquals(Kind.CASE_NOT_FOUND, failed.error().kind());
    assertEquals(SUBMITTED, statusOf(reads, 9));
  }

  @Test
  void aFailedPageEndsThePagingAndTheUnseenCasesAreReadByGetCase() {
    PagingGateway gateway =
        new PagingGateway()
            .with(1, 60, SUBMITTED)
            .failingPage(2, new CaseGatewayException(Kind.THROTTLED, "slow down"));

    Map<CaseId, CaseRead> reads = read(gateway, 8, ids(1, 60));

    assertEquals(2, gateway.count("ListCases"));
    assertEquals(35, gateway.count("GetCase"));
    assertEquals(ids(26, 60), fannedOut);
    assertEquals(60, reads.values().stream().filter(CaseRead.Found.class::isInstance).count());
  }

  @Test
  void aFailedGetCaseIsOnlyThatCasesError() {
    PagingGateway gateway =
        new PagingGateway()
            .with(1, 3, SUBMITTED)
            .failingRead(2, new CaseGatewayException(Kind.ACCESS_DENIED, "denied"));

    Map<CaseId, CaseRead> reads = read(gateway, 8, ids(1, 3));

    assertEquals(List.of("GetCase", "GetCase", "GetCase"), gateway.calls());
    assertEquals(
        Kind.ACCESS_DENIED,
        assertInstanceOf(CaseRead.Failed.class, reads.get(id(2))).error().kind());
    assertEquals(SUBMITTED, statusOf(reads, 3));
  }

  @Test
  void fewCasesAreReadByGetCaseWithoutAPage() {
    PagingGateway gateway = new PagingGateway().with(1, 8, SUBMITTED);

    read(gateway, 8, ids(1, 8));

    assertEquals(0, gateway.count("ListCases"));
    assertEquals(8, gateway.count("GetCase"));
  }

  @Test
  void aCaseNamedTwiceIsReadOnce() {
    PagingGateway gateway = new PagingGateway().with(1, 2, SUBMITTED);

    Map<CaseId, CaseRead> reads = read(gateway, 8, List.of(id(1), id(2), id(1)));

    assertEquals(2, reads.size());
    assertEquals(2, gateway.count("GetCase"));
  }

  @Test
  void everyReadReadsAnewSoAMoveBetweenReadsIsSeen() {
    PagingGateway gateway = new PagingGateway().with(1, 60, SUBMITTED);
    read(gateway, 8, ids(1, 60));

    gateway.moved(5, LifecycleStatus.DETECTION_AND_ANALYSIS);
    Map<CaseId, CaseRead> again = read(gateway, 8, ids(1, 60));

    assertEquals(6, gateway.count("ListCases"));
    assertEquals(LifecycleStatus.DETECTION_AND_ANALYSIS, statusOf(again, 5));
  }

  @Test
  void refusesANonPositiveParallelism() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new BulkReads(new PagingGateway(), 0, (ids, read) -> List.of()));
    assertThrows(IllegalArgumentException.class, () -> ReadStrategy.choose(1, 0));
  }
}
