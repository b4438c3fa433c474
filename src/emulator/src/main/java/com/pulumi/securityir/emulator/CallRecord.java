package com.pulumi.securityir.emulator;

/**
 * One API call as the emulator answered it.
 *
 * @param operation model operation name, or {@code UnknownOperation} for a path no operation
 *     matches
 * @param caseId the case the call was about, or {@code null}
 * @param status HTTP status answered; {@code 0} when a drop fault closed the connection without an
 *     answer
 */
public record CallRecord(String operation, String caseId, int status) {}
