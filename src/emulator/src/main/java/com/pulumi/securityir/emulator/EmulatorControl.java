package com.pulumi.securityir.emulator;

import java.util.List;

/**
 * In-process access to the control plane; the {@code /_emulator/} HTTP handler calls exactly these
 * methods, so tests and HTTP clients exercise the same code. Thread-safe.
 */
public final class EmulatorControl {
  private final CaseBook book;
  private final FaultInjector faults;
  private final CallLog calls;

  EmulatorControl(CaseBook book, FaultInjector faults, CallLog calls) {
    this.book = book;
    this.faults = faults;
    this.calls = calls;
  }

  /**
   * Creates a case in any status and resolver type, bypassing the lifecycle; the value is its id.
   */
  public ControlResult<String> seedCase(SeedCase seed) {
    return book.seed(seed);
  }

  /**
   * Moves a case as AWS responders or a console user would (any status, recorded in the audit trail
   * as {@code AWS Responder}); only a Closed case cannot move.
   */
  public ControlResult<CaseState> moveCase(String caseId, CaseState status) {
    return book.move(caseId, status);
  }

  /** Activates a fault; rejected with every problem of the spec when it is unusable. */
  public ControlResult<FaultSpec> injectFault(FaultSpec spec) {
    List<String> problems = faults.add(spec);
    return problems.isEmpty()
        ? new ControlResult.Ok<>(spec)
        : new ControlResult.Rejected<>(400, String.join("; ", problems));
  }

  /** Removes every fault; the value is how many were active. */
  public int clearFaults() {
    return faults.clear();
  }

  /** The ordered log of API calls since start or the last {@link #clearCalls()}. */
  public List<CallRecord> calls() {
    return calls.snapshot();
  }

  /** Empties the call log; the value is how many entries it held. */
  public int clearCalls() {
    return calls.clear();
  }
}
