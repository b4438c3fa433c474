package com.pulumi.securityir.emulator;

/**
 * Why a change was not applied, in terms both faces can answer: the API turns it into the modelled
 * error, the control plane into {@link Kind#httpStatus()} and the message.
 *
 * @param resourceId the case or membership concerned, or {@code null}
 * @param resourceType {@code case} or {@code membership}, as ConflictException and
 *     ServiceQuotaExceededException name it
 * @param message names the resource and the problem; never contains a sensitive value
 */
record Rejection(Kind kind, String resourceId, String resourceType, String message) {

  /** The kinds of refusal, with the HTTP status each is answered with. */
  enum Kind {
    /** ValidationException: a request member is out of bounds for the resource's content. */
    INVALID(400),
    /** ServiceQuotaExceededException. */
    QUOTA_EXCEEDED(402),
    /** ResourceNotFoundException. */
    NOT_FOUND(404),
    /** ConflictException: refused because of the resource's current state. */
    CONFLICT(409),
    /** InternalServerException: the state file could not be written; nothing changed. */
    STORAGE(500);

    private final int httpStatus;

    Kind(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    int httpStatus() {
      return httpStatus;
    }
  }

  static final String CASE = "case";
  static final String MEMBERSHIP = "membership";

  /** A refusal about a case. */
  static Rejection ofCase(Kind kind, String caseId, String message) {
    return new Rejection(kind, caseId, CASE, message);
  }

  static Rejection conflict(String caseId, String message) {
    return ofCase(Kind.CONFLICT, caseId, message);
  }

  static Rejection notFound(String message) {
    return new Rejection(Kind.NOT_FOUND, null, null, message);
  }
}
