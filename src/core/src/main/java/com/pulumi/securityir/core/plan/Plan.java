package com.pulumi.securityir.core.plan;

import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What it takes to bring a case from its actual status to the declared one. */
public sealed interface Plan {

  LifecycleStatus actual();

  LifecycleStatus desired();

  /**
   * A legal path: the ordered moves to make, each one API call. Empty when the case is already in
   * the declared status.
   */
  record Path(LifecycleStatus actual, LifecycleStatus desired, List<Transition> steps)
      implements Plan {
    public Path {
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(desired, "desired");
      steps = List.copyOf(steps);
    }

    public boolean isNoOp() {
      return steps.isEmpty();
    }

    /**
     * The path as a responder reads it, e.g. {@code Detection and Analysis -> Containment,
     * Eradication and Recovery -> Post-incident Activities (2 steps)}, or {@code Submitted (no
     * change)}.
     */
    public String describe() {
      if (steps.isEmpty()) {
        return actual.wireName() + " (no change)";
      }
      StringBuilder text = new StringBuilder(actual.wireName());
      for (Transition step : steps) {
        text.append(" -> ").append(step.to().wireName());
      }
      return text.append(" (")
          .append(steps.size())
          .append(steps.size() == 1 ? " step)" : " steps)")
          .toString();
    }
  }

  /** No legal path exists; nothing may be called. */
  record Refusal(
      LifecycleStatus actual,
      LifecycleStatus desired,
      ResolverType resolverType,
      RefusalReason reason,
      Set<LifecycleStatus> reachable)
      implements Plan {
    public Refusal {
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(desired, "desired");
      Objects.requireNonNull(resolverType, "resolverType");
      Objects.requireNonNull(reason, "reason");
      reachable = Set.copyOf(reachable);
    }

    /**
     * The refusal worded for an incident responder: the actual and declared statuses, why no path
     * exists, and which statuses this case can be moved to.
     */
    public String message() {
      String prefix =
          "cannot move case from '" + actual.wireName() + "' to '" + desired.wireName() + "': ";
      String why =
          switch (reason) {
            case CLOSED_IS_TERMINAL ->
                "the case is Closed, and closed cases cannot be reopened. Declare 'Closed' for this"
                    + " case, or remove it from the declarations";
            case TARGET_NOT_SETTABLE ->
                "'"
                    + desired.wireName()
                    + "' is set only by the service or by AWS responders; no API call sets it";
            case AWS_SUPPORTED_CAN_ONLY_CLOSE ->
                "this is an AWS-supported case, whose status AWS responders set; the only change"
                    + " you can make is to close it (declare 'Closed')";
            case NO_LEGAL_PATH ->
                "no sequence of legal transitions leads there from '" + actual.wireName() + "'";
          };
      return prefix + why + ". " + reachableSentence();
    }

    private String reachableSentence() {
      if (reachable.isEmpty()) {
        return "No other status can be reached from '" + actual.wireName() + "'.";
      }
      return "Reachable from '"
          + actual.wireName()
          + "': "
          + reachable.stream()
              .sorted()
              .map(s -> "'" + s.wireName() + "'")
              .collect(Collectors.joining(", "))
          + ".";
    }
  }
}
