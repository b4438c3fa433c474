package com.pulumi.securityir.core.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a string value may be, as the service's API model constrains the member it is sent as:
 * length bounds, a pattern the whole value must match, the allowed values of an enum, or an RFC
 * 3339 timestamp (sent as epoch seconds). Immutable.
 *
 * @param minLength the fewest characters (0 for no bound)
 * @param maxLength the most characters ({@link Integer#MAX_VALUE} for no bound)
 * @param pattern a regular expression the whole value must match, if any
 * @param allowed the only values accepted (an enum), or empty for any
 * @param timestamp whether the value is an RFC 3339 date-time
 */
public record TextRules(
    int minLength,
    int maxLength,
    Optional<String> pattern,
    List<String> allowed,
    boolean timestamp) {

  /** No rule beyond being a string. */
  public static final TextRules ANY =
      new TextRules(0, Integer.MAX_VALUE, Optional.empty(), List.of(), false);

  public TextRules {
    Objects.requireNonNull(pattern, "pattern");
    allowed = List.copyOf(allowed);
    if (minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException("bad length bounds " + minLength + ".." + maxLength);
    }
  }

  /** A string of {@code min} to {@code max} characters. */
  public static TextRules length(int min, int max) {
    return new TextRules(min, max, Optional.empty(), List.of(), false);
  }

  /** One of {@code values}. */
  public static TextRules oneOf(List<String> values) {
    return new TextRules(0, Integer.MAX_VALUE, Optional.empty(), values, false);
  }

  /** An RFC 3339 date-time. */
  public static TextRules dateTime() {
    return new TextRules(0, Integer.MAX_VALUE, Optional.empty(), List.of(), true);
  }

  /** The same bounds, the whole value also matching {@code regex}. */
  public TextRules matching(String regex) {
    return new TextRules(minLength, maxLength, Optional.of(regex), allowed, timestamp);
  }
}
