/**
 * A local REST-JSON emulator of AWS Security Incident Response ({@code security-ir}, 2018-05-10)
 * that the unchanged AWS SDK for Java v2 client cannot tell from the service, plus an unsigned
 * control plane under {@code /_emulator/} for tests, demos and fault drills.
 *
 * <p>The emulator models AWS, not the planner: its lifecycle table ({@link
 * com.pulumi.securityir.emulator.TransitionRules}) is written from the API reference and shares no
 * code with {@code core}, so a planner bug shows up as a rejected call.
 */
package com.pulumi.securityir.emulator;
