package com.pulumi.securityir.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.lifecycle.Parsed;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginArgumentsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1:5000",
        "--logtostderr -v=9 127.0.0.1:5000",
        "--tracing http://trace:1234 127.0.0.1:5000",
        "--logflow --logtostderr 127.0.0.1:5000",
        "--tracing=file:/tmp/x 127.0.0.1:5000"
      })
  void takesTheEngineAddressAndIgnoresEngineFlags(String commandLine) {
    Parsed<PluginArguments> parsed = PluginArguments.parse(commandLine.split(" "));
    assertEquals(Optional.of("127.0.0.1:5000"), parsed.orElseThrow().engineAddress());
  }

  @Test
  void acceptsNoEngineAddressForManualRuns() {
    assertEquals(
        Optional.empty(), PluginArguments.parse(new String[0]).orElseThrow().engineAddress());
  }

  @Test
  void refusesUnknownOptionsAndExtraArguments() {
    var unknown =
        assertInstanceOf(
            Parsed.Failure.class, PluginArguments.parse(new String[] {"--bogus", "x"}));
    assertTrue(unknown.reason().contains("--bogus"));
    var extra =
        assertInstanceOf(Parsed.Failure.class, PluginArguments.parse(new String[] {"a:1", "b:2"}));
    assertTrue(extra.reason().contains("at most one"));
  }
}
