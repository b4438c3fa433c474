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
 * shapes ({@code RequestSchemas}) to {@code ServiceApi}, which hands it to {@code CaseApi}, {@code
 * MembershipApi} or {@code TagApi}. Each asks {@code AccountStore} (the lock and the state file) to
 * apply {@code CaseRules} or {@code MembershipRules} (pure functions answering applied or rejected)
 * and renders the operation's output shape ({@code ResponseSchemas}) from the new state.
 *
 * <p>The membership classes share this package rather than a sub-package because they are built on
 * its package-private infrastructure (shapes, wire reader and writer, store, rejections); a
 * sub-package would force those into the module's public API.
 */
package com.pulumi.securityir.emulator;
