package com.pulumi.securityir.core.gateway;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Security Incident Response membership id, as the API model's {@code MembershipId} pattern
 * allows it: {@code m-} and 10 to 32 lowercase letters or digits. An instance is always valid;
 * build one from untrusted text with {@link #parse}.
 */
public record MembershipId(String value) {

  private static final Pattern ID = Pattern.compile("m-[a-z0-9]{10,32}");

  public MembershipId {
    Objects.requireNonNull(value, "value");
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a membership id: use MembershipId.parse");
    }
  }

  /** The id in {@code text} (surrounding spaces ignored), or empty when it is not one. */
  public static Optional<MembershipId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    return ID.matcher(trimmed).matches()
        ? Optional.of(new MembershipId(trimmed))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
