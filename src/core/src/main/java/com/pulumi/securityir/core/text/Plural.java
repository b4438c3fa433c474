package com.pulumi.securityir.core.text;

/**
 * The one plural helper: {@code count(1, "step")} is {@code 1 step}, {@code count(2, "step")} is
 * {@code 2 steps}.
 */
public final class Plural {

  private Plural() {}

  /** {@code n} and the noun, with an {@code s} unless {@code n} is 1. */
  public static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** {@code n} and the singular or the plural form. */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
