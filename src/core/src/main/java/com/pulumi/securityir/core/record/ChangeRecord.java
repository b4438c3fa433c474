package com.pulumi.securityir.core.record;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.Wording;
import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.core.text.Sha256;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Words the comment that records what a reconcile changed. Pure: the same change always gives the
 * same text and token. Stateless and thread-safe.
 */
public final class ChangeRecord {

  /** The longest note accepted, in characters; with it a comment stays within the API's 12,000. */
  public static final int MAX_NOTE_LENGTH = 4000;

  /** The API's limit on a comment body ({@code CreateCaseComment.body}). */
  static final int MAX_BODY_LENGTH = 12_000;

  private ChangeRecord() {}

  /**
   * Why {@code note} cannot be used, naming its length and the limit (never its text, which ends up
   * in a sensitive comment body), or empty when it can.
   */
  public static Optional<String> noteProblem(String note) {
    if (note.isBlank()) {
      return Optional.of("is blank: write what the change is for, or leave the note out");
    }
    if (note.length() > MAX_NOTE_LENGTH) {
      return Optional.of(
          "is "
              + note.length()
              + " characters long; shorten it to at most "
              + MAX_NOTE_LENGTH
              + " (a case comment holds 12,000)");
    }
    return Optional.empty();
  }

  /**
   * The comment recording what {@code outcome} changed, or empty when it changed nothing (no step
   * applied), which gets no comment.
   *
   * @param start the case as read before the walk, when known; its last update time makes the token
   *     differ between two identical changes made at different times
   * @param declared the status the walk was bringing the case to
   */
  public static Optional<ChangeComment> of(
      Optional<CaseSnapshot> start,
      ReconcileOutcome outcome,
      LifecycleStatus declared,
      Origin origin,
      Optional<String> note) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(note, "note");
    List<AppliedStep> applied = outcome.applied();
    if (applied.isEmpty()) {
      return Optional.empty();
    }
    List<Transition> steps = applied.stream().map(AppliedStep::transition).toList();
    LifecycleStatus from = start.map(CaseSnapshot::status).orElse(steps.get(0).from());
    LifecycleStatus reached = steps.get(steps.size() - 1).to();
    StringBuilder body = new StringBuilder();
    body.append("Status changed by securityir from '")
        .append(from.wireName())
        .append("' to '")
        .append(reached.wireName())
        .append("' in ")
        .append(Plural.count(steps.size(), "step"));
    if (outcome instanceof ReconcileOutcome.Stopped stopped) {
      body.append(", then stopped short of the declared '").append(declared.wireName()).append("'");
      body.append(":\n");
      steps.forEach(s -> body.append("- ").append(Wording.step(s)).append('\n'));
      body.append("Stopped: ")
          .append(stopped.cause().message().strip())
          .append(stopped.cause().message().strip().endsWith(".") ? "" : ".")
          .append('\n');
      if (!stopped.remaining().isEmpty()) {
        body.append("Remaining: ").append(Wording.steps(stopped.remaining())).append(".\n");
      }
    } else {
      body.append(":\n");
      steps.forEach(s -> body.append("- ").append(Wording.step(s)).append('\n'));
    }
    body.append("From: ").append(origin.describe()).append(".\n");
    note.map(String::strip).ifPresent(n -> body.append("Note: ").append(n).append('\n'));
    String text = body.toString().strip();
    if (text.length() > MAX_BODY_LENGTH) {
      text = text.substring(0, MAX_BODY_LENGTH);
    }
    return Optional.of(new ChangeComment(text, token(outcome, start, steps)));
  }

  /**
   * The change's identity: the case, where it started (status and last update time as read) and the
   * steps applied. Not the note or origin: rewording the note of a change already recorded must not
   * record it twice.
   */
  private static String token(
      ReconcileOutcome outcome, Optional<CaseSnapshot> start, List<Transition> steps) {
    StringBuilder identity =
        new StringBuilder("securityir-change-v1\n").append(outcome.caseId().value()).append('\n');
    start.ifPresent(
        s ->
            identity
                .append(s.status().wireName())
                .append('|')
                .append(s.lastUpdated().map(Object::toString).orElse("-"))
                .append('\n'));
    steps.forEach(s -> identity.append(Wording.step(s)).append('\n'));
    return "securityir-" + Sha256.hex(identity.toString());
  }
}
