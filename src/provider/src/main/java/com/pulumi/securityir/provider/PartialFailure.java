package com.pulumi.securityir.provider;

import com.google.protobuf.Any;
import com.google.protobuf.Struct;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import pulumirpc.Provider.ErrorResourceInitFailed;

/**
 * The error for a Create or Update that changed the case but stopped before the declared status: an
 * {@code ErrorResourceInitFailed} detail carries the id and the outputs of the status actually
 * reached, so the engine records them and the next update resumes from there.
 */
final class PartialFailure {

  private PartialFailure() {}

  static StatusRuntimeException of(String id, Struct reachedOutputs, String reason) {
    ErrorResourceInitFailed detail =
        ErrorResourceInitFailed.newBuilder()
            .setId(id)
            .setProperties(reachedOutputs)
            .addReasons(reason)
            .setRefreshBeforeUpdate(true)
            .build();
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(io.grpc.Status.Code.UNKNOWN.value())
            .setMessage(reason)
            .addDetails(Any.pack(detail))
            .build();
    return StatusProto.toStatusRuntimeException(status);
  }
}
