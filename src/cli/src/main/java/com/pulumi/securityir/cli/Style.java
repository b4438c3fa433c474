package com.pulumi.securityir.cli;

import picocli.CommandLine.Help.Ansi;

/**
 * Colours for terminal output, or none. Text is wrapped in ANSI codes directly (picocli's {@link
 * Ansi.Style} supplies them) rather than through picocli's {@code @|...|@} markup, so text from the
 * service or the file can never be read as markup. Immutable and thread-safe.
 */
public final class Style {

  private static final Style PLAIN = new Style(false);
  private static final Style COLOURED = new Style(true);

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  /** No escape codes at all. */
  public static Style plain() {
    return PLAIN;
  }

  /** ANSI colours. */
  public static Style coloured() {
    return COLOURED;
  }

  /**
   * Colour only when asked for nothing else: not {@code --no-color}, {@code NO_COLOR} unset or
   * empty (see no-color.org), and output going to a terminal.
   */
  public static Style choose(boolean noColorOption, String noColorEnv, boolean terminal) {
    boolean off = noColorOption || (noColorEnv != null && !noColorEnv.isEmpty()) || !terminal;
    return off ? PLAIN : COLOURED;
  }

  public boolean enabled() {
    return enabled;
  }

  String green(String text) {
    return wrap(text, Ansi.Style.fg_green);
  }

  String yellow(String text) {
    return wrap(text, Ansi.Style.fg_yellow);
  }

  String red(String text) {
    return wrap(text, Ansi.Style.fg_red);
  }

  String bold(String text) {
    return wrap(text, Ansi.Style.bold);
  }

  String dim(String text) {
    return wrap(text, Ansi.Style.faint);
  }

  private String wrap(String text, Ansi.Style style) {
    // A full reset closes every style; some terminals read bold's own "off" code (21) as underline.
    return enabled ? style.on() + text + Ansi.Style.reset.on() : text;
  }
}
