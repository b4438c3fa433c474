package com.pulumi.securityir.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The model's {@code MembershipStatus} enum. A membership starts {@code Active}; CancelMembership
 * makes it {@code Cancelled}, UpdateMembership's {@code undoMembershipCancellation} makes it {@code
 * Active} again, and only the control plane moves a cancelled membership to {@code Terminated},
 * from which nothing leads back.
 */
public enum MembershipStatus {
  ACTIVE("Active"),
  CANCELLED("Cancelled"),
  TERMINATED("Terminated");

  private final String wire;

  MembershipStatus(String wire) {
    this.wire = wire;
  }

  /** The exact wire string. */
  public String wire() {
    return wire;
  }

  /** The status for an exact wire string. */
  public static Optional<MembershipStatus> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
  }

  /** Wire strings of every value, in model order. */
  public static List<String> wireValues() {
    return Arrays.stream(values()).map(MembershipStatus::wire).toList();
  }
}
