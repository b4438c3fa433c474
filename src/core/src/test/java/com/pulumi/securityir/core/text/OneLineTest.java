package com.pulumi.securityir.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneLineTest {

  @Test
  void inputShowsEachControlCharacterAsAQuestionMark() {
    assertEquals("a?b??c", OneLine.input("a\nb\r\tc"));
  }

  @Test
  void inputIsBoundedToEightyCharactersAndAnEllipsis() {
    assertEquals("x".repeat(80) + "...", OneLine.input("x".repeat(500)));
    assertEquals("x".repeat(80), OneLine.input("x".repeat(80)));
  }

  @Test
  void inputOfNullIsEmpty() {
    assertEquals("", OneLine.input(null));
  }

  @Test
  void messageFoldsRunsOfControlCharactersIntoOneSpace() {
    assertEquals("first line second line", OneLine.message("first line\r\n\tsecond line\n"));
  }

  @Test
  void messageIsBoundedToThreeHundredCharactersAndAnEllipsis() {
    assertEquals("y".repeat(300) + "...", OneLine.message("y".repeat(10_000)));
  }

  @ParameterizedTest
  @CsvSource(
      value = {"NULL", "''", "'   '"},
      nullValues = "NULL")
  void blankMessagesSaySoInsteadOfVanishing(String blank) {
    assertEquals("(no message)", OneLine.message(blank));
  }
}
