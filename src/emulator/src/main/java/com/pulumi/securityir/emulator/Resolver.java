package com.pulumi.securityir.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The model's {@code ResolverType} enum: who works the case. */
public enum Resolver {
  AWS("AWS"),
  SELF("Self");

  private final String wire;

  Resolver(String wire) {
    this.wire = wire;
  }

  /** The exact wire string. */
  public String wire() {
    return wire;
  }

  /** The resolver for an exact wire string. */
  public static Optional<Resolver> fromWire(String value) {
    return Arrays.stream(values()).filter(r -> r.wire.equals(value)).findFirst();
  }

  /** Wire strings of every value. */
  public static List<String> wireValues() {
    return Arrays.stream(values()).map(Resolver::wire).toList();
  }
}
