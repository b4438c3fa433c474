package com.pulumi.securityir.gateway;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a case's edit history ({@code ListCaseEdits}).
 *
 * @param at when the edit happened
 * @param principal who made it, as the service names them (e.g. an IAM ARN); empty when not given
 * @param action what was done, e.g. {@code UpdateCaseStatus}; empty when not given
 * @param message the service's description; may quote case content, so it is left out of {@link
 *     #toString()}
 */
public record CaseEdit(Instant at, String principal, String action, String message) {

  public CaseEdit {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "CaseEdit[at=" + at + ", principal=" + principal + ", action=" + action + "]";
  }
}
