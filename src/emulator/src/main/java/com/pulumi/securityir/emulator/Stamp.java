package com.pulumi.securityir.emulator;

/**
 * When and by whom a change is made, as recorded in the case and its audit trail.
 *
 * @param atMillis epoch milliseconds
 * @param principal the account id for API calls, {@code AWS Responder} for the control plane
 */
record Stamp(long atMillis, String principal) {}
