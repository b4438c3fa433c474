/**
 * A local REST-JSON emulator of AWS Security Incident Response ({@code security-ir}, 2018-05-10)
 * that the unchanged AWS SDK for Java v2 client cannot tell from the service, plus an unsigned
 * control plane under {@code /_emulator/} for tests, demos and fault drills.
 *
 * <p>The emulator models AWS, not the planner: its lifecycle table ({@link
 * com.pulumi.securityir.emulator.TransitionRules}) is written from the API reference and shares no
 * code with {@code core}, so a planner bug shows up as a rejected call.
 *
 * <p>Inside, a request goes from the HTTP handler through validation against the model's input
 * shapes ({@code RequestSchemas}) to {@code CaseApi}, which asks {@code CaseStore} (the lock and
 * the state file) to apply {@code CaseRules} (a pure function answering applied or rejected) and
 * renders the operation's output shape ({@code ResponseSchemas}) from the new state.
 */
package com.pulumi.securityir.emulator;
