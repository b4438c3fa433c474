package com.pulumi.securityir.core.gateway;

import java.util.Objects;

/**
 * A call to the case service failed. The message says what happened and what to do about it, and
 * never contains credentials or other secrets.
 */
public final class CaseGatewayException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure this is, which decides how the reconciler and the faces react. */
  public enum Kind {
    /** The principal lacks an IAM permission (AccessDeniedException). */
    ACCESS_DENIED(false),
    /** The case does not exist in this account and region (ResourceNotFoundException). */
    CASE_NOT_FOUND(false),
    /** The request was invalid, including a move the service refused (ValidationException). */
    INVALID_REQUEST(false),
    /** The case's current state conflicts with the request (ConflictException). */
    CONFLICT(false),
    /** A service quota was exceeded (ServiceQuotaExceededException). */
    QUOTA_EXCEEDED(false),
    /** The account has no active Security Incident Response membership. */
    NOT_ACTIVE(false),
    /** The credentials expired or are invalid (InvalidTokenException). */
    CREDENTIALS_EXPIRED(false),
    /** Still throttled after the retries ran out (ThrottlingException). */
    THROTTLED(false),
    /** The service failed after the retries ran out (InternalServerException, 5xx). */
    SERVICE_ERROR(true),
    /** No answer: connection refused, dropped or timed out. */
    UNREACHABLE(true),
    /** The service answered something this client does not understand. */
    UNEXPECTED_RESPONSE(true);

    private final boolean outcomeUnknown;

    Kind(boolean outcomeUnknown) {
      this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * True when a mutating call that failed this way may nevertheless have taken effect, so the
     * case must be re-read to learn where it stands.
     */
    public boolean outcomeUnknown() {
      return outcomeUnknown;
    }
  }

  private final Kind kind;
  private final boolean earlierAttemptLost;

  public CaseGatewayException(Kind kind, String message) {
    this(kind, message, null, false);
  }

  public CaseGatewayException(Kind kind, String message, Throwable cause) {
    this(kind, message, cause, false);
  }

  /**
   * @param earlierAttemptLost whether an earlier attempt of the same mutating call lost its answer
   *     (a dropped connection, a 5xx), so it may have landed whatever the last attempt's failure
   */
  public CaseGatewayException(
      Kind kind, String message, Throwable cause, boolean earlierAttemptLost) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.earlierAttemptLost = earlierAttemptLost;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * True when the failed mutating call may nevertheless have taken effect, by its last attempt
   * ({@link Kind#outcomeUnknown()}) or by an earlier one whose answer was lost: the case must be
   * re-read to learn where it stands.
   */
  public boolean outcomeUnknown() {
    return kind.outcomeUnknown() || earlierAttemptLost;
  }
}
