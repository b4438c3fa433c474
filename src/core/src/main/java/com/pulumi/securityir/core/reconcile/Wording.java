package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.text.Plural;
import java.util.List;

/**
 * The one wording of a step and of where a stopped walk left a case, shared by every face (the
 * provider's engine log and errors, the CLI's report), so a responder reads the same sentence
 * wherever they look. Stateless and thread-safe.
 */
public final class Wording {

  private Wording() {}

  /** One step: {@code Submitted -> Detection and Analysis (UpdateCaseStatus)}. */
  public static String step(Transition step) {
    return step.from().wireName()
        + " -> "
        + step.to().wireName()
        + " ("
        + step.operation().operationName()
        + ")";
  }

  /** Steps in order, joined with {@code ", "}: the same words as {@link #step}. */
  public static String steps(List<Transition> steps) {
    return String.join(", ", steps.stream().map(Wording::step).toList());
  }

  /**
   * Where a stopped walk left the case, as one sentence without the cause: {@code The case is in
   * 'Containment, Eradication and Recovery' after 1 step; remaining: ... (UpdateCaseStatus).} or
   * {@code Nothing was changed.}; {@code resume} (e.g. {@code Run the update again}) is appended as
   * the advice when steps remain.
   */
  public static String whereStopped(ReconcileOutcome.Stopped stopped, String resume) {
    StringBuilder text = new StringBuilder();
    stopped
        .reached()
        .ifPresentOrElse(
            reached ->
                text.append("The case is in '")
                    .append(reached.status().wireName())
                    .append("' after ")
                    .append(Plural.count(stopped.applied().size(), "step")),
            () -> text.append("Nothing was changed"));
    if (!stopped.remaining().isEmpty()) {
      text.append("; remaining: ")
          .append(steps(stopped.remaining()))
          .append(". ")
          .append(resume)
          .append(" to resume from the case's live status");
    }
    return text.append('.').toString();
  }
}
