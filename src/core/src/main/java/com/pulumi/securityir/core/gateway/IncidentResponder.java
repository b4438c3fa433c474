package com.pulumi.securityir.core.gateway;

import java.util.List;
import java.util.Objects;

/**
 * One member of the account's incident response team. Name, job title and email are sensitive in
 * the API model, so {@link #toString()} shows none of them.
 *
 * @param communicationPreferences the {@code CommunicationType} values this responder is notified
 *     of, in the order given (empty: none set)
 */
public record IncidentResponder(
    String name, String jobTitle, String email, List<String> communicationPreferences) {
  public IncidentResponder {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jobTitle, "jobTitle");
    Objects.requireNonNull(email, "email");
    communicationPreferences = List.copyOf(communicationPreferences);
  }

  @Override
  public String toString() {
    return "IncidentResponder[sensitive]";
  }
}
