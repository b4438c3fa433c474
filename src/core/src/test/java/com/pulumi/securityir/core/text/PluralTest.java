package com.pulumi.securityir.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralTest {

  @ParameterizedTest
  @CsvSource({"0, step, 0 steps", "1, step, 1 step", "2, step, 2 steps", "500, case, 500 cases"})
  void countsTakeAnSExceptForOne(long n, String noun, String expected) {
    assertEquals(expected, Plural.count(n, noun));
  }

  @ParameterizedTest
  @CsvSource({"1, 1 entry", "3, 3 entries"})
  void irregularPluralsAreGivenByTheCaller(long n, String expected) {
    assertEquals(expected, Plural.count(n, "entry", "entries"));
  }
}
