package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.gateway.RetryPolicy.GiveUpReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.securityir.model.AccessDeniedException;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.InternalServerException;
import software.amazon.awssdk.services.securityir.model.InvalidTokenException;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;
import software.amazon.awssdk.services.securityir.model.SecurityIncidentResponseNotActiveException;
import software.amazon.awssdk.services.securityir.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;
import software.amazon.awssdk.services.securityir.model.ValidationException;
import software.amazon.awssdk.services.securityir.model.ValidationExceptionField;

/**
 * Turns an SDK failure into a {@link CaseGatewayException} whose message says what happened and
 * what to do. Messages name the IAM action, case id, region, endpoint and attempts as needed, quote
 * the service's own message on one bounded line, and have every known secret replaced by {@code
 * (secret)}. Stateless apart from the secrets to redact; thread-safe.
 */
final class FailureTranslator {

  /** Where a call went and for which case. */
  record Call(String operation, Optional<CaseId> caseId, String region, String endpoint) {
    Call {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(endpoint, "endpoint");
    }

    /** A call about one case. */
    Call(String operation, CaseId caseId, String region, String endpoint) {
      this(operation, Optional.of(caseId), region, endpoint);
    }

    String iamAction() {
      return "security-ir:" + operation;
    }

    /** "case 1234567890", or "the account's cases" for a call about no one case. */
    String subject() {
      return caseId.map(id -> "case " + id).orElse("the account's cases");
    }
  }

  /** How the attempts at one call went. */
  record Attempts(int count, Duration elapsed, GiveUpReason reason) {
    Attempts {
      Objects.requireNonNull(elapsed, "elapsed");
      Objects.requireNonNull(reason, "reason");
    }

    String describe() {
      String base = Plural.count(count, "attempt") + " over " + formatDuration(elapsed);
      return switch (reason) {
        case DEADLINE ->
            base + ", stopped because the next attempt could not finish before the deadline";
        case WAIT_TOO_LONG ->
            base + ", stopped because the service asked to wait longer than allowed";
        default -> base;
      };
    }
  }

  private static final Pattern SIGNATURE = Pattern.compile("Signature=[^,\\s]+");
  private static final Pattern CREDENTIAL = Pattern.compile("Credential=[^,\\s]+");

  private final List<String> secrets;

  /**
   * @param secrets texts that must never appear in a message (blank ones are ignored)
   */
  FailureTranslator(List<String> secrets) {
    this.secrets = secrets.stream().filter(s -> s != null && !s.isBlank()).toList();
  }

  /** A translator that redacts the secret access key and the session token of {@code config}. */
  static FailureTranslator redacting(GatewayConfig config) {
    List<String> secrets = new ArrayList<>();
    config.secretAccessKey().ifPresent(s -> secrets.add(s.reveal()));
    config.sessionToken().ifPresent(s -> secrets.add(s.reveal()));
    return new FailureTranslator(secrets);
  }

