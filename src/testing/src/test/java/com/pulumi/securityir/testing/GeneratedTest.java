package com.pulumi.securityir.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedTest {

  @Test
  void checksEveryTryAndReplaysTheSameInputsFromTheSameSeed() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    Generated.check(500, random -> random.nextInt(1000), first::add);
    Generated.check(500, random -> random.nextInt(1000), second::add);
    assertEquals(500, first.size());
    assertEquals(first, second);
  }

  @Test
  void aFailingPropertyNamesTheTryTheSeedAndTheInput() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                Generated.check(
                    100,
                    random -> "input-" + random.nextInt(10),
                    input -> {
                      throw new IllegalStateException("boom");
                    }));
    assertTrue(error.getMessage().contains("try 1 of 100"), error.getMessage());
    assertTrue(error.getMessage().contains("seed " + Generated.DEFAULT_SEED), error.getMessage());
    assertTrue(error.getMessage().contains("input-"), error.getMessage());
  }

  @Test
  void weightedChoiceUsesEveryGenerator() {
    List<String> seen = new ArrayList<>();
    Generated.check(
        200,
        Generated.weighted(
            new Generated.Weighted<>(1, random -> "a"), new Generated.Weighted<>(3, random -> "b")),
        seen::add);
    assertTrue(seen.contains("a") && seen.contains("b"));
  }
}
