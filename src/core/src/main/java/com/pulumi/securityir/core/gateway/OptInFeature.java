package com.pulumi.securityir.core.gateway;

import java.util.Objects;

/** An opt-in feature of the membership (the API's {@code OptInFeature}, e.g. {@code Triage}). */
public record OptInFeature(String featureName, boolean enabled) {
  public OptInFeature {
    Objects.requireNonNull(featureName, "featureName");
  }
}
