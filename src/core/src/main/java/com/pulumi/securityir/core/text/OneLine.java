package com.pulumi.securityir.core.text;

/**
 * The one way text from outside (a user's input, a service's message) is put into a one-line
 * message: nothing it contains can break the line, and nothing it says can flood the message.
 * Stateless and thread-safe.
 */
public final class OneLine {

  /** The bound for a service's or library's message quoted inside one of ours. */
  public static final int MESSAGE_LIMIT = 300;

  /** The bound for a value a user typed, quoted back in a problem report. */
  public static final int INPUT_LIMIT = 80;

  private OneLine() {}

  /**
   * A message on one line of at most {@link #MESSAGE_LIMIT} characters (plus {@code ...}): runs of
   * control characters (line breaks, tabs, escapes) become one space. Blank or null text becomes
   * {@code (no message)}.
   */
  public static String message(String text) {
    if (text == null || text.isBlank()) {
      return "(no message)";
    }
    return bounded(text.replaceAll("\\p{Cntrl}+", " ").strip(), MESSAGE_LIMIT);
  }

  /**
   * A value a user typed, safe to quote: every control character becomes {@code ?} (so a stray line
   * break stays visible where it was), at most {@link #INPUT_LIMIT} characters (plus {@code ...}).
   * Null becomes the empty string.
   */
  public static String input(String text) {
    return input(text, INPUT_LIMIT);
  }

  /** As {@link #input(String)}, with another bound (a URL, a file path). */
  public static String input(String text, int limit) {
    if (text == null) {
      return "";
    }
    return bounded(text.replaceAll("\\p{Cntrl}", "?"), limit);
  }

  private static String bounded(String text, int limit) {
    return text.length() > limit ? text.substring(0, limit) + "..." : text;
  }
}
