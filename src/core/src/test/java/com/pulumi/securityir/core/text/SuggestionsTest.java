package com.pulumi.securityir.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

  private static final List<String> KEYS = List.of("caseId", "status", "closeOnDelete");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "caseid, caseId",
        "case, caseId",
        "stauts, status",
        "closeOnDelte, closeOnDelete",
        "closedOnDelete, closeOnDelete",
        "CLOSE, closeOnDelete",
        "colour, none",
        "xyzzy, none",
        "'', none"
      })
  void suggestsTheNamePlausiblyMeantAndNothingForRandomWords(String typed, String expected) {
    assertEquals(Optional.ofNullable(expected), Suggestions.closest(typed, KEYS));
  }

  @ParameterizedTest(name = "[{0}] to [{1}]")
  @CsvSource({"kitten, sitting, 3", "'', abc, 3", "same, same, 0"})
  void measuresLevenshteinDistance(String a, String b, int expected) {
    assertEquals(expected, Suggestions.distance(a, b));
  }
}
