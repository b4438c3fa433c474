package com.pulumi.securityir.provider.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.function.BiConsumer;
import pulumirpc.Provider.ErrorResourceInitFailed;

/** One unary RPC of a gRPC service implementation, called in-process, and what it answered. */
public final class InProcessRpc {

  private InProcessRpc() {}

  /** One RPC's answer or status. */
  public record Answer<T>(Optional<T> value, Optional<Status> status, Optional<Throwable> error) {
    public T orElseThrow() {
      return value.orElseThrow(() -> new AssertionError("the RPC failed: " + status.orElseThrow()));
    }
  }

  /** Any RPC of any server, in-process; {@code onAnswer} runs as the answer arrives. */
  public static <Q, R> Answer<R> call(
      BiConsumer<Q, StreamObserver<R>> rpc, Q request, Runnable onAnswer) {
    CapturingObserver<R> observer = new CapturingObserver<>(onAnswer);
    rpc.accept(request, observer);
    observer.await();
    return new Answer<>(observer.value(), observer.status(), observer.error());
  }

  /** The {@code ErrorResourceInitFailed} detail of a failed RPC, if it has one. */
  public static Optional<ErrorResourceInitFailed> initFailure(Answer<?> answer) {
    com.google.rpc.Status status = answer.error().map(StatusProto::fromThrowable).orElse(null);
    if (status == null) {
      return Optional.empty();
    }
    for (com.google.protobuf.Any detail : status.getDetailsList()) {
      if (detail.is(ErrorResourceInitFailed.class)) {
        try {
          return Optional.of(detail.unpack(ErrorResourceInitFailed.class));
        } catch (InvalidProtocolBufferException e) {
          throw new AssertionError("malformed ErrorResourceInitFailed detail", e);
        }
      }
    }
    return Optional.empty();
  }
}
