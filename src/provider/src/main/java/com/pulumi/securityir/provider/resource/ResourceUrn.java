package com.pulumi.securityir.provider.resource;

import java.util.Objects;
import java.util.Optional;

/**
 * A resource's URN as the engine names it, {@code urn:pulumi:STACK::PROJECT::QUALIFIED_TYPE::NAME}
 * (pulumi-provider-protocol.md). The qualified type is the resource's type after its parents'
 * types, each followed by {@code $}; the name is everything after the third {@code ::}, as the
 * engine reads it. Immutable.
 */
public record ResourceUrn(String stack, String project, String qualifiedType, String name) {

  private static final String PREFIX = "urn:pulumi:";
  private static final String DELIMITER = "::";

  public ResourceUrn {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(qualifiedType, "qualifiedType");
    Objects.requireNonNull(name, "name");
  }

  /** The URN's parts, or empty when {@code urn} is not a Pulumi resource URN. */
  public static Optional<ResourceUrn> parse(String urn) {
    if (!urn.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = urn.substring(PREFIX.length()).split(DELIMITER, 4);
    if (parts.length < 4) {
      return Optional.empty();
    }
    return Optional.of(new ResourceUrn(parts[0], parts[1], parts[2], parts[3]));
  }

  /** The resource's own type token: the qualified type without its parents' types. */
  public String type() {
    return qualifiedType.substring(qualifiedType.lastIndexOf('$') + 1);
  }
}
