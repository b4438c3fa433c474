package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.function.Function;

/**
 * In-process access to the control plane; the {@code /_emulator/} HTTP handler calls exactly these
 * methods, so tests and HTTP clients exercise the same code. Control-plane changes act as AWS
 * responders ({@link EmulatorDefaults#RESPONDER}). Thread-safe.
 */
public final class EmulatorControl {
  private final CaseStore store;
  private final TransitionRules table;
  private final String region;
  private final FaultInjector faults;
  private final CallLog calls;

  /**
   * @param region the region of seeded cases' ARNs
   */
  EmulatorControl(
      CaseStore store, TransitionRules table, String region, FaultInjector faults, CallLog calls) {
    this.store = store;
    this.table = table;
    this.region = region;
    this.faults = faults;
    this.calls = calls;
  }

  /**
   * Creates a case in any status and resolver type, bypassing the lifecycle; the value is its id.
   * Rejected (400) with every problem of the seed, or (409) when its id is taken.
   */
  public ControlResult<String> seedCase(SeedCase seed) {
    List<String> problems = SeedValidation.problems(seed);
    if (!problems.isEmpty()) {
      return new ControlResult.Rejected<>(400, String.join("; ", problems));
    }
    CaseStore.NewCase build =
        (id, now) ->
            CaseRules.seeded(
                id, CaseArns.of(region, id), seed, new Stamp(now, EmulatorDefaults.RESPONDER));
    Outcome outcome =
        seed.caseId() == null
            ? store.create(null, build)
            : store.insert(
                seed.caseId(),
                Rejection.conflict(
                    seed.caseId(),
                    "caseId "
                        + seed.caseId()
                        + " already exists; choose another id or leave caseId out"),
                build);
    return result(outcome, c -> c.caseId());
  }

  /**
   * Moves a case as AWS responders or a console user would (any status, recorded in the audit trail
   * as {@code AWS Responder}); a Closed case cannot move, nor can a case move to its own status
   * (409).
   */
  public ControlResult<CaseState> moveCase(String caseId, CaseState status) {
    if (status == null) {
      return new ControlResult.Rejected<>(
          400, "status is required: one of " + CaseState.wireValues());
    }
    Outcome outcome =
        store.update(
            caseId,
            Rejection.notFound("No case " + caseId + "; seed it first with POST /_emulator/cases"),
            (current, now) ->
                CaseRules.apply(
                    current,
                    new CaseChange.ResponderMove(status),
                    table,
                    new Stamp(now, EmulatorDefaults.RESPONDER)));
    return result(outcome, CaseRecord::status);
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

  /** How many cases the emulator holds. */
  int caseCount() {
    return store.size();
  }

  private static <T> ControlResult<T> result(Outcome outcome, Function<CaseRecord, T> value) {
    if (outcome instanceof Outcome.Applied a) {
      return new ControlResult.Ok<>(value.apply(a.next()));
    }
    Rejection r = ((Outcome.Rejected) outcome).reason();
    return new ControlResult.Rejected<>(r.kind().httpStatus(), r.message());
  }
}
