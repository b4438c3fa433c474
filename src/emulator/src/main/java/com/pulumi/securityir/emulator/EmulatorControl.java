package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.function.Function;

/**
 * In-process access to the control plane; the {@code /_emulator/} HTTP handler calls exactly these
 * methods, so tests and HTTP clients exercise the same code. Control-plane changes act as AWS
 * responders ({@link EmulatorDefaults#RESPONDER}). Thread-safe.
 */
public final class EmulatorControl {
  private final AccountStore store;
  private final TransitionRules table;
  private final String region;
  private final FaultInjector faults;
  private final CallLog calls;

  /**
   * @param region the region of seeded cases' ARNs
   */
  EmulatorControl(
      AccountStore store,
      TransitionRules table,
      String region,
      FaultInjector faults,
      CallLog calls) {
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
    AccountStore.NewCase build =
        (id, now) ->
            CaseRules.seeded(
                id, Arns.ofCase(region, id), seed, new Stamp(now, EmulatorDefaults.RESPONDER));
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

  /**
   * Terminates a cancelled membership, as AWS does at the end of a cancellation; the value is its
   * new status. Rejected (404) for an unknown membership, (409) when it is Active (cancel it first)
   * or already Terminated. Nothing leads back from Terminated.
   */
  public ControlResult<MembershipStatus> terminateMembership(String membershipId) {
    MembershipOutcome outcome =
        store.updateMembership(
            membershipId,
            Rejection.notFound(
                "No membership " + membershipId + "; create it first with CreateMembership"),
            (current, now) ->
                MembershipRules.apply(current, new MembershipChange.Terminate(), now));
    if (outcome instanceof MembershipOutcome.Applied a) {
      return new ControlResult.Ok<>(a.next().status());
    }
    return rejected(((MembershipOutcome.Rejected) outcome).reason());
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

  /** How many memberships the emulator holds, in any status. */
  int membershipCount() {
    return store.memberships().size();
  }

  private static <T> ControlResult<T> result(Outcome outcome, Function<CaseRecord, T> value) {
    if (outcome instanceof Outcome.Applied a) {
      return new ControlResult.Ok<>(value.apply(a.next()));
    }
    return rejected(((Outcome.Rejected) outcome).reason());
  }

  private static <T> ControlResult<T> rejected(Rejection r) {
    return new ControlResult.Rejected<>(r.kind().httpStatus(), r.message());
  }
}
