package com.pulumi.securityir.gateway;

import java.util.Objects;

/**
 * One thing wrong with a gateway configuration, in words a person can act on.
 *
 * @param field the setting's name as the user knows it, e.g. {@code endpoint} or {@code region}
 * @param value the offending value as given, or {@code (secret)} for secrets, or {@code (not set)}
 * @param fix what to do about it
 */
public record ConfigProblem(String field, String value, String fix) {

  public ConfigProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(fix, "fix");
  }

  /** One line: {@code field 'value': fix}. */
  public String describe() {
    return field + " '" + value + "': " + fix;
  }

  @Override
  public String toString() {
    return describe();
  }
}
