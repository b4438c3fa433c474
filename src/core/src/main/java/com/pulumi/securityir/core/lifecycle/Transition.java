package com.pulumi.securityir.core.lifecycle;

import java.util.Objects;

/** One legal move of a case, and the API operation that makes it. */
public record Transition(LifecycleStatus from, LifecycleStatus to, ApiOperation operation) {
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(operation, "operation");
  }

  @Override
  public String toString() {
    return from.wireName() + " -> " + to.wireName() + " (" + operation.operationName() + ")";
  }
}
