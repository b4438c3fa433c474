package com.pulumi.securityir.core.reads;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Learns the live status of many declared cases, from {@code ListCases} pages or one {@code
 * GetCase} each, whichever takes fewer round trips for their number ({@link ReadStrategy#choose}).
 *
 * <p>The cross-over: at {@code parallelism} P, {@code n} {@code GetCase} reads take {@code
 * ceil(n/P)} round trips and the pages at least {@code ceil(n/25)}, so pages are used only when P
 * is below 25 and {@code n} above P (at the default of 8: from 9 cases on; 500 cases in at least 20
 * pages instead of 63 rounds of reads).
 *
 * <p>The bound: an account can hold thousands of cases (most of them closed), so paging stops as
 * soon as every declared case was seen, at the last page, or after {@code ceil(n/P)} pages, the
 * round trips the reads alone would have taken. Every declared case the pages did not show, and
 * every case when a page read failed, is then read with {@code GetCase}; a failed {@code GetCase}
 * is that case's {@link CaseRead.Failed}. So a read of {@code n} cases makes at most {@code
 * ceil(n/P) + n} calls in at most {@code 2 * ceil(n/P)} round trips, and at best {@code ceil(n/25)}
 * calls.
 *
 * <p>Read-only: it calls only {@link CaseGateway#listCases} and {@link CaseGateway#read}. Nothing
 * is cached: every call of {@link #read} reads anew, so a status it returns is never older than
 * that call. Thread-safe when the gateway and the fan-out are.
 */
public final class BulkReads {

  /** The most cases a {@code ListCases} page shows (its {@code maxResults} at most). */
  public static final int PAGE_SIZE = 25;

  /**
   * Runs one {@code GetCase} per case, at most {@code parallelism} at once, and returns the results
   * in the order of the ids. The face's own way of running calls side by side.
   */
  @FunctionalInterface
  public interface Fanout {
    List<CaseRead> each(List<CaseId> caseIds, Function<CaseId, CaseRead> read);
  }

  private final CaseGateway gateway;
  private final int parallelism;
  private final Fanout fanout;

  /**
   * @param parallelism how many {@code GetCase} reads {@code fanout} runs at once, which decides
   *     the cost of reading case by case
   */
  public BulkReads(CaseGateway gateway, int parallelism, Fanout fanout) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.fanout = Objects.requireNonNull(fanout, "fanout");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.parallelism = parallelism;
  }

  /**
   * Reads every case of {@code caseIds} (a case named twice is read once).
   *
   * @return one read per distinct case id
   */
  public Map<CaseId, CaseRead> read(Collection<CaseId> caseIds, Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    Set<CaseId> wanted = new LinkedHashSet<>(caseIds);
    Map<CaseId, CaseRead> reads = new HashMap<>();
    if (ReadStrategy.choose(wanted.size(), parallelism) instanceof ReadStrategy.ByPage byPage) {
      scan(wanted, byPage.pageBudget(), deadline)
          .forEach((id, snapshot) -> reads.put(id, new CaseRead.Found(snapshot)));
    }
    List<CaseId> rest = wanted.stream().filter(id -> !reads.containsKey(id)).toList();
    List<CaseRead> fallback = fanout.each(rest, id -> readOne(id, deadline));
    for (int i = 0; i < rest.size(); i++) {
      reads.put(rest.get(i), fallback.get(i));
    }
    return Map.copyOf(reads);
  }

  /**
   * The declared cases shown on at most {@code budget} pages; stops early when all were seen or at
   * the last page, and at a page read that failed (its cases are then read one by one).
   */
  private Map<CaseId, CaseSnapshot> scan(Set<CaseId> wanted, int budget, Deadline deadline) {
    Map<CaseId, CaseSnapshot> seen = new HashMap<>();
    Set<CaseId> missing = new HashSet<>(wanted);
    Optional<String> token = Optional.empty();
    for (int pages = 0; pages < budget && !missing.isEmpty(); pages++) {
      CasePage page;
      try {
        page = gateway.listCases(token, deadline);
      } catch (CaseGatewayException e) {
        // Not an error of any one case: each unseen case's own GetCase says whether it can be read.
        return seen;
      }
      for (CaseSnapshot snapshot : page.cases()) {
        if (wanted.contains(snapshot.caseId())) {
          // A case the list shows twice (it moved while paging) is kept as last shown.
          seen.put(snapshot.caseId(), snapshot);
          missing.remove(snapshot.caseId());
        }
      }
      if (page.nextToken().isEmpty()) {
        return seen;
      }
      token = page.nextToken();
    }
    return seen;
  }

  private CaseRead readOne(CaseId caseId, Deadline deadline) {
    try {
      return new CaseRead.Found(gateway.read(caseId, deadline));
    } catch (CaseGatewayException e) {
      return new CaseRead.Failed(e);
    }
  }
}
