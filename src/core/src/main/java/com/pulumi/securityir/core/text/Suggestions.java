package com.pulumi.securityir.core.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Did you mean": the known name a person most plausibly meant by what they typed, for every
 * message that rejects a name or value (statuses, property names, YAML keys, options). Stateless
 * and thread-safe.
 */
public final class Suggestions {

  private Suggestions() {}

  /** As {@link #closest(String, Collection, Function)} for plain names. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    return closest(typed, candidates, Function.identity());
  }

  /**
   * The candidate whose name is most plausibly meant, tried in this order: a name that starts with
   * the input ("Containment"), a name containing every significant word of it ("containment and
   * recovery"), then the nearest by edit distance, measured against the whole name ("closd") or its
   * beginning ("Contaiment"). Case and repeated spaces are ignored. Empty when nothing is close
   * enough to be a plausible attempt, so random words get no suggestion.
   */
  public static <T> Optional<T> closest(
      String typed, Collection<T> candidates, Function<T, String> name) {
    String input = normalize(typed == null ? "" : typed);
    if (input.isEmpty() || candidates.isEmpty()) {
      return Optional.empty();
    }
    Comparator<T> nearest = Comparator.comparingInt(c -> distance(normalize(name.apply(c)), input));
    Optional<T> byPrefix =
        candidates.stream().filter(c -> normalize(name.apply(c)).startsWith(input)).min(nearest);
    if (byPrefix.isPresent()) {
      return byPrefix;
    }
    List<String> words = significantWords(input);
    if (!words.isEmpty()) {
      Optional<T> byWords =
          candidates.stream()
              .filter(c -> significantWords(normalize(name.apply(c))).containsAll(words))
              .min(nearest);
      if (byWords.isPresent()) {
        return byWords;
      }
    }
    T best =
        candidates.stream()
            .min(Comparator.comparingInt(c -> fuzzy(normalize(name.apply(c)), input)))
            .orElseThrow();
    String bestName = normalize(name.apply(best));
    boolean closeWhole = distance(bestName, input) <= Math.max(2, bestName.length() / 3);
    boolean closeStart =
        input.length() >= 4
            && bestName.length() > input.length()
            && distance(bestName.substring(0, input.length()), input)
                <= Math.max(1, input.length() / 4);
    return closeWhole || closeStart ? Optional.of(best) : Optional.empty();
  }

  private static int fuzzy(String name, String input) {
    int whole = distance(name, input);
    return name.length() > input.length()
        ? Math.min(whole, distance(name.substring(0, input.length()), input))
        : whole;
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The words that identify a name, without filler such as "and" or "to". */
  private static List<String> significantWords(String normalized) {
    return Arrays.stream(normalized.split("[^a-z]+")).filter(w -> w.length() > 3).toList();
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
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
