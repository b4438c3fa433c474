package com.pulumi.securityir.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * An error answered in the service's exact wire form: the modelled status, {@code
 * x-amzn-ErrorType}, and a body with {@code __type}, {@code message} and every required member of
 * the shape.
 *
 * @param shape which of the nine modelled errors
 * @param message human-readable text; never contains a sensitive value
 * @param members the other body members (required ones included), e.g. {@code resourceId}
 * @param retryAfterSeconds value of the {@code Retry-After} header, or {@code null} for none
 */
public record ApiError(
    ErrorShape shape, String message, JsonObject members, Integer retryAfterSeconds) {

  /** The body as it goes on the wire. */
  public JsonObject body() {
    JsonObject body = new JsonObject();
    body.addProperty("__type", shape.shapeName());
    body.addProperty("message", message);
    for (var e : members.entrySet()) {
      body.add(e.getKey(), e.getValue().deepCopy());
    }
    return body;
  }

  /**
   * ValidationException with reason FIELD_VALIDATION_FAILED and one fieldList entry per problem.
   */
  public static ApiError fieldValidation(List<FieldProblem> problems) {
    JsonObject m = new JsonObject();
    m.addProperty("reason", "FIELD_VALIDATION_FAILED");
    JsonArray list = new JsonArray();
    StringBuilder text =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " validation error" : " validation errors")
            .append(" detected: ");
    for (int i = 0; i < problems.size(); i++) {
      FieldProblem p = problems.get(i);
      JsonObject f = new JsonObject();
      f.addProperty("name", p.name());
      f.addProperty("message", p.message());
      list.add(f);
      text.append(i == 0 ? "" : "; ").append(p.name()).append(": ").append(p.message());
    }
    m.add("fieldList", list);
    return new ApiError(ErrorShape.VALIDATION, text.toString(), m, null);
  }

  /** ValidationException with the given reason and no field list. */
  public static ApiError validation(String reason, String message) {
    JsonObject m = new JsonObject();
    m.addProperty("reason", reason);
    return new ApiError(ErrorShape.VALIDATION, message, m, null);
  }

  /**
   * ConflictException about a case: {@code resourceId} = case id, {@code resourceType} = {@code
   * case}.
   */
  public static ApiError conflict(String caseId, String message) {
    return conflict(caseId, Rejection.CASE, message);
  }

  /** ConflictException about any resource, e.g. {@code resourceType} = {@code membership}. */
  public static ApiError conflict(String resourceId, String resourceType, String message) {
    JsonObject m = new JsonObject();
    m.addProperty("resourceId", resourceId);
    m.addProperty("resourceType", resourceType);
    return new ApiError(ErrorShape.CONFLICT, message, m, null);
  }

  /** ResourceNotFoundException. */
  public static ApiError notFound(String message) {
    return new ApiError(ErrorShape.RESOURCE_NOT_FOUND, message, new JsonObject(), null);
  }

  /** AccessDeniedException. */
  public static ApiError accessDenied(String message) {
    return new ApiError(ErrorShape.ACCESS_DENIED, message, new JsonObject(), null);
  }

  /** ThrottlingException with {@code Retry-After} and the service code. */
  public static ApiError throttling(String message, int retryAfterSeconds) {
    JsonObject m = new JsonObject();
    m.addProperty("serviceCode", "security-ir");
    m.addProperty("quotaCode", EmulatorDefaults.RATE_QUOTA_CODE);
    return new ApiError(ErrorShape.THROTTLING, message, m, retryAfterSeconds);
  }

  /**
   * Any modelled error as fault injection produces it for a call about a case, with every required
   * member filled with emulator values (resourceId = the call's case id, or {@code unknown}).
   */
  public static ApiError injected(
      ErrorShape shape, String caseId, String message, Integer retryAfterSeconds) {
    return injected(shape, caseId, Rejection.CASE, message, retryAfterSeconds);
  }

  /**
   * Any modelled error as fault injection produces it for a call about {@code resourceId} (may be
   * {@code null}, then {@code unknown}) of {@code resourceType}.
   */
  public static ApiError injected(
      ErrorShape shape,
      String resourceId,
      String resourceType,
      String message,
      Integer retryAfterSeconds) {
    JsonObject m = new JsonObject();
    String id = resourceId == null ? "unknown" : resourceId;
    String text = message != null ? message : "Injected " + shape.shapeName() + " (emulator fault)";
    Integer retryAfter = retryAfterSeconds;
    switch (shape) {
      case VALIDATION -> m.addProperty("reason", "OTHER");
      case SERVICE_QUOTA_EXCEEDED -> {
        m.addProperty("resourceId", id);
        m.addProperty("resourceType", resourceType);
        m.addProperty("serviceCode", "security-ir");
        m.addProperty("quotaCode", EmulatorDefaults.CASE_QUOTA_CODE);
      }
      case CONFLICT -> {
        m.addProperty("resourceId", id);
        m.addProperty("resourceType", resourceType);
      }
      case THROTTLING -> {
        m.addProperty("serviceCode", "security-ir");
        m.addProperty("quotaCode", EmulatorDefaults.RATE_QUOTA_CODE);
        if (retryAfter == null) {
          retryAfter = 1;
        }
      }
      default -> {
        // AccessDenied, NotActive, NotFound, InvalidToken and InternalServer require only message.
      }
    }
    if (shape != ErrorShape.THROTTLING && shape != ErrorShape.INTERNAL_SERVER) {
      retryAfter = null;
    }
    return new ApiError(shape, text, m, retryAfter);
  }

  /** The modelled error for a rejection, with every member its shape requires. */
  static ApiError of(Rejection r) {
    return switch (r.kind()) {
      case INVALID -> validation("FIELD_VALIDATION_FAILED", r.message());
      case QUOTA_EXCEEDED ->
          injected(
              ErrorShape.SERVICE_QUOTA_EXCEEDED,
              r.resourceId(),
              r.resourceType(),
              r.message(),
              null);
      case NOT_FOUND -> notFound(r.message());
      case CONFLICT -> conflict(r.resourceId(), r.resourceType(), r.message());
      case STORAGE -> new ApiError(ErrorShape.INTERNAL_SERVER, r.message(), new JsonObject(), null);
    };
  }
}
