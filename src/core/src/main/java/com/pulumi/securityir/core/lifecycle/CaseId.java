package com.pulumi.securityir.core.lifecycle;

import com.pulumi.securityir.core.text.OneLine;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Security Incident Response case id: 10 to 32 ASCII digits.
 *
 * <p>The API model allows anything after ten leading digits; this type is stricter on purpose,
 * because the id is placed in request URLs and every real id is numeric. An instance is always
 * valid; build one with {@link #parse}.
 */
public record CaseId(String value) {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{10,32}");

  public CaseId {
    Objects.requireNonNull(value, "value");
    if (!DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("not a case id: use CaseId.parse for untrusted text");
    }
  }

  /**
   * Validates a case id as a person writes it (surrounding spaces are ignored). Never throws.
   *
   * @return the id, or a failure quoting the input and describing the expected form
   */
  public static Parsed<CaseId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.failure(
          "no case id given; use the case's numeric id as shown in the console, e.g. '8403556009'");
    }
    String trimmed = text.strip();
    if (!DIGITS.matcher(trimmed).matches()) {
      return Parsed.failure(
          "invalid case id '"
              + OneLine.input(trimmed)
              + "': a case id is 10 to 32 digits, e.g. '8403556009'");
    }
    return Parsed.success(new CaseId(trimmed));
  }

  @Override
  public String toString() {
    return value;
  }
}
