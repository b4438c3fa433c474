package com.pulumi.securityir.cases;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Small text helpers for messages: bounded quoting and "did you mean" suggestions. */
final class Text {

  private static final int MAX_QUOTED = 64;

  private Text() {}

  /** Keeps a user value on one line and of bounded size in a message. */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() > MAX_QUOTED ? oneLine.substring(0, MAX_QUOTED) + "..." : oneLine;
  }

  /**
   * The candidate the input most plausibly meant: a known synonym, a spelling that differs only in
   * letter case, or one within a small edit distance.
   */
  static Optional<String> closest(
      String input, Collection<String> candidates, Map<String, String> synonyms) {
    String key = input.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> synonym : synonyms.entrySet()) {
      if (synonym.getKey().toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(synonym.getValue());
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(candidate.toLowerCase(Locale.ROOT), key);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return bestDistance <= Math.max(1, Math.min(3, best.length() / 3))
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