  CaseGatewayException translate(Throwable failure, Call call, Attempts attempts) {
    Kind kind;
    String message;
    if (failure instanceof AccessDeniedException e) {
      kind = Kind.ACCESS_DENIED;
      message =
          "Access denied: the credentials in use may not call "
              + call.iamAction()
              + " on "
              + call.subject()
              + " in region "
              + call.region()
              + ". Grant the IAM action "
              + call.iamAction()
              + " (for example with the managed policy AWSSecurityIncidentResponseCaseFullAccess)"
              + " or use credentials that have it."
              + serviceSaid(e);
    } else if (failure instanceof ResourceNotFoundException e) {
      kind = Kind.CASE_NOT_FOUND;
      message =
          call.operation()
              + ": "
              + capitalize(call.subject())
              + " was not found in region "
              + call.region()
              + ": check the case id and the region (a case exists only in the region where it"
              + " was created)."
              + serviceSaid(e);
    } else if (failure instanceof ValidationException e) {
      kind = Kind.INVALID_REQUEST;
      message =
          "The service rejected "
              + call.operation()
              + " for "
              + call.subject()
              + " as invalid (reason "
              + orUnknown(e.reasonAsString())
              + ")"
              + fields(e)
              + ". Check these fields; for a status change, re-read the case: the service may not"
              + " allow this move from the case's current status."
              + serviceSaid(e);
    } else if (failure instanceof ConflictException e) {
      kind = Kind.CONFLICT;
      message =
          call.operation()
              + " conflicts with the current state of "
              + call.subject()
              + " (resource "
              + orUnknown(e.resourceType())
              + " "
              + orUnknown(e.resourceId())
              + "), for example because it was changed concurrently. The reconciler re-reads the"
              + " case and plans again; if this repeats, check the case in the console."
              + serviceSaid(e);
    } else if (failure instanceof ServiceQuotaExceededException e) {
      kind = Kind.QUOTA_EXCEEDED;
      message =
          call.operation()
              + " exceeded service quota "
              + orUnknown(e.quotaCode())
              + " (service "
              + orUnknown(e.serviceCode())
              + ") for "
              + orUnknown(e.resourceType())
              + " "
              + orUnknown(e.resourceId())
              + " in region "
              + call.region()
              + ". Close cases you no longer need, or request an increase in the Service Quotas"
              + " console."
              + serviceSaid(e);
    } else if (failure instanceof SecurityIncidentResponseNotActiveException e) {
      kind = Kind.NOT_ACTIVE;
      message =
          call.operation()
              + " failed: the account has no active Security Incident Response membership in"
              + " region "
              + call.region()
              + ". Enable one in the Security Incident Response console (or with"
              + " CreateMembership), or use credentials and a region of an account that has one."
              + serviceSaid(e);
    } else if (failure instanceof InvalidTokenException e) {
      kind = Kind.CREDENTIALS_EXPIRED;
      message =
          call.operation()
              + " failed: the credentials are expired or invalid. Refresh them (run 'aws sso"
              + " login' for an SSO profile, or obtain a new session token) and run again."
              + serviceSaid(e);
    } else if (failure instanceof ThrottlingException e) {
      kind = Kind.THROTTLED;
      message = throttled(call, attempts, Optional.ofNullable(e.quotaCode())) + serviceSaid(e);
    } else if (failure instanceof InternalServerException e) {
      kind = Kind.SERVICE_ERROR;
      message = serviceFailed(call, attempts, e.statusCode()) + serviceSaid(e);
    } else if (failure instanceof AwsServiceException e) {
      Optional<RetryPolicy.Transient> transientKind = RetryPolicy.classify(e);
      if (transientKind.equals(Optional.of(RetryPolicy.Transient.THROTTLED))) {
        kind = Kind.THROTTLED;
        message = throttled(call, attempts, Optional.empty()) + serviceSaid(e);
      } else if (transientKind.equals(Optional.of(RetryPolicy.Transient.SERVICE_FAILED))
          || e.statusCode() >= 500) {
        kind = Kind.SERVICE_ERROR;
        message = serviceFailed(call, attempts, e.statusCode()) + serviceSaid(e);
      } else {
        kind = Kind.UNEXPECTED_RESPONSE;
        message =
            "The service answered "
                + call.operation()
                + " for "
                + call.subject()
                + " with an error this client does not know (HTTP "
                + e.statusCode()
                + ", code "
                + orUnknown(e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode())
                + ") from "
                + call.endpoint()
                + ". Check that the endpoint is the Security Incident Response service."
                + serviceSaid(e);
      }
    } else if (failure instanceof ApiCallTimeoutException) {
      kind = Kind.UNREACHABLE;
      message =
          "No answer to "
              + call.operation()
              + " for "
              + call.subject()
              + " from "
              + call.endpoint()
              + " before the deadline ("
              + attempts.describe()
              + "). The call may or may not have taken effect; re-read the case, check the"
              + " network, or allow more time.";
    } else if (RetryPolicy.isIoFailure(failure)) {
      kind = Kind.UNREACHABLE;
      message =
          "Could not reach the Security Incident Response endpoint "
              + call.endpoint()
              + " for "
              + call.operation()
              + " on "
              + call.subject()
              + " ("
              + ioCause(failure)
              + "; "
              + attempts.describe()
              + "). Check the network, proxy settings and the endpoint setting.";
    } else if (failure instanceof SdkException e
        && e.getMessage() != null
        && e.getMessage().toLowerCase(Locale.ROOT).contains("credentials")) {
      kind = Kind.CREDENTIALS_EXPIRED;
      message =
          call.operation()
              + " was not sent: no usable AWS credentials ("
              + OneLine.message(e.getMessage())
              + "). Configure a profile or keys, or refresh them (e.g. 'aws sso login').";
    } else {
      kind = Kind.UNEXPECTED_RESPONSE;
      message =
          call.operation()
              + " for "
              + call.subject()
              + " failed unexpectedly at "
              + call.endpoint()
              + ": "
              + failure.getClass().getSimpleName()
              + ": "
              + OneLine.message(failure.getMessage());
    }
    return new CaseGatewayException(kind, redact(message), failure);
  }

