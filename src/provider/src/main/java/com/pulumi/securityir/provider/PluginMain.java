package com.pulumi.securityir.provider;

import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.provider.config.AwsProviderServices;
import com.pulumi.securityir.provider.resource.EngineLog;
import com.pulumi.securityir.provider.server.GrpcEngineLog;
import com.pulumi.securityir.provider.server.ProviderServer;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.okhttp.OkHttpServerBuilder;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Entry point of {@code bin/pulumi-resource-securityir}, the process the Pulumi engine launches.
 *
 * <p>Writes exactly one line to stdout, the port it serves gRPC on (127.0.0.1 only), and nothing
 * else ever: the standard output stream is pointed at stderr before anything else runs, so a stray
 * print from any library cannot corrupt the engine's port handshake. Stops cleanly on {@code
 * Cancel}, SIGINT and SIGTERM, letting calls in flight finish their current step.
 */
public final class PluginMain {

  private static final Logger LOG = Logger.getLogger(PluginMain.class.getName());

  /** How long a stopping plugin lets calls in flight finish; the engine kills it after 5 s. */
  private static final long SHUTDOWN_GRACE_MILLIS = 4000;

  private PluginMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    PrintStream portOut =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);

    Parsed<PluginArguments> parsed = PluginArguments.parse(args);
    if (parsed instanceof Parsed.Failure<PluginArguments> failure) {
      System.err.println("pulumi-resource-securityir: " + failure.reason());
      System.exit(2);
      return;
    }
    PluginArguments arguments = parsed.orElseThrow();
    // Building the channel to the engine takes tens of milliseconds; the engine waits for the port
    // line before anything else, so the channel is built after it.
    CompletableFuture<EngineLog> engineLogReady = new CompletableFuture<>();
    EngineLog engineLog = EngineLog.deferred(engineLogReady);

    CountDownLatch cancelled = new CountDownLatch(1);
    ProviderServer provider =
        ProviderAssembly.server(
            AwsProviderServices.factory(), engineLog, Clock.systemUTC(), cancelled::countDown);
    Server server =
        OkHttpServerBuilder.forPort(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                InsecureServerCredentials.create())
            .addService(provider)
            .build()
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, engineLog), "shutdown"));

    portOut.println(server.getPort());
    portOut.flush();
    engineLogReady.complete(
        arguments
            .engineAddress()
            .map(
                address ->
                    (EngineLog)
                        new GrpcEngineLog(
                            Grpc.newChannelBuilder(address, InsecureChannelCredentials.create())
                                .build()))
            .orElseGet(EngineLog::toStderr));

    cancelled.await();
    stop(server, engineLog);
    System.exit(0);
  }

  private static void stop(Server server, EngineLog engineLog) {
    if (server.isShutdown()) {
      return;
    }
    server.shutdown();
    try {
      if (!server.awaitTermination(SHUTDOWN_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        LOG.warning("calls still in flight after the grace period; stopping them");
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
    engineLog.close();
  }
}
