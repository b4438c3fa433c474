package com.pulumi.securityir.emulator;

/**
 * One audit-trail entry of ListCaseEdits.
 *
 * @param eventTimestampMillis when it happened, epoch milliseconds
 * @param principal who did it: the account id for API calls, {@code AWS Responder} for
 *     control-plane moves
 * @param action the operation that caused it, e.g. {@code UpdateCaseStatus}
 * @param message 10–4096 characters, as the model's {@code CaseEditMessage} requires
 */
public record CaseEdit(
    long eventTimestampMillis, String principal, String action, String message) {}
