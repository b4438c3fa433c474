package com.pulumi.securityir.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.testing.Generated;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two parsers that take text typed by people, fed 10,000 generated strings each: they never
 * throw, accept exactly the valid forms, and reject with one bounded line that says what to do.
 */
class ParserFuzzTest {

  private static final int MAX_MESSAGE = 600;

  private static final String[] NOISE = {"", " ", "  ", "\t", "\n", "x", ",", "s"};
  private static final String[] PADS = {"", " ", "\t", "\u00a0", "\u2003", "/", "%2F", "../"};
  private static final String[] UNITS = {"9", "a", "Closed ", "\u0000", "\uD83D\uDE42"};

  /** Status names with noise, padded digit strings, arbitrary Unicode, and huge strings. */
  private static final Function<Random, String> ANY_TEXT =
      Generated.weighted(
          new Generated.Weighted<>(3, ParserFuzzTest::statusLike),
          new Generated.Weighted<>(3, ParserFuzzTest::paddedDigits),
          new Generated.Weighted<>(3, random -> unicode(random, 64)),
          new Generated.Weighted<>(
              1, random -> UNITS[random.nextInt(UNITS.length)].repeat(1 + random.nextInt(20_000))));

  private static String statusLike(Random random) {
    LifecycleStatus[] all = LifecycleStatus.values();
    String name = all[random.nextInt(all.length)].wireName();
    String noise = NOISE[random.nextInt(NOISE.length)];
    String cased =
        random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    return noise + cased.replace(" ", noise.isBlank() ? " " + noise : noise);
  }

  private static String paddedDigits(Random random) {
    String pad = PADS[random.nextInt(PADS.length)];
    StringBuilder digits = new StringBuilder();
    for (int i = random.nextInt(41); i > 0; i--) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return pad + digits + pad;
  }

  private static String unicode(Random random, int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      text.append((char) random.nextInt(Character.MAX_VALUE + 1));
    }
    return text.toString();
  }

  @Test
  void statusParserNeverThrowsAndRejectsWithOneBoundedLine() {
    Generated.check(10_000, ANY_TEXT, ParserFuzzTest::checkStatus);
  }

  private static void checkStatus(String text) {
    Parsed<LifecycleStatus> parsed = LifecycleStatus.parse(text);
    if (parsed instanceof Parsed.Success<LifecycleStatus> success) {
      assertEquals(
          success.value(), LifecycleStatus.parse(success.value().wireName()).orElseThrow());
      assertTrue(text.length() < 200, "only a status name (with spacing) may parse");
    } else {
      String reason = ((Parsed.Failure<LifecycleStatus>) parsed).reason();
      assertOneBoundedLine(reason);
      assertTrue(reason.contains("Valid values") || reason.contains("valid values"), reason);
    }
  }

  @Test
  void caseIdParserAcceptsExactlyTenToThirtyTwoAsciiDigits() {
    Generated.check(10_000, ANY_TEXT, ParserFuzzTest::checkCaseId);
  }

  private static void checkCaseId(String text) {
    Parsed<CaseId> parsed = CaseId.parse(text);
    boolean valid = text.strip().matches("[0-9]{10,32}");
    assertEquals(valid, parsed instanceof Parsed.Success, () -> "for '" + text + "'");
    if (parsed instanceof Parsed.Success<CaseId> success) {
      assertTrue(success.value().value().chars().allMatch(c -> c >= '0' && c <= '9'));
      assertFalse(success.value().value().contains("/"));
    } else {
      String reason = ((Parsed.Failure<CaseId>) parsed).reason();
      assertOneBoundedLine(reason);
      assertTrue(reason.contains("10 to 32 digits") || reason.contains("no case id"), reason);
    }
  }

  @ParameterizedTest
  @EnumSource(LifecycleStatus.class)
  void everyStatusParsesFromItsWireNameInAnyCaseAndSpacing(LifecycleStatus status) {
    for (String name : List.of(status.wireName(), status.wireName().toUpperCase(Locale.ROOT))) {
      assertEquals(
          status, LifecycleStatus.parse("  " + name.replace(" ", "   ") + " ").orElseThrow());
    }
  }

  private static void assertOneBoundedLine(String reason) {
    assertFalse(reason.isBlank());
    assertTrue(reason.length() <= MAX_MESSAGE, () -> "message of " + reason.length() + " chars");
    assertFalse(
        reason.contains("\n") || reason.contains("\r"), () -> "message over lines: " + reason);
  }
}
