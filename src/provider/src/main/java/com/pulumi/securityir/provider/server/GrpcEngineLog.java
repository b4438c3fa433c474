package com.pulumi.securityir.provider.server;

import com.pulumi.securityir.provider.resource.EngineLog;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;

/**
 * The engine's {@code pulumirpc.Engine/Log} over a channel this log owns. Each message is sent
 * before the call returns, bounded to 5 s; a message the engine does not take is dropped (and noted
 * at debug level), never failing an operation. Thread-safe.
 */
public final class GrpcEngineLog implements EngineLog {

  private static final Logger LOG = Logger.getLogger(GrpcEngineLog.class.getName());

  private final ManagedChannel channel;
  private final EngineGrpc.EngineBlockingStub stub;

  public GrpcEngineLog(ManagedChannel channel) {
    this.channel = channel;
    this.stub = EngineGrpc.newBlockingStub(channel);
  }

  @Override
  public void info(String urn, String message) {
    send(LogSeverity.INFO, urn, message, false);
  }

  @Override
  public void warning(String urn, String message) {
    send(LogSeverity.WARNING, urn, message, false);
  }

  @Override
  public void status(String urn, String message) {
    send(LogSeverity.INFO, urn, message, true);
  }

  @Override
  public void close() {
    channel.shutdown();
    try {
      channel.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(LogSeverity severity, String urn, String message, boolean ephemeral) {
    try {
      stub.withDeadlineAfter(5, TimeUnit.SECONDS)
          .log(
              LogRequest.newBuilder()
                  .setSeverity(severity)
                  .setUrn(urn)
                  .setMessage(message)
                  .setEphemeral(ephemeral)
                  .build());
    } catch (StatusRuntimeException e) {
      LOG.log(Level.FINE, "the engine did not take a log message", e);
    }
  }
}
