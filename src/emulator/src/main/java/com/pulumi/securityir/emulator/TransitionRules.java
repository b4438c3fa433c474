package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.CaseState.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.emulator.CaseState.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.emulator.CaseState.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.emulator.CaseState.SUBMITTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The emulator's own table of UpdateCaseStatus moves for self-managed cases, written from the API
 * reference (deliberately independent of {@code core}, so a planner bug surfaces as a rejected
 * call).
 *
 * <p>{@link #DOCUMENTED} is the eight-line list of the model: Submitted → D&amp;A; D&amp;A → CER;
 * D&amp;A → PIA; CER → D&amp;A; CER → PIA; PIA → CER; PIA → D&amp;A (the "Any → Closed" line is
 * served by CloseCase, since {@code SelfManagedCaseStatus} has no Closed). {@link #EXTENDED} adds
 * Submitted → CER and Submitted → PIA from the newer API reference. Immutable and thread-safe.
 */
public enum TransitionRules {
  DOCUMENTED(false),
  EXTENDED(true);

  private final Map<CaseState, Set<CaseState>> edges;

  TransitionRules(boolean extended) {
    Map<CaseState, Set<CaseState>> table = new EnumMap<>(CaseState.class);
    table.put(
        SUBMITTED,
        extended
            ? EnumSet.of(
                DETECTION_AND_ANALYSIS,
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                POST_INCIDENT_ACTIVITIES)
            : EnumSet.of(DETECTION_AND_ANALYSIS));
    table.put(
        DETECTION_AND_ANALYSIS,
        EnumSet.of(CONTAINMENT_ERADICATION_AND_RECOVERY, POST_INCIDENT_ACTIVITIES));
    table.put(
        CONTAINMENT_ERADICATION_AND_RECOVERY,
        EnumSet.of(DETECTION_AND_ANALYSIS, POST_INCIDENT_ACTIVITIES));
    table.put(
        POST_INCIDENT_ACTIVITIES,
        EnumSet.of(CONTAINMENT_ERADICATION_AND_RECOVERY, DETECTION_AND_ANALYSIS));
    this.edges = table;
  }

  /** Whether UpdateCaseStatus may move a self-managed case from {@code from} to {@code to}. */
  public boolean allows(CaseState from, CaseState to) {
    return edges.getOrDefault(from, Set.of()).contains(to);
  }

  /** The command-line spelling ({@code documented} or {@code extended}). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code documented} or {@code extended} (case-insensitive). */
  public static Optional<TransitionRules> parse(String text) {
    for (TransitionRules r : values()) {
      if (r.cliName().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
