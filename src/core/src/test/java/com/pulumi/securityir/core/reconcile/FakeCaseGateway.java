package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory case service for reconciler tests. It enforces its own copy of the documented
 * transitions (independent of the core's graph), records every call in order, and can be scripted
 * per call number (counting every call, reads included, from 1). Thread-safe.
 */
final class FakeCaseGateway implements CaseGateway {

  enum Operation {
    READ,
    UPDATE_STATUS,
    CLOSE
  }

  /** One call as the service saw it. {@code target} is set for UPDATE_STATUS only. */
  record Call(
      int number,
      Operation operation,
      CaseId caseId,
      Optional<LifecycleStatus> target,
      Deadline deadline,
      String thread) {

    boolean isMutating() {
      return operation != Operation.READ;
    }
  }

  /** The self-managed moves UpdateCaseStatus accepts, "from > to", as the documentation lists. */
  private static final Set<String> DOCUMENTED_MOVES =
      Set.of(
          "Submitted > Detection and Analysis",
          "Detection and Analysis > Containment, Eradication and Recovery",
          "Detection and Analysis > Post-incident Activities",
          "Containment, Eradication and Recovery > Detection and Analysis",
          "Containment, Eradication and Recovery > Post-incident Activities",
          "Post-incident Activities > Containment, Eradication and Recovery",
          "Post-incident Activities > Detection and Analysis");

  private static final Set<String> EXTENDED_EXTRA_MOVES =
      Set.of(
          "Submitted > Containment, Eradication and Recovery",
          "Submitted > Post-incident Activities");

  private final Set<String> allowedMoves = new HashSet<>(DOCUMENTED_MOVES);
  private final Map<CaseId, CaseSnapshot> cases = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger callCounter = new AtomicInteger();
  private final AtomicInteger mutationCounter = new AtomicInteger();
  private final Map<Integer, List<Runnable>> before = new ConcurrentHashMap<>();
  private final Map<Integer, List<Runnable>> after = new ConcurrentHashMap<>();
  private final Map<Integer, Kind> failWithoutEffect = new ConcurrentHashMap<>();
  private final Map<Integer, Kind> failAfterEffect = new ConcurrentHashMap<>();
  private final Map<Integer, LifecycleStatus> reportInstead = new ConcurrentHashMap<>();
  private final List<LifecycleStatus> interference = new CopyOnWriteArrayList<>();
  private volatile Kind illegalMoveKind = Kind.CONFLICT;

  FakeCaseGateway(GraphVariant variant) {
    if (variant == GraphVariant.EXTENDED) {
      allowedMoves.addAll(EXTENDED_EXTRA_MOVES);
    }
  }

  // ---- state ----

  FakeCaseGateway withCase(CaseId id, LifecycleStatus status, ResolverType resolver) {
    cases.put(id, new CaseSnapshot(id, status, resolver, "Ransomware on host " + id, "arn:" + id));
    return this;
  }

  CaseSnapshot snapshot(CaseId id) {
    return cases.get(id);
  }

  LifecycleStatus statusOf(CaseId id) {
    return cases.get(id).status();
  }

  /** Someone else (a colleague, AWS responders, the console) moves the case; no rule applies. */
  void moveBySomeoneElse(CaseId id, LifecycleStatus status) {
    cases.computeIfPresent(id, (k, c) -> c.withStatus(status));
  }

  void changeResolverBySomeoneElse(CaseId id, ResolverType resolver) {
    cases.computeIfPresent(
        id, (k, c) -> new CaseSnapshot(c.caseId(), c.status(), resolver, c.title(), c.arn()));
  }

  // ---- scripting ----

  /** Runs {@code action} when call {@code n} arrives, before it takes effect. */
  FakeCaseGateway beforeCall(int n, Runnable action) {
    before.computeIfAbsent(n, k -> new CopyOnWriteArrayList<>()).add(action);
    return this;
  }

  /** Runs {@code action} after call {@code n} took effect, before its response is sent. */
  FakeCaseGateway afterCall(int n, Runnable action) {
    after.computeIfAbsent(n, k -> new CopyOnWriteArrayList<>()).add(action);
    return this;
  }

  /** Call {@code n} fails with {@code kind} and has no effect. */
  FakeCaseGateway failCall(int n, Kind kind) {
    failWithoutEffect.put(n, kind);
    return this;
  }

  /** Call {@code n} takes effect, but its response is lost: the caller sees {@code kind}. */
  FakeCaseGateway failCallAfterItLands(int n, Kind kind) {
    failAfterEffect.put(n, kind);
    return this;
  }

  /** Mutating call {@code n} takes effect but its response reports {@code status}. */
  FakeCaseGateway reportOnCall(int n, LifecycleStatus status) {
    reportInstead.put(n, status);
    return this;
  }

  /**
   * Call {@code n} counts down {@code entered}, then waits (bounded) for {@code release} before
   * doing anything else.
   */
  FakeCaseGateway blockCall(int n, CountDownLatch entered, CountDownLatch release) {
    return beforeCall(
        n,
        () -> {
          entered.countDown();
          try {
            if (!release.await(10, TimeUnit.SECONDS)) {
              throw new AssertionError("blocked call " + n + " was never released");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while blocked", e);
          }
        });
  }

  /**
   * After the i-th successful mutating call (from 0), someone else moves the case to {@code
   * moves.get(i)} before the response is sent, so the response reports that status.
   */
  FakeCaseGateway interfereAfterEachMutation(List<LifecycleStatus> moves) {
    interference.addAll(moves);
    return this;
  }

  /** How the service rejects a move its table does not allow (undocumented: 409 or 400). */
  FakeCaseGateway rejectIllegalMovesWith(Kind kind) {
    illegalMoveKind = kind;
    return this;
  }

  // ---- observations ----

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(CaseId id) {
    return calls.stream().filter(c -> c.caseId().equals(id)).toList();
  }

  List<Operation> operations() {
    return calls.stream().map(Call::operation).toList();
  }

  List<Call> mutatingCalls() {
    return calls.stream().filter(Call::isMutating).toList();
  }

  // ---- CaseGateway ----

  @Override
  public CaseSnapshot read(CaseId caseId, Deadline deadline) {
    int n = arrive(Operation.READ, caseId, Optional.empty(), deadline);
    Kind failure = failWithoutEffect.get(n);
    if (failure != null) {
      throw new CaseGatewayException(failure, "scripted " + failure + " on GetCase");
    }
    CaseSnapshot snapshot = existing(caseId);
    runAll(after, n);
    return snapshot;
  }

  @Override
  public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline deadline) {
    int n = arrive(Operation.UPDATE_STATUS, caseId, Optional.of(target), deadline);
    return mutate(
        n,
        caseId,
        current -> {
          if (current.resolverType() != ResolverType.SELF) {
            throw new CaseGatewayException(
                illegalMoveKind, "case " + caseId + " is AWS-supported; use CloseCase");
          }
          if (target == LifecycleStatus.CLOSED
              || target == LifecycleStatus.ACKNOWLEDGED
              || target == LifecycleStatus.READY_TO_CLOSE) {
            throw new CaseGatewayException(
                Kind.INVALID_REQUEST, "'" + target.wireName() + "' is not a SelfManagedCaseStatus");
          }
          String move = current.status().wireName() + " > " + target.wireName();
          if (!allowedMoves.contains(move)) {
            throw new CaseGatewayException(illegalMoveKind, "illegal transition " + move);
          }
          return target;
        });
  }

  @Override
  public LifecycleStatus close(CaseId caseId, Deadline deadline) {
    int n = arrive(Operation.CLOSE, caseId, Optional.empty(), deadline);
    return mutate(
        n,
        caseId,
        current -> {
          if (current.status() == LifecycleStatus.CLOSED) {
            throw new CaseGatewayException(Kind.CONFLICT, "case " + caseId + " is already closed");
          }
          return LifecycleStatus.CLOSED;
        });
  }

  @Override
  public CasePage listCases(Optional<String> nextToken, Deadline deadline) {
    throw new AssertionError("the reconciler never lists cases");
  }

  @Override
  public String addComment(CaseId caseId, String body, String clientToken, Deadline deadline) {
    throw new AssertionError("the reconciler never comments; the faces record changes");
  }

  private interface Rule {
    LifecycleStatus apply(CaseSnapshot current);
  }

  private LifecycleStatus mutate(int n, CaseId caseId, Rule rule) {
    Kind failure = failWithoutEffect.get(n);
    if (failure != null) {
      throw new CaseGatewayException(failure, "scripted " + failure + " on call " + n);
    }
    synchronized (this) {
      CaseSnapshot current = existing(caseId);
      cases.put(caseId, current.withStatus(rule.apply(current)));
    }
    int mutation = mutationCounter.getAndIncrement();
    if (mutation < interference.size()) {
      moveBySomeoneElse(caseId, interference.get(mutation));
    }
    runAll(after, n);
    Kind lost = failAfterEffect.get(n);
    if (lost != null) {
      throw new CaseGatewayException(lost, "scripted " + lost + " after call " + n + " landed");
    }
    return reportInstead.getOrDefault(n, statusOf(caseId));
  }

  private int arrive(
      Operation operation, CaseId caseId, Optional<LifecycleStatus> target, Deadline deadline) {
    int n;
    synchronized (calls) {
      n = callCounter.incrementAndGet();
      calls.add(new Call(n, operation, caseId, target, deadline, Thread.currentThread().getName()));
    }
    runAll(before, n);
    return n;
  }

  private CaseSnapshot existing(CaseId caseId) {
    CaseSnapshot snapshot = cases.get(caseId);
    if (snapshot == null) {
      throw new CaseGatewayException(Kind.CASE_NOT_FOUND, "no case " + caseId);
    }
    return snapshot;
  }

  private static void runAll(Map<Integer, List<Runnable>> hooks, int n) {
    for (Runnable hook : hooks.getOrDefault(n, List.of())) {
      hook.run();
    }
  }

  @Override
  public String toString() {
    return "FakeCaseGateway" + new ArrayList<>(calls);
  }
}
