package com.pulumi.securityir.emulator;

/** The outcome of one change of a membership: applied, with the new state, or rejected. */
sealed interface MembershipOutcome {

  /** The change took effect (or had already: a replay answers the same state). */
  record Applied(MembershipRecord next) implements MembershipOutcome {}

  /** Nothing changed. */
  record Rejected(Rejection reason) implements MembershipOutcome {}
}
