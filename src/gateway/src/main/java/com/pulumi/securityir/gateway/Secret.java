package com.pulumi.securityir.gateway;

import java.util.Objects;

/**
 * A secret value (secret access key, session token) that never shows itself by accident: {@link
 * #toString()} is always {@code (secret)}, and only {@link #reveal()} returns the text, at the one
 * place that hands it to the SDK. Immutable and thread-safe.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a secret; {@code value} must not be null (it may be blank, which validation reports). */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "value"));
  }

  /** The secret text. Call only where it is handed to the SDK; never log or format it. */
  public String reveal() {
    return value;
  }

  /** True when the secret has no non-blank content. */
  public boolean isBlank() {
    return value.isBlank();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Always {@code (secret)}, whatever the value. */
  @Override
  public String toString() {
    return "(secret)";
  }
}
