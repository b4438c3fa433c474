package com.pulumi.securityir.emulator;

import java.util.Optional;

/** The outcome of one change of the case store: applied, with the new state, or rejected. */
sealed interface Outcome {

  /**
   * The change took effect (or had already: replays of idempotent requests answer the same state).
   *
   * @param next the case after the change
   * @param commentId the comment a CreateCaseComment created or replayed, or an UpdateCaseComment
   *     edited; empty otherwise
   */
  record Applied(CaseRecord next, Optional<String> commentId) implements Outcome {
    Applied(CaseRecord next) {
      this(next, Optional.empty());
    }
  }

  /** Nothing changed. */
  record Rejected(Rejection reason) implements Outcome {}
}
