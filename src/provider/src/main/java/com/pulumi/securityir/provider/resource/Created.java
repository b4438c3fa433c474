package com.pulumi.securityir.provider.resource;

import java.util.Objects;

/**
 * A created resource: its id and outputs. In a preview the id may be empty when it is not known
 * yet; outside a preview it never is.
 */
public record Created<O>(String id, Outputs<O> outputs) {
  public Created {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outputs, "outputs");
  }
}
