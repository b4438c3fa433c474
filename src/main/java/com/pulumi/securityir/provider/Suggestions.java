package com.pulumi.securityir.provider;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for property names a user mistyped. */
final class Suggestions {

  private Suggestions() {}

  /** The known name closest to {@code typed}, when it is plausibly what was meant. */
  static Optional<String> closest(String typed, Collection<String> known) {
    String lower = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, best.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  static String unknownKeyMessage(String typed, Collection<String> known) {
    StringBuilder message = new StringBuilder("unknown property '").append(typed).append("'");
    closest(typed, known).ifPresent(s -> message.append("; did you mean '").append(s).append("'?"));
    return message.append(" Valid properties: ").append(String.join(", ", known)).toString();
  }

  private static int distance(String a, String b) {
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
