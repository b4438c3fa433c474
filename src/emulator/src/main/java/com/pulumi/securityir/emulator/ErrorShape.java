package com.pulumi.securityir.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The nine error shapes every Security IR operation declares, with their modelled HTTP status
 * codes.
 */
public enum ErrorShape {
  VALIDATION("ValidationException", 400),
  NOT_ACTIVE("SecurityIncidentResponseNotActiveException", 400),
  SERVICE_QUOTA_EXCEEDED("ServiceQuotaExceededException", 402),
  ACCESS_DENIED("AccessDeniedException", 403),
  RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
  CONFLICT("ConflictException", 409),
  INVALID_TOKEN("InvalidTokenException", 423),
  THROTTLING("ThrottlingException", 429),
  INTERNAL_SERVER("InternalServerException", 500);

  private final String shapeName;
  private final int httpStatus;

  ErrorShape(String shapeName, int httpStatus) {
    this.shapeName = shapeName;
    this.httpStatus = httpStatus;
  }

  /** The bare shape name sent as {@code x-amzn-ErrorType} and {@code __type}. */
  public String shapeName() {
    return shapeName;
  }

  /** The status code the model assigns to this error. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The shape for an exact name such as {@code ConflictException}. */
  public static Optional<ErrorShape> byName(String name) {
    return Arrays.stream(values()).filter(e -> e.shapeName.equals(name)).findFirst();
  }

  /** All shape names, in model order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(ErrorShape::shapeName).toList();
  }
}
