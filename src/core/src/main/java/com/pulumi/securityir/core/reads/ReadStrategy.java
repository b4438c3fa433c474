package com.pulumi.securityir.core.reads;

/**
 * How {@link BulkReads} learns a number of declared cases. Immutable.
 *
 * <p>Cost is counted in round trips one after the other: {@code GetCase} reads run {@code
 * parallelism} at a time, so {@code n} of them take {@code ceil(n / parallelism)} round trips;
 * {@code ListCases} pages run one after the other (each needs the token of the page before) and
 * show at most {@link BulkReads#PAGE_SIZE} cases each, so they take at least {@code ceil(n /
 * PAGE_SIZE)} round trips.
 */
public sealed interface ReadStrategy {

  /** One {@code GetCase} per case: the cheaper (or equal) way for this count. */
  record ByCase() implements ReadStrategy {}

  /**
   * {@code ListCases} pages, at most {@code pageBudget} of them, then {@code GetCase} for every
   * case the pages did not show.
   *
   * @param pageBudget the round trips the {@code GetCase} reads alone would take, so the pages
   *     never cost more than the reads they replace
   */
  record ByPage(int pageBudget) implements ReadStrategy {
    public ByPage {
      if (pageBudget < 1) {
        throw new IllegalArgumentException("pageBudget must be >= 1, was " + pageBudget);
      }
    }
  }

  /**
   * The strategy for {@code cases} declared cases read {@code parallelism} at a time: pages when
   * the fewest pages that could show them all take fewer round trips than the {@code GetCase}
   * reads, else {@code GetCase}. A tie goes to {@code GetCase}: pages could then only match it, and
   * a case they miss would cost another round.
   */
  static ReadStrategy choose(int cases, int parallelism) {
    if (cases < 0) {
      throw new IllegalArgumentException("cases must be >= 0, was " + cases);
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    int getCaseRounds = ceilDiv(cases, parallelism);
    int fewestPages = ceilDiv(cases, BulkReads.PAGE_SIZE);
    return fewestPages < getCaseRounds ? new ByPage(getCaseRounds) : new ByCase();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
