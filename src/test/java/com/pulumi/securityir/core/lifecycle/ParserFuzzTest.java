package com.pulumi.securityir.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The two parsers that take text typed by people, fed 10,000 generated strings each: they never
 * throw, accept exactly the valid forms, and reject with one bounded line that says what to do.
 */
class ParserFuzzTest {

  private static final int MAX_MESSAGE = 600;

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> statusLike =
        Combinators.combine(
                Arbitraries.of(LifecycleStatus.values()).map(LifecycleStatus::wireName),
                Arbitraries.of("", " ", "  ", "\t", "\n", "x", ",", "s"),
                Arbitraries.of(true, false))
            .as((name, noise, upper) -> {
              String cased = upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
              return noise + cased.replace(" ", noise.isBlank() ? " " + noise : noise);
            });
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(40);
    Arbitrary<String> paddedDigits =
        Combinators.combine(Arbitraries.of("", " ", "\t", "\u00a0", "\u2003", "/", "%2F", "../"), digits)
            .as((pad, d) -> pad + d + pad);
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(64);
    Arbitrary<String> huge =
        Combinators.combine(Arbitraries.of("9", "a", "Closed ", "\u0000", "\uD83D\uDE42"), Arbitraries.integers().between(1, 20_000))
            .as(String::repeat);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, statusLike),
        net.jqwik.api.Tuple.of(3, paddedDigits),
        net.jqwik.api.Tuple.of(3, unicode),
        net.jqwik.api.Tuple.of(1, huge));
  }

  @Property(tries = 10000)
  void statusParserNeverThrowsAndRejectsWithOneBoundedLine(@ForAll("anyText") String text) {
    Parsed<LifecycleStatus> parsed = LifecycleStatus.parse(text);
    if (parsed instanceof Parsed.Success<LifecycleStatus> success) {
      assertEquals(success.value(), LifecycleStatus.parse(success.value().wireName()).orElseThrow());
      assertTrue(text.length() < 200, "only a status name (with spacing) may parse");
    } else {
      String reason = ((Parsed.Failure<LifecycleStatus>) parsed).reason();
      assertOneBoundedLine(reason);
      assertTrue(reason.contains("Valid values") || reason.contains("valid values"), reason);
    }
  }

  @Property(tries = 10000)
  void caseIdParserAcceptsExactlyTenToThirtyTwoAsciiDigits(@ForAll("anyText") String text) {
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

  @Property(tries = 2000)
  void everyStatusParsesFromItsWireNameInAnyCaseAndSpacing(
      @ForAll LifecycleStatus status, @ForAll boolean upper) {
    String name = upper ? status.wireName().toUpperCase(Locale.ROOT) : status.wireName();
    assertEquals(status, LifecycleStatus.parse("  " + name.replace(" ", "   ") + " ").orElseThrow());
  }

  private static void assertOneBoundedLine(String reason) {
    assertFalse(reason.isBlank());
    assertTrue(reason.length() <= MAX_MESSAGE, () -> "message of " + reason.length() + " chars");
    assertFalse(reason.contains("\n") || reason.contains("\r"), () -> "message over lines: " + reason);
  }
}
