package com.pulumi.securityir.provider.server;

import com.google.protobuf.Any;
import com.google.protobuf.Struct;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.provider.resource.Failure;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import pulumirpc.Provider.ErrorResourceInitFailed;

/**
 * The gRPC status of each kind of failure. A failure that changed nothing gets the code that fits
 * it, so the engine and anyone reading its log can tell a missing case from missing permissions
 * from an outage; partial progress is always an {@code ErrorResourceInitFailed}, so the engine
 * records the state reached. Descriptions pass through as written (safe to show). Stateless.
 */
final class FailureStatus {

  private FailureStatus() {}

  /** The code for a failure that changed nothing. */
  static Status.Code code(Failure failure) {
    if (failure instanceof Failure.Service service) {
      return code(service.kind());
    }
    if (failure instanceof Failure.BadRequest) {
      return Status.Code.INVALID_ARGUMENT;
    }
    if (failure instanceof Failure.Refused || failure instanceof Failure.NotReady) {
      return Status.Code.FAILED_PRECONDITION;
    }
    if (failure instanceof Failure.Cancelled) {
      return Status.Code.CANCELLED;
    }
    if (failure instanceof Failure.TimedOut) {
      return Status.Code.DEADLINE_EXCEEDED;
    }
    if (failure instanceof Failure.Contended) {
      return Status.Code.ABORTED;
    }
    throw new IllegalArgumentException("no status for " + failure.getClass().getSimpleName());
  }

  /**
   * The code for a service failure of {@code kind}. A response the client cannot interpret leaves
   * open whether the call took effect: UNKNOWN says so, and makes the engine treat a failed
   * Delete's outcome as unknown rather than assume nothing happened.
   */
  static Status.Code code(CaseGatewayException.Kind kind) {
    return switch (kind) {
      case CASE_NOT_FOUND -> Status.Code.NOT_FOUND;
      case INVALID_REQUEST -> Status.Code.INVALID_ARGUMENT;
      case ACCESS_DENIED -> Status.Code.PERMISSION_DENIED;
      case CREDENTIALS_EXPIRED -> Status.Code.UNAUTHENTICATED;
      case THROTTLED, QUOTA_EXCEEDED -> Status.Code.RESOURCE_EXHAUSTED;
      case SERVICE_ERROR, UNREACHABLE -> Status.Code.UNAVAILABLE;
      case CONFLICT, NOT_ACTIVE -> Status.Code.FAILED_PRECONDITION;
      case UNEXPECTED_RESPONSE -> Status.Code.UNKNOWN;
    };
  }

  /** The error that answers an RPC which failed, changing nothing. */
  static StatusRuntimeException of(Failure failure) {
    return Status.fromCode(code(failure))
        .withDescription(failure.description())
        .asRuntimeException();
  }

  /**
   * The error for a Create or Update that changed the object but stopped before the declared state:
   * its {@code ErrorResourceInitFailed} detail carries the id and the outputs reached, so the
   * engine records them and the next update resumes from there.
   */
  static StatusRuntimeException partial(
      String id, Struct reached, String reason, boolean refreshBeforeUpdate) {
    ErrorResourceInitFailed detail =
        ErrorResourceInitFailed.newBuilder()
            .setId(id)
            .setProperties(reached)
            .addReasons(reason)
            .setRefreshBeforeUpdate(refreshBeforeUpdate)
            .build();
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(Status.Code.UNKNOWN.value())
            .setMessage(reason)
            .addDetails(Any.pack(detail))
            .build();
    return StatusProto.toStatusRuntimeException(status);
  }
}
