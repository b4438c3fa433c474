package com.pulumi.securityir.core.lifecycle;

import java.util.Optional;

/** Who works a case: the customer's own team, or AWS Security Incident Response engineers. */
public enum ResolverType {
  /** Self-managed: the customer moves the case through the lifecycle. */
  SELF("Self"),
  /** AWS-supported: AWS responders set the status; the customer can only close the case. */
  AWS("AWS");

  private final String wireName;

  ResolverType(String wireName) {
    this.wireName = wireName;
  }

  /** The exact spelling the service's API uses: {@code Self} or {@code AWS}. */
  public String wireName() {
    return wireName;
  }

  /** The resolver type with exactly this wire spelling, as the service sends it. */
  public static Optional<ResolverType> fromWireName(String wireName) {
    for (ResolverType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
