package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.gateway.CaseAuditTrail;
import com.pulumi.securityir.gateway.CaseEdit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory case service: holds each case's status, records every call (and every successful
 * move as an edit of the case's audit trail), and fails the calls a test names. It does not check
 * the lifecycle (the planner's job is tested in core); it moves a case wherever it is told.
 * Thread-safe.
 */
final class FakeCaseGateway implements CaseGateway, CaseAuditTrail {

  /** When every edit of the fake happens; the CLI prints it as given. */
  static final Instant EDITED_AT = Instant.parse("2026-01-02T03:04:05Z");

  /** Every case's last update time as seeded; each move advances it by a second. */
  static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");

  private static final List<String> MUTATING = List.of("UpdateCaseStatus", "CloseCase");

  /** One call as the fake received it. */
  record Call(String operation, CaseId caseId, LifecycleStatus target) {
    @Override
    public String toString() {
      return operation + " " + caseId + (target == null ? "" : " -> " + target.wireName());
    }
  }

  /** Something to do before a call is answered, e.g. wait for other calls to arrive. */
  interface Hook {
    void beforeRead(CaseId caseId);
  }

  private final Map<CaseId, CaseSnapshot> cases = new HashMap<>();
  private final Map<CaseId, CaseGatewayException> readFailures = new HashMap<>();
  private final Map<String, CaseGatewayException> moveFailures = new HashMap<>();
  private final Map<CaseId, List<CaseEdit>> edits = new HashMap<>();
  private final Map<CaseId, CaseGatewayException> editFailures = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<CaseId, Map<String, String>> comments = new HashMap<>();
  private final Map<CaseId, CaseGatewayException> commentFailures = new HashMap<>();
  private CaseGatewayException pageFailure;
  private int pageSize = PAGE_SIZE;
  private Hook hook = id -> {};
  private Runnable afterMove = () -> {};
  private Instant clock = SEEDED_AT;

  static CaseId id(String digits) {
    return new CaseId(digits);
  }

  synchronized FakeCaseGateway with(
      String caseId, LifecycleStatus status, ResolverType resolverType) {
    cases.put(
        id(caseId),
        new CaseSnapshot(
            id(caseId),
            status,
            resolverType,
            "sensitive title",
            "arn:aws:security-ir:us-east-1:123456789012:case/" + caseId,
            Optional.of(SEEDED_AT)));
    return this;
  }

  /** Moves a case as a responder would, outside any call (no call is recorded). */
  synchronized FakeCaseGateway movedBySomeoneElse(String caseId, LifecycleStatus status) {
    cases.put(id(caseId), updated(cases.get(id(caseId)), status));
    return this;
  }

  /** The case in {@code status}, last updated a second after the previous update of the fake. */
  private CaseSnapshot updated(CaseSnapshot snapshot, LifecycleStatus status) {
    clock = clock.plusSeconds(1);
    return new CaseSnapshot(
        snapshot.caseId(),
        status,
        snapshot.resolverType(),
        snapshot.title(),
        snapshot.arn(),
        Optional.of(clock));
  }

  synchronized FakeCaseGateway with(String caseId, LifecycleStatus status) {
    return with(caseId, status, ResolverType.SELF);
  }

  synchronized FakeCaseGateway failingReads(String caseId, CaseGatewayException error) {
    readFailures.put(id(caseId), error);
    return this;
  }

  /** Fails the move of {@code caseId} to {@code target} (once the case is about to go there). */
  synchronized FakeCaseGateway failingMove(
      String caseId, LifecycleStatus target, CaseGatewayException error) {
    moveFailures.put(caseId + "->" + target.name(), error);
    return this;
  }

  /** Fails every ListCases page. */
  synchronized FakeCaseGateway failingPages(CaseGatewayException error) {
    pageFailure = error;
    return this;
  }

  /** Lists {@code size} cases per page instead of {@link #PAGE_SIZE}, e.g. 25 as the service. */
  synchronized FakeCaseGateway pagedBy(int size) {
    pageSize = size;
    return this;
  }

  synchronized FakeCaseGateway failingEdits(String caseId, CaseGatewayException error) {
    editFailures.put(id(caseId), error);
    return this;
  }

  synchronized FakeCaseGateway failingComments(String caseId, CaseGatewayException error) {
    commentFailures.put(id(caseId), error);
    return this;
  }

  /** The bodies of the comments on a case, one per distinct client token, in order. */
  synchronized List<String> comments(String caseId) {
    return List.copyOf(comments.getOrDefault(id(caseId), Map.of()).values());
  }

  synchronized FakeCaseGateway onRead(Hook h) {
    hook = h;
    return this;
  }

  /** Runs after every successful move, e.g. to raise a cancellation signal. */
  synchronized FakeCaseGateway afterEachMove(Runnable r) {
    afterMove = r;
    return this;
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> mutatingCalls() {
    return calls.stream().filter(c -> MUTATING.contains(c.operation())).toList();
  }

  synchronized LifecycleStatus statusOf(String caseId) {
    return cases.get(id(caseId)).status();
  }

  @Override
  public CaseSnapshot read(CaseId caseId, Deadline deadline) {
    Hook h;
    synchronized (this) {
      calls.add(new Call("GetCase", caseId, null));
      h = hook;
    }
    h.beforeRead(caseId);
    synchronized (this) {
      CaseGatewayException failure = readFailures.get(caseId);
      if (failure != null) {
        throw failure;
      }
      CaseSnapshot snapshot = cases.get(caseId);
      if (snapshot == null) {
        throw new CaseGatewayException(
            CaseGatewayException.Kind.CASE_NOT_FOUND, "no case " + caseId);
      }
      return snapshot;
    }
  }

  @Override
  public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline deadline) {
    return move("UpdateCaseStatus", caseId, target);
  }

  @Override
  public LifecycleStatus close(CaseId caseId, Deadline deadline) {
    return move("CloseCase", caseId, LifecycleStatus.CLOSED);
  }

  private LifecycleStatus move(String operation, CaseId caseId, LifecycleStatus target) {
    Runnable after;
    synchronized (this) {
      calls.add(new Call(operation, caseId, target));
      CaseGatewayException failure = moveFailures.get(caseId.value() + "->" + target.name());
      if (failure != null) {
        throw failure;
      }
      LifecycleStatus from = cases.get(caseId).status();
      cases.put(caseId, updated(cases.get(caseId), target));
      edits
          .computeIfAbsent(caseId, id -> new ArrayList<>())
          .add(
              new CaseEdit(
                  EDITED_AT,
                  "123456789012",
                  operation,
                  "Case status changed from " + from.wireName() + " to " + target.wireName()));
      after = afterMove;
    }
    after.run();
    return target;
  }

  @Override
  public synchronized List<CaseEdit> edits(CaseId caseId, Deadline deadline) {
    calls.add(new Call("ListCaseEdits", caseId, null));
    CaseGatewayException failure = editFailures.get(caseId);
    if (failure != null) {
      throw failure;
    }
    return List.copyOf(edits.getOrDefault(caseId, List.of()));
  }

  /**
   * Every case ordered by id, {@link #PAGE_SIZE} (or {@link #pagedBy}) per page; the token is the
   * next index.
   */
  @Override
  public synchronized CasePage listCases(Optional<String> nextToken, Deadline deadline) {
    calls.add(new Call("ListCases", null, null));
    if (pageFailure != null) {
      throw pageFailure;
    }
    List<CaseSnapshot> all =
        cases.values().stream().sorted(Comparator.comparing(c -> c.caseId().value())).toList();
    int from = nextToken.map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + pageSize);
    return new CasePage(
        all.subList(from, to),
        to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  static final int PAGE_SIZE = 2;

  /**
   * Adds a comment once per client token, as the service's idempotency key promises; refuses one on
   * a closed case.
   */
  @Override
  public synchronized String addComment(
      CaseId caseId, String body, String clientToken, Deadline deadline) {
    calls.add(new Call("CreateCaseComment", caseId, null));
    CaseGatewayException failure = commentFailures.get(caseId);
    if (failure != null) {
      throw failure;
    }
    if (cases.containsKey(caseId) && cases.get(caseId).status() == LifecycleStatus.CLOSED) {
      // As the emulator (docs/emulator.md): a closed case takes no comments.
      throw new CaseGatewayException(
          CaseGatewayException.Kind.CONFLICT, "case " + caseId + " is Closed");
    }
    Map<String, String> byToken = comments.computeIfAbsent(caseId, id -> new LinkedHashMap<>());
    byToken.putIfAbsent(clientToken, body);
    return String.format("%06d", new ArrayList<>(byToken.keySet()).indexOf(clientToken) + 1);
  }
}
