package com.pulumi.securityir.provider.resource;

import java.util.Objects;

/**
 * A bad input value: the property it concerns (empty for the resource as a whole) and a reason that
 * names the value (never a secret one) and the fix. Becomes a Pulumi {@code CheckFailure}.
 */
public record PropertyProblem(String property, String reason) {
  public PropertyProblem {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(reason, "reason");
  }
}
