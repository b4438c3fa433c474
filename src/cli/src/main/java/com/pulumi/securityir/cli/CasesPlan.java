package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CasesFile;
import java.util.List;
import java.util.Objects;

/**
 * The plan for a whole cases file: one entry per declaration, in file order. Immutable.
 *
 * @param file the file the plan was made from
 * @param cases one entry per declared case, in the order of the file
 */
public record CasesPlan(CasesFile file, List<PlannedCase> cases) {

  public CasesPlan {
    Objects.requireNonNull(file, "file");
    cases = List.copyOf(cases);
  }

  /** Entries that need at least one step. */
  public List<PlannedCase.Change> changes() {
    return cases.stream()
        .filter(PlannedCase.Change.class::isInstance)
        .map(PlannedCase.Change.class::cast)
        .toList();
  }

  public long unchangedCount() {
    return cases.stream().filter(PlannedCase.Unchanged.class::isInstance).count();
  }

  public long refusedCount() {
    return cases.stream().filter(PlannedCase.Refused.class::isInstance).count();
  }

  public long unreadableCount() {
    return cases.stream().filter(PlannedCase.Unreadable.class::isInstance).count();
  }

  /** Cases of a saved plan that changed since it was made. */
  public long staleCount() {
    return cases.stream().filter(PlannedCase.Stale.class::isInstance).count();
  }

  /** The API calls the changes take in all, one per step. */
  public int stepCount() {
    return changes().stream().mapToInt(c -> c.path().steps().size()).sum();
  }

  /** True when some case is refused, unreadable or stale. */
  public boolean hasErrors() {
    return refusedCount() > 0 || unreadableCount() > 0 || staleCount() > 0;
  }

  /**
   * The exit code of {@code securityir plan}, as {@code terraform plan -detailed-exitcode}: {@link
   * ExitCodes#ERROR} when any case is refused, unreadable or stale, else {@link
   * ExitCodes#CHANGES_PENDING} when any case needs a change, else {@link ExitCodes#OK}.
   */
  public int exitCode() {
    if (hasErrors()) {
      return ExitCodes.ERROR;
    }
    return changes().isEmpty() ? ExitCodes.OK : ExitCodes.CHANGES_PENDING;
  }
}
