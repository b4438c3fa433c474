package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleTest {

  @ParameterizedTest(name = "--no-color={0}, NO_COLOR=''{1}'', terminal={2} -> colour {3}")
  @CsvSource(
      nullValues = "null",
      value = {
        "false, null, true,  true",
        "false, '',   true,  true",
        "true,  null, true,  false",
        "false, 1,    true,  false",
        "false, null, false, false",
      })
  void coloursOnlyATerminalWhenNothingAsksForPlainText(
      boolean noColor, String env, boolean terminal, boolean coloured) {
    assertEquals(coloured, Style.choose(noColor, env, terminal).enabled());
  }
}
