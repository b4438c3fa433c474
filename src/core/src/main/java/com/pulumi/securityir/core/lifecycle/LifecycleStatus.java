package com.pulumi.securityir.core.lifecycle;

import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.core.text.Suggestions;
import java.util.Arrays;
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

  /**
   * The exact spelling the service's API uses, e.g. {@code Containment, Eradication and Recovery}.
   */
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
    StringBuilder reason =
        new StringBuilder("unknown status '").append(OneLine.input(text)).append("'");
    Suggestions.closest(key, Arrays.asList(values()), s -> normalize(s.wireName))
        .ifPresent(s -> reason.append("; did you mean '").append(s.wireName).append("'?"));
    if (reason.charAt(reason.length() - 1) != '?') {
      reason.append('.');
    }
    reason.append(" Valid values: ").append(quotedWireNames());
    return Parsed.failure(reason.toString());
  }

  /**
   * Parses a status someone declares as a target: as {@link #parse}, and also refuses the statuses
   * only the service or AWS responders set (Acknowledged, Ready to Close), which no API call can
   * reach. Never throws.
   */
  public static Parsed<LifecycleStatus> parseDeclared(String text) {
    Parsed<LifecycleStatus> parsed = parse(text);
    if (parsed instanceof Parsed.Success<LifecycleStatus> success
        && success.value().isSetOnlyByService()) {
      return Parsed.failure(
          "'"
              + success.value().wireName()
              + "' is set only by the service or AWS responders and cannot be declared; declare"
              + " one of 'Detection and Analysis', 'Containment, Eradication and Recovery',"
              + " 'Post-incident Activities' or 'Closed'");
    }
    return parsed;
  }

  private static String normalize(String text) {
    return text.strip()
        .replaceAll("\\s+", " ")
        .replace(", and ", " and ")
        .replace(" ,", ",")
        .toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName;
  }
}
