package com.pulumi.securityir.emulator;

/**
 * One API call as the emulator answered it.
 *
 * @param operation model operation name, or {@code UnknownOperation} for a path no operation
 *     matches
 * @param caseId the case the call was about (path label, or the case of a tag ARN), or {@code null}
 * @param status HTTP status answered; {@code 0} when a drop fault closed the connection without an
 *     answer
 * @param membershipId the membership the call was about (path label, the membership of a tag ARN,
 *     or the one a CreateMembership created or replayed), or {@code null}
 */
public record CallRecord(String operation, String caseId, int status, String membershipId) {

  /** A call about a case, or about nothing in particular. */
  public CallRecord(String operation, String caseId, int status) {
    this(operation, caseId, status, null);
  }
}
