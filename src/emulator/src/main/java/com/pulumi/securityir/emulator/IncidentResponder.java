package com.pulumi.securityir.emulator;

import java.util.List;

/**
 * One member of a membership's incident response team. Name, job title and email are sensitive and
 * kept out of {@link #toString()}.
 *
 * @param communicationPreferences wire strings of the model's {@code CommunicationType}; never null
 */
record IncidentResponder(
    String name, String jobTitle, String email, List<String> communicationPreferences) {

  IncidentResponder {
    communicationPreferences = Copies.list(communicationPreferences);
  }

  @Override
  public String toString() {
    return "IncidentResponder[name=<sensitive>, jobTitle=<sensitive>, email=<sensitive>, "
        + "communicationPreferences="
        + communicationPreferences
        + "]";
  }
}
