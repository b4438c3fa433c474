package com.pulumi.securityir.emulator;

/**
 * Why a change was not applied, in terms both faces can answer: the API turns it into the modelled
 * error, the control plane into {@link Kind#httpStatus()} and the message.
 *
 * @param caseId the case concerned, or {@code null}
 * @param message names the case and the problem; never contains a sensitive value
 */
record Rejection(Kind kind, String caseId, String message) {

  /** The kinds of refusal, with the HTTP status each is answered with. */
  enum Kind {
    /** ValidationException: a request member is out of bounds for the case's current content. */
    INVALID(400),
    /** ServiceQuotaExceededException. */
    QUOTA_EXCEEDED(402),
    /** ResourceNotFoundException. */
    NOT_FOUND(404),
    /** ConflictException: refused because of the case's current state. */
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

  static Rejection conflict(String caseId, String message) {
    return new Rejection(Kind.CONFLICT, caseId, message);
  }

  static Rejection notFound(String message) {
    return new Rejection(Kind.NOT_FOUND, null, message);
  }
}
