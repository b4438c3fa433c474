package com.pulumi.securityir.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The seven values of the model's {@code CaseStatus} enum, with their exact wire strings. */
public enum CaseState {
  SUBMITTED("Submitted", true),
  ACKNOWLEDGED("Acknowledged", false),
  DETECTION_AND_ANALYSIS("Detection and Analysis", true),
  CONTAINMENT_ERADICATION_AND_RECOVERY("Containment, Eradication and Recovery", true),
  POST_INCIDENT_ACTIVITIES("Post-incident Activities", true),
  READY_TO_CLOSE("Ready to Close", false),
  CLOSED("Closed", false);

  private final String wire;
  private final boolean selfManagedValue;

  CaseState(String wire, boolean selfManagedValue) {
    this.wire = wire;
    this.selfManagedValue = selfManagedValue;
  }

  /** The exact string the service sends and accepts. */
  public String wire() {
    return wire;
  }

  /**
   * Whether this value belongs to the model's {@code SelfManagedCaseStatus} enum (UpdateCaseStatus
   * input).
   */
  public boolean isSelfManagedValue() {
    return selfManagedValue;
  }

  /** The state for an exact wire string; never guesses from near misses. */
  public static Optional<CaseState> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
  }

  /** Wire strings of every value, in model order. */
  public static List<String> wireValues() {
    return Arrays.stream(values()).map(CaseState::wire).toList();
  }

  /** Wire strings of the {@code SelfManagedCaseStatus} enum, in model order. */
  public static List<String> selfManagedWireValues() {
    return Arrays.stream(values())
        .filter(CaseState::isSelfManagedValue)
        .map(CaseState::wire)
        .toList();
  }
}
