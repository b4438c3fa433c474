package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory case service: holds each case's status, records every call, and fails the calls a
 * test names. It does not check the lifecycle (the planner's job is tested in core); it moves a
 * case wherever it is told. Thread-safe.
 */
final class FakeCaseGateway implements CaseGateway {

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
  private final List<Call> calls = new ArrayList<>();
  private Hook hook = id -> {};
  private Runnable afterMove = () -> {};

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
            "arn:aws:security-ir:us-east-1:123456789012:case/" + caseId));
    return this;
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
    return calls.stream().filter(c -> !c.operation().equals("GetCase")).toList();
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
      cases.put(caseId, cases.get(caseId).withStatus(target));
      after = afterMove;
    }
    after.run();
    return target;
  }
}
