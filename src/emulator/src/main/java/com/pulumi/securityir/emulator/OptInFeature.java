package com.pulumi.securityir.emulator;

/** One opt-in feature of a membership (the model's {@code OptInFeature}), e.g. Triage on. */
record OptInFeature(String featureName, boolean isEnabled) {}
