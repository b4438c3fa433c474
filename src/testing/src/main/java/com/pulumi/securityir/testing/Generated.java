package com.pulumi.securityir.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks over generated inputs: {@code tries} inputs from a seeded {@link Random}, each
 * checked in turn. A failure names the seed and the try, so it can be replayed exactly with {@code
 * -Dsecurityir.fuzz.seed=SEED}; without that property every run uses the same default seed, so the
 * test command is repeatable.
 */
public final class Generated {

  /** The seed every run uses unless {@code securityir.fuzz.seed} says otherwise. */
  public static final long DEFAULT_SEED = 0x5ec1_7e5_1c0deL;

  private Generated() {}

  public static long seed() {
    String configured = System.getProperty("securityir.fuzz.seed");
    return configured == null || configured.isBlank()
        ? DEFAULT_SEED
        : Long.parseLong(configured.strip());
  }

  /** Checks {@code property} for {@code tries} inputs made by {@code generator}. */
  public static <T> void check(int tries, Function<Random, T> generator, Consumer<T> property) {
    long seed = seed();
    Random random = new Random(seed);
    for (int i = 0; i < tries; i++) {
      T input = generator.apply(random);
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "property failed at try "
                + (i + 1)
                + " of "
                + tries
                + " (seed "
                + seed
                + ") for input: "
                + describe(input),
            e);
      }
    }
  }

  /** Picks one of the generators, each with the given weight. */
  @SafeVarargs
  public static <T> Function<Random, T> weighted(Weighted<T>... choices) {
    int total = 0;
    for (Weighted<T> choice : choices) {
      total += choice.weight();
    }
    int sum = total;
    return random -> {
      int pick = random.nextInt(sum);
      for (Weighted<T> choice : choices) {
        pick -= choice.weight();
        if (pick < 0) {
          return choice.generator().apply(random);
        }
      }
      throw new IllegalStateException("weights changed while picking");
    };
  }

  /** A generator and how often to use it relative to the others. */
  public record Weighted<T>(int weight, Function<Random, T> generator) {}

  private static String describe(Object input) {
    String text = String.valueOf(input);
    return text.length() > 2000
        ? text.substring(0, 2000) + "... (" + text.length() + " chars)"
        : text;
  }
}
