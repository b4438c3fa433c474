package com.pulumi.securityir.core.gateway;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone notified of a case's updates. Every member is sensitive in the API model, so {@link
 * #toString()} shows none of them.
 */
public record Watcher(String email, Optional<String> name, Optional<String> jobTitle) {
  public Watcher {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jobTitle, "jobTitle");
  }

  @Override
  public String toString() {
    return "Watcher[sensitive]";
  }
}
