package com.pulumi.securityir.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseIdTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "8403556009|8403556009",
        "0000000000|0000000000",
        "  8403556009  |8403556009",
        "12345678901234567890123456789012|12345678901234567890123456789012",
        "123456789012345|123456789012345"
      })
  void acceptsTenToThirtyTwoDigitsIgnoringSurroundingSpaces(String text, String expected) {
    CaseId id = CaseId.parse(text).orElseThrow();
    assertEquals(expected, id.value());
    assertEquals(expected, id.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789",
        "123456789012345678901234567890123",
        "84035560O9",
        "8403556009abc",
        "-8403556009",
        "8403 556009",
        "case-8403556009",
        "８４０３５５６００９"
      })
  void rejectsAnythingButTenToThirtyTwoAsciiDigitsQuotingTheInput(String text) {
    String reason = LifecycleStatusTest.failureReason(CaseId.parse(text));
    assertTrue(reason.contains("'" + text + "'"), () -> reason);
    assertTrue(reason.contains("10 to 32 digits"), () -> reason);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void missingIdSaysNoneWasGivenWithAnExample(String text) {
    String reason = LifecycleStatusTest.failureReason(CaseId.parse(text));
    assertTrue(reason.startsWith("no case id given"), () -> reason);
    assertTrue(reason.contains("8403556009"), () -> reason);
  }

  @Test
  void keepsFailureMessagesOnOneLineAndBounded() {
    String reason = LifecycleStatusTest.failureReason(CaseId.parse("12\n34" + "x".repeat(500)));
    assertFalse(reason.contains("\n"), () -> reason);
    assertTrue(reason.length() < 200, () -> reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", " 8403556009", "abcdefghij"})
  void constructorRefusesInvalidIds(String text) {
    assertThrows(IllegalArgumentException.class, () -> new CaseId(text));
  }

  @Test
  void equalIdsAreEqual() {
    assertEquals(new CaseId("8403556009"), CaseId.parse(" 8403556009 ").orElseThrow());
  }
}
