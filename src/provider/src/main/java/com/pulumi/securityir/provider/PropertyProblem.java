package com.pulumi.securityir.provider;

import java.util.Objects;

/**
 * A bad input value: the property it concerns (empty for the resource as a whole) and a reason that
 * names the value (never a secret one) and the fix. Becomes a Pulumi {@code CheckFailure}.
 */
record PropertyProblem(String property, String reason) {
  PropertyProblem {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(reason, "reason");
  }
}
