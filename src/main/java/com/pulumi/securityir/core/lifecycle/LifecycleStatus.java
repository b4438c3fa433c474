package com.pulumi.securityir.core.lifecycle;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stage of a Security Incident Response case, carrying its exact wire spelling.
 *
 * <p>Named apart from the Pulumi resource class {@code CaseStatus}: this is the domain value, that
 * is the declared resource. Order of declaration follows the lifecycle and is used for stable,
 * readable listings; it carries no meaning for which moves are legal (see {@link TransitionGraph}).
 */
public enum LifecycleStatus {
  SUBMITTED("Submitted"),
  ACKNOWLEDGED("Acknowledged"),
  DETECTION_AND_ANALYSIS("Detection and Analysis"),
  CONTAINMENT_ERADICATION_AND_RECOVERY("Containment, Eradication and Recovery"),
  POST_INCIDENT_ACTIVITIES("Post-incident Activities"),
  READY_TO_CLOSE("Ready to Close"),
  CLOSED("Closed");

  private final String wireName;

  LifecycleStatus(String wireName) {
    this.wireName = wireName;
  }

  /** The exact spelling the service's API uses, e.g. {@code Containment, Eradication and Recovery}. */
  public String wireName() {
    return wireName;
  }

  /** True for {@link #CLOSED}: a closed case can never be reopened. */
  public boolean isTerminal() {
    return this == CLOSED;
  }

  /**
   * True for Acknowledged and Ready to Close: a case can be in them, but only the service or AWS
   * responders put it there, so they can never be the target of a plan.
   */
  public boolean isSetOnlyByService() {
    return this == ACKNOWLEDGED || this == READY_TO_CLOSE;
  }

  /**
   * The status with exactly this wire spelling, as the service sends it. Use {@link #parse} for
   * text a person typed.
   */
  public static Optional<LifecycleStatus> fromWireName(String wireName) {
    for (LifecycleStatus status : values()) {
      if (status.wireName.equals(wireName)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** All wire spellings in lifecycle order, quoted and comma-separated, for messages. */
  public static String quotedWireNames() {
    return Arrays.stream(values())
        .map(s -> "'" + s.wireName + "'")
        .collect(Collectors.joining(", "));
  }

  /**
   * Parses a status as a person writes it: surrounding and repeated spaces and letter case are
   * ignored, and the documentation's prose spelling with an Oxford comma ("Containment,
   * Eradication, and Recovery") is accepted. Never throws.
   *
   * @return the status with its canonical wire spelling, or a failure that quotes the input, lists
   *     the valid values and suggests the closest one
   */
  public static Parsed<LifecycleStatus> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.failure("no status given; valid values: " + quotedWireNames());
    }
    String key = normalize(text);
    for (LifecycleStatus status : values()) {
      if (normalize(status.wireName).equals(key)) {
        return Parsed.success(status);
      }
    }
    StringBuilder reason = new StringBuilder("unknown status '").append(text).append("'");
    closestTo(key)
        .ifPresent(s -> reason.append("; did you mean '").append(s.wireName).append("'?"));
    if (reason.charAt(reason.length() - 1) != '?') {
      reason.append('.');
    }
    reason.append(" Valid values: ").append(quotedWireNames());
    return Parsed.failure(reason.toString());
  }

  private static String normalize(String text) {
    return text.strip()
        .replaceAll("\\s+", " ")
        .replace(", and ", " and ")
        .replace(" ,", ",")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The status a person most plausibly meant, if any: one whose name starts with the input (e.g.
   * "Containment"), then one containing every significant word of the input (e.g. "containment and
   * recovery"), then the nearest by edit distance (typos such as "closd").
   */
  private static Optional<LifecycleStatus> closestTo(String normalizedInput) {
    if (normalizedInput.isEmpty()) {
      return Optional.empty();
    }
    Comparator<LifecycleStatus> nearest =
        Comparator.comparingInt(s -> distance(normalize(s.wireName), normalizedInput));
    Optional<LifecycleStatus> byPrefix =
        Arrays.stream(values())
            .filter(s -> normalize(s.wireName).startsWith(normalizedInput))
            .min(nearest);
    if (byPrefix.isPresent()) {
      return byPrefix;
    }
    List<String> inputWords = significantWords(normalizedInput);
    if (!inputWords.isEmpty()) {
      Optional<LifecycleStatus> byWords =
          Arrays.stream(values())
              .filter(s -> significantWords(normalize(s.wireName)).containsAll(inputWords))
              .min(nearest);
      if (byWords.isPresent()) {
        return byWords;
      }
    }
    LifecycleStatus best = Arrays.stream(values()).min(nearest).orElseThrow();
    int d = distance(normalize(best.wireName), normalizedInput);
    // Suggest only when the input is recognisably an attempt at that status, not any random word.
    return d <= Math.max(2, best.wireName.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** The words that identify a status, without filler such as "and" or "to". */
  private static List<String> significantWords(String normalized) {
    return Arrays.stream(normalized.split("[^a-z]+"))
        .filter(w -> w.length() > 3)
        .toList();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  @Override
  public String toString() {
    return wireName;
  }
}
