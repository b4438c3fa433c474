package com.pulumi.securityir.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the commands take from outside the process, handed to them at construction so that tests can
 * run them over fakes: how to reach the case service, the terminal, the {@code NO_COLOR} setting
 * and the project root the demo's examples live under. Immutable.
 *
 * @param gateways opens the case service
 * @param terminal whether a person is at a terminal, and what they type
 * @param noColor the value of {@code NO_COLOR}, if set
 * @param home the project root, holding {@code examples/quickstart}
 */
record Environment(
    GatewayFactory gateways, Terminal terminal, Optional<String> noColor, Path home) {

  Environment {
    Objects.requireNonNull(gateways, "gateways");
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(noColor, "noColor");
    Objects.requireNonNull(home, "home");
  }

  /** This process's terminal, {@code NO_COLOR} and project root, with {@code gateways}. */
  static Environment system(GatewayFactory gateways) {
    return new Environment(
        gateways,
        Terminal.system(),
        Optional.ofNullable(System.getenv("NO_COLOR")),
        DemoCommand.home());
  }

  /** The colours to use: none with {@code --no-color}, {@code NO_COLOR} or no terminal. */
  Style style(boolean noColorOption) {
    return Style.choose(noColorOption, noColor.orElse(null), terminal.interactive());
  }
}
