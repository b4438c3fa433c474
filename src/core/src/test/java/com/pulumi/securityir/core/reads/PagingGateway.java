package com.pulumi.securityir.core.reads;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account of cases in a fixed list order, 25 to a {@code ListCases} page as the service pages
 * them, that counts every call and fails the pages and reads a test names. Read-only: a move is a
 * test's own {@link #moved}. Thread-safe.
 */
final class PagingGateway implements CaseGateway {

  private static final int PAGE_SIZE = 25;

  private final Map<CaseId, CaseSnapshot> cases = new LinkedHashMap<>();
  private final Map<Integer, CaseGatewayException> pageFailures = new HashMap<>();
  private final Map<CaseId, CaseGatewayException> readFailures = new HashMap<>();
  private final List<String> calls = new ArrayList<>();

  static CaseId id(int n) {
    return new CaseId(String.valueOf(1_000_000_000L + n));
  }

  /**
   * Adds cases {@code from} to {@code to} (inclusive) at the end of the list, in {@code status}.
   */
  synchronized PagingGateway with(int from, int to, LifecycleStatus status) {
    for (int n = from; n <= to; n++) {
      cases.put(id(n), snapshot(id(n), status));
    }
    return this;
  }

  synchronized PagingGateway moved(int n, LifecycleStatus status) {
    cases.put(id(n), snapshot(id(n), status));
    return this;
  }

  /** Fails the {@code page}-th ListCases page (1 for the first). */
  synchronized PagingGateway failingPage(int page, CaseGatewayException error) {
    pageFailures.put(page, error);
    return this;
  }

  synchronized PagingGateway failingRead(int n, CaseGatewayException error) {
    readFailures.put(id(n), error);
    return this;
  }

  synchronized long count(String operation) {
    return calls.stream().filter(operation::equals).count();
  }

  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  private static CaseSnapshot snapshot(CaseId id, LifecycleStatus status) {
    return new CaseSnapshot(
        id,
        status,
        ResolverType.SELF,
        "title",
        "arn:aws:security-ir:us-east-1:123456789012:case/" + id.value(),
        Optional.of(Instant.parse("2026-12-01T10:00:00Z")));
  }

  @Override
  public synchronized CaseSnapshot read(CaseId caseId, Deadline deadline) {
    calls.add("GetCase");
    CaseGatewayException failure = readFailures.get(caseId);
    if (failure != null) {
      throw failure;
    }
    CaseSnapshot snapshot = cases.get(caseId);
    if (snapshot == null) {
      throw new CaseGatewayException(CaseGatewayException.Kind.CASE_NOT_FOUND, "no such case");
    }
    return snapshot;
  }

  @Override
  public synchronized CasePage listCases(Optional<String> nextToken, Deadline deadline) {
    calls.add("ListCases");
    int from = nextToken.map(Integer::parseInt).orElse(0);
    CaseGatewayException failure = pageFailures.get(from / PAGE_SIZE + 1);
    if (failure != null) {
      throw failure;
    }
    List<CaseSnapshot> all = List.copyOf(cases.values());
    int to = Math.min(all.size(), from + PAGE_SIZE);
    return new CasePage(
        all.subList(from, to),
        to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  @Override
  public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline deadline) {
    throw new AssertionError("a read makes no mutating call");
  }

  @Override
  public LifecycleStatus close(CaseId caseId, Deadline deadline) {
    throw new AssertionError("a read makes no mutating call");
  }

  @Override
  public String addComment(CaseId caseId, String body, String clientToken, Deadline deadline) {
    throw new AssertionError("a read makes no mutating call");
  }
}
