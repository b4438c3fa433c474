package com.pulumi.securityir.provider.casestatus;

import static com.pulumi.securityir.core.resource.CaseStatusResource.COMMENT;
import static com.pulumi.securityir.core.resource.CaseStatusResource.NOTE;

import com.pulumi.securityir.provider.resource.OptionalInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@code CaseStatus} records a change it applied, by its inputs {@code note} and {@code
 * comment}: whether the case gets the comment recording it (unless {@code comment} is false), and
 * the note that comment carries. Either may be unknown during a preview, which records nothing.
 * Immutable; {@link #toString()} never shows the note, which ends up in a comment body the API
 * marks sensitive.
 */
public record Recording(OptionalInput<String> note, OptionalInput<Boolean> comment) {

  /** Neither input given: changes are recorded, without a note. */
  public static final Recording DEFAULT =
      new Recording(OptionalInput.absent(), OptionalInput.absent());

  public Recording {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(comment, "comment");
  }

  /** Whether an applied change gets its comment; true unless {@code comment} is false. */
  public boolean enabled() {
    return comment.orElse(true).orElse(true);
  }

  /** The note, when one is given. */
  public Optional<String> noteText() {
    return note.known();
  }

  /**
   * The inputs whose value differs from {@code before}'s: an unknown value differs from anything,
   * secrecy alone is no change, and an unset {@code comment} is the same as true.
   */
  List<String> changedFrom(Recording before) {
    List<String> changed = new ArrayList<>();
    if (differ(note.orElse(""), before.note.orElse(""))) {
      changed.add(NOTE);
    }
    if (differ(comment.orElse(true), before.comment.orElse(true))) {
      changed.add(COMMENT);
    }
    return changed;
  }

  private static boolean differ(Optional<?> now, Optional<?> before) {
    return now.isEmpty() || before.isEmpty() || !now.equals(before);
  }

  @Override
  public String toString() {
    return "Recording[note="
        + (note instanceof OptionalInput.Absent<String> ? "none" : note)
        + ", comment="
        + (comment instanceof OptionalInput.Given<Boolean> given && !given.secret()
            ? given.value()
            : comment)
        + "]";
  }
}
