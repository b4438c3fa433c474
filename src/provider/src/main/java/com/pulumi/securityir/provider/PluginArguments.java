package com.pulumi.securityir.provider;

import com.pulumi.securityir.core.lifecycle.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plugin's command line as the engine builds it: {@code [--logtostderr] [-v=N] [--tracing URL]
 * [--logflow] <engineAddress>}. Only the engine address matters; the rest is accepted and ignored.
 */
record PluginArguments(Optional<String> engineAddress) {

  /**
   * Parses the engine's arguments. Never throws.
   *
   * @return the arguments, or a failure naming what was not understood
   */
  static Parsed<PluginArguments> parse(String[] args) {
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--logtostderr") || arg.equals("--logflow") || arg.startsWith("-v=")) {
        continue;
      }
      if (arg.equals("--tracing")) {
        i++;
        continue;
      }
      if (arg.startsWith("--tracing=")) {
        continue;
      }
      if (arg.startsWith("-")) {
        return Parsed.failure(
            "unknown option '" + arg + "'; usage: pulumi-resource-securityir [ENGINE_ADDRESS]");
      }
      positional.add(arg);
    }
    if (positional.size() > 1) {
      return Parsed.failure(
          "expected at most one argument, the engine address, got "
              + positional.size()
              + "; usage: pulumi-resource-securityir [ENGINE_ADDRESS]");
    }
    return Parsed.success(new PluginArguments(positional.stream().findFirst()));
  }
}
