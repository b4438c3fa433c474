package com.pulumi.securityir.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphVariantTest {

  @Test
  void documentedIsTheFirstVariantAndThereAreTwo() {
    assertEquals(
        List.of(GraphVariant.DOCUMENTED, GraphVariant.EXTENDED), List.of(GraphVariant.values()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "documented|DOCUMENTED",
        "DOCUMENTED|DOCUMENTED",
        " Documented |DOCUMENTED",
        "extended|EXTENDED",
        "Extended|EXTENDED",
        "\textended |EXTENDED"
      })
  void parsesConfigNamesIgnoringCaseAndSurroundingSpace(String text, GraphVariant expected) {
    assertEquals(expected, GraphVariant.parse(text).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({"DOCUMENTED,documented", "EXTENDED,extended"})
  void printsItsConfigName(GraphVariant variant, String configName) {
    assertEquals(configName, variant.configName());
    assertEquals(configName, variant.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"extend", "documentation", "default", "doc umented"})
  void unknownVariantQuotesInputAndListsBothNames(String text) {
    String reason = LifecycleStatusTest.failureReason(GraphVariant.parse(text));
    assertTrue(reason.contains("'" + text + "'"), () -> reason);
    assertTrue(reason.contains("'documented'") && reason.contains("'extended'"), () -> reason);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void missingVariantSaysNoneWasGivenAndListsBothNames(String text) {
    String reason = LifecycleStatusTest.failureReason(GraphVariant.parse(text));
    assertTrue(reason.startsWith("no transition graph given"), () -> reason);
    assertTrue(reason.contains("'documented'") && reason.contains("'extended'"), () -> reason);
  }
}
