package com.pulumi.securityir.core.gateway;

import java.util.Arrays;
import java.util.Optional;

/**
 * The API's {@code MembershipStatus}: a subscription is Active, Cancelled (CancelMembership; it can
 * still be restored with UpdateMembership's {@code undoMembershipCancellation}), or Terminated (AWS
 * ended the cancelled subscription; it cannot come back).
 */
public enum MembershipStatus {
  ACTIVE("Active"),
  CANCELLED("Cancelled"),
  TERMINATED("Terminated");

  private final String wireName;

  MembershipStatus(String wireName) {
    this.wireName = wireName;
  }

  /** The exact spelling on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The status of that exact spelling, if there is one. */
  public static Optional<MembershipStatus> fromWireName(String text) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(text)).findFirst();
  }
}
