package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.text.OneLine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a command writes on stdout: text for a person (the default), or a machine format. With a
 * machine format stdout carries that document only; the plan text, progress and prompts go to
 * stderr, so a pipe or a file gets nothing but the document.
 */
enum OutputFormat {
  TEXT,
  JSON,
  MARKDOWN;

  /** The option's spelling, e.g. {@code json}. */
  String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean machine() {
    return this != TEXT;
  }

  /**
   * The format {@code text} names among {@code allowed}, or empty; {@link #problem} words why not.
   */
  static Optional<OutputFormat> parse(String text, List<OutputFormat> allowed) {
    return allowed.stream().filter(f -> f.optionName().equals(text)).findFirst();
  }

  /** The one-line problem of an unusable {@code --format} value, naming the choices. */
  static String problem(String text, List<OutputFormat> allowed) {
    return "--format '"
        + OneLine.input(text)
        + "': use one of "
        + String.join(", ", allowed.stream().map(f -> "'" + f.optionName() + "'").toList())
        + " (default 'text')";
  }
}