  /** A response this client cannot use, e.g. a status value unknown to it. */
  CaseGatewayException unexpected(Call call, String what) {
    return new CaseGatewayException(
        Kind.UNEXPECTED_RESPONSE,
        redact(
            "The service answered "
                + call.operation()
                + " for "
                + call.subject()
                + " with "
                + what
                + ". This client may be older than the service; update it, or check that "
                + call.endpoint()
                + " is the Security Incident Response service."));
  }

  /** The caller's deadline had passed before the call could be sent at all. */
  CaseGatewayException deadlinePassed(Call call) {
    return new CaseGatewayException(
        Kind.UNREACHABLE,
        call.operation()
            + " for "
            + call.subject()
            + " was not sent: the deadline had already passed. Allow more time and run again.");
  }

  /** The thread was interrupted while waiting for its turn to send the call at all. */
  CaseGatewayException interruptedBeforeSending(Call call) {
    return new CaseGatewayException(
        Kind.UNREACHABLE,
        call.operation()
            + " for "
            + call.subject()
            + " was not sent: interrupted while waiting for its turn. Run again.");
  }

  /** The thread was interrupted while waiting to retry {@code failure}. */
  CaseGatewayException interrupted(Throwable failure, Call call, Attempts attempts) {
    CaseGatewayException last = translate(failure, call, attempts);
    return new CaseGatewayException(
        last.kind(), last.getMessage() + " Interrupted while waiting to try again.", failure);
  }

  private static String throttled(Call call, Attempts attempts, Optional<String> quotaCode) {
    return "Still throttled on "
        + call.operation()
        + " for "
        + call.subject()
        + " in region "
        + call.region()
        + " after "
        + attempts.describe()
        + ". Wait a minute and run again, make fewer calls at once, or allow more retries"
        + " (provider setting maxRetries, CLI option --max-retries)"
        + quotaCode.map(q -> "; the request-rate quota is " + q).orElse("")
        + ".";
  }

  private static String serviceFailed(Call call, Attempts attempts, int status) {
    return "The service failed (HTTP "
        + status
        + ") on "
        + call.operation()
        + " for "
        + call.subject()
        + " in region "
        + call.region()
        + " after "
        + attempts.describe()
        + (isRead(call)
            ? ". Nothing was changed by this read; try again later."
            : ". The change may or may not have been made: re-read the case and try again later.");
  }

  /** Reads change nothing, so their failures need no warning about a half-made change. */
  private static boolean isRead(Call call) {
    return call.operation().startsWith("Get") || call.operation().startsWith("List");
  }

  private static String fields(ValidationException e) {
    if (!e.hasFieldList() || e.fieldList().isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (ValidationExceptionField field : e.fieldList()) {
      parts.add(orUnknown(field.name()) + ": " + OneLine.message(orUnknown(field.message())));
    }
    return ": " + parts.stream().collect(Collectors.joining("; "));
  }

  private static String serviceSaid(AwsServiceException e) {
    String text =
        e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
            ? e.awsErrorDetails().errorMessage()
            : e.rawMessage();
    StringBuilder out = new StringBuilder();
    if (text != null && !text.isBlank()) {
      out.append(" Service said: ").append(OneLine.message(text));
      if (!text.strip().endsWith(".")) {
        out.append('.');
      }
    }
    if (e.requestId() != null && !e.requestId().isBlank()) {
      out.append(" Request id: ").append(OneLine.message(e.requestId())).append('.');
    }
    return out.toString();
  }

  private static String ioCause(Throwable failure) {
    Throwable cause = failure.getCause();
    Throwable deepest = failure;
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      deepest = cause;
    }
    String text = deepest.getMessage();
    return deepest.getClass().getSimpleName() + (text == null ? "" : ": " + OneLine.message(text));
  }

  /**
   * Replaces every known secret, and the signature and credential scope of an Authorization header
   * a service might echo, so that no message ever carries them.
   */
  private String redact(String message) {
    String out = message;
    for (String secret : secrets) {
      out = out.replace(secret, "(secret)");
    }
    out = SIGNATURE.matcher(out).replaceAll("Signature=(redacted)");
    return CREDENTIAL.matcher(out).replaceAll("Credential=(redacted)");
  }

  private static String orUnknown(String text) {
    return text == null || text.isBlank() ? "(unknown)" : text;
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String formatDuration(Duration d) {
    long millis = d.toMillis();
    return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
