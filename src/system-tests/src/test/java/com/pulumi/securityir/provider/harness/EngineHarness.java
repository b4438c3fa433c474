package com.pulumi.securityir.provider.harness;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.StatusRuntimeException;
import io.grpc.okhttp.OkHttpServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.Provider.ErrorResourceInitFailed;
import pulumirpc.ResourceProviderGrpc;

/**
 * Stands in for the Pulumi engine in tests: launches {@code bin/pulumi-resource-securityir} (or the
 * plugin installed from the release archive, see {@link InstalledPlugin}) as the engine does (its
 * own process group is not needed here; working directory = a program directory; the only argument
 * = the address of an {@code Engine} service this harness runs to collect {@code Log} calls), reads
 * the port from the first stdout line, and drives the provider over gRPC.
 *
 * <p>Faithful to the protocol doc: stdout must carry the port line and nothing else ever, which
 * {@link #strayStdout()} lets tests assert; shutdown sends {@code Cancel}, then SIGINT-like
 * termination, then kills after 5 s.
 */
public final class EngineHarness implements AutoCloseable {

  private final Server engine;
  private final List<LogRequest> logs = new CopyOnWriteArrayList<>();
  private final Process plugin;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final ByteArrayOutputStream strayStdout = new ByteArrayOutputStream();
  private final ManagedChannel channel;
  private final int port;
  private volatile Predicate<String> hold = message -> false;
  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  private EngineHarness(Options options) throws IOException {
    engine =
        OkHttpServerBuilder.forPort(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                InsecureServerCredentials.create())
            .addService(
                new EngineGrpc.EngineImplBase() {
                  @Override
                  public void log(LogRequest request, StreamObserver<Empty> response) {
                    logs.add(request);
                    if (hold.test(request.getMessage())) {
                      held.countDown();
                      awaitQuietly(release);
                    }
                    response.onNext(Empty.getDefaultInstance());
                    response.onCompleted();
                  }
                })
            .build()
            .start();
    Path programDir = Files.createTempDirectory("securityir-program");
    List<String> command = new ArrayList<>();
    command.add(pluginBinary().toString());
    command.addAll(options.extraArgs());
    command.add("127.0.0.1:" + engine.getPort());
    ProcessBuilder builder = new ProcessBuilder(command).directory(programDir.toFile());
    InstalledPlugin.configured().ifPresent(p -> p.withoutJdk(builder.environment()));
    builder.environment().putAll(options.environment());
    plugin = builder.start();
    pump(plugin.getErrorStream(), stderr, "plugin-stderr");
    port = readPort(plugin.getInputStream());
    pump(plugin.getInputStream(), strayStdout, "plugin-stdout");
    channel =
        Grpc.newChannelBuilder("127.0.0.1:" + port, InsecureChannelCredentials.create()).build();
  }

  /** How to launch the plugin. */
  public record Options(List<String> extraArgs, Map<String, String> environment) {
    public static Options defaults() {
      return new Options(List.of(), Map.of());
    }
  }

  public static EngineHarness launch() throws IOException {
    return new EngineHarness(Options.defaults());
  }

  public static EngineHarness launch(Options options) throws IOException {
    return new EngineHarness(options);
  }

  /** The project directory, where {@code bin/} and {@code target/} are. */
  public static Path projectDir() {
    return Path.of(System.getProperty("securityir.project.dir", ".")).toAbsolutePath();
  }

  /**
   * The plugin the engine launches: {@code bin/pulumi-resource-securityir} of the checkout, or the
   * one installed from the release archive when the tests name one ({@link InstalledPlugin}).
   */
  public static Path pluginBinary() {
    return InstalledPlugin.configured()
        .map(InstalledPlugin::binary)
        .orElse(projectDir().resolve("bin/pulumi-resource-securityir"));
  }

  public ResourceProviderGrpc.ResourceProviderBlockingStub provider() {
    return ResourceProviderGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
  }

  public int port() {
    return port;
  }

  public Process process() {
    return plugin;
  }

  /** Every Log call the plugin made to the engine, in arrival order. */
  public List<LogRequest> logs() {
    return List.copyOf(logs);
  }

  /** Log messages attached to one resource. */
  public List<String> messagesFor(String urn) {
    return logs.stream().filter(l -> l.getUrn().equals(urn)).map(LogRequest::getMessage).toList();
  }

  /** Anything the plugin wrote to stdout after the port line (must stay empty). */
  public String strayStdout() {
    synchronized (strayStdout) {
      return strayStdout.toString(StandardCharsets.UTF_8);
    }
  }

  public String stderr() {
    synchronized (stderr) {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }

  /** The partial-failure detail of an error, if the plugin sent one. */
  public static Optional<ErrorResourceInitFailed> initFailure(StatusRuntimeException error) {
    com.google.rpc.Status status = StatusProto.fromThrowable(error);
    if (status == null) {
      return Optional.empty();
    }
    for (com.google.protobuf.Any detail : status.getDetailsList()) {
      if (detail.is(ErrorResourceInitFailed.class)) {
        try {
          return Optional.of(detail.unpack(ErrorResourceInitFailed.class));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
          throw new AssertionError("malformed ErrorResourceInitFailed detail", e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Makes the engine's Log service hold the first matching message unanswered (until {@link
   * #close()}). The plugin delivers each message before it goes on, so it stays exactly where it
   * logged: e.g. between two steps of a walk.
   */
  public void holdLogsMatching(Predicate<String> matcher) {
    hold = matcher;
  }

  /** Waits (bounded) until a message matching {@link #holdLogsMatching} arrived and is held. */
  public boolean awaitHeld(long seconds) {
    try {
      return held.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** SIGKILL, as a crash or the OOM killer would end the plugin: no Cancel, no shutdown hook. */
  public void kill() {
    plugin.destroyForcibly();
    try {
      plugin.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the plugin as the engine does: Cancel, close the connection, SIGINT, kill after 5 s. */
  @Override
  public void close() {
    release.countDown();
    try {
      ResourceProviderGrpc.newBlockingStub(channel)
          .withDeadlineAfter(5, TimeUnit.SECONDS)
          .cancel(Empty.getDefaultInstance());
    } catch (StatusRuntimeException e) {
      // Already gone: nothing to cancel.
    }
    channel.shutdownNow();
    plugin.destroy();
    try {
      if (!plugin.waitFor(5, TimeUnit.SECONDS)) {
        plugin.destroyForcibly();
        plugin.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      plugin.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    engine.shutdownNow();
  }

  private static int readPort(InputStream stdout) throws IOException {
    // The engine reads byte by byte up to the first newline; so do we.
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = stdout.read()) != -1 && c != '\n') {
      line.append((char) c);
    }
    String text = line.toString().trim();
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65535) {
        throw new IOException("plugin wrote an invalid port to stdout: '" + text + "'");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IOException("plugin wrote an invalid port to stdout: '" + text + "'", e);
    }
  }

  private static void pump(InputStream in, ByteArrayOutputStream sink, String name) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try {
                int n;
                while ((n = in.read(buffer)) != -1) {
                  synchronized (sink) {
                    sink.write(buffer, 0, n);
                  }
                }
              } catch (IOException e) {
                // The process ended.
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  // ---- property helpers --------------------------------------------------------------------

  public static Struct struct(Map<String, ?> values) {
    Struct.Builder struct = Struct.newBuilder();
    values.forEach((k, v) -> struct.putFields(k, value(v)));
    return struct.build();
  }

  public static Value value(Object v) {
    if (v instanceof Value value) {
      return value;
    }
    if (v instanceof String s) {
      return Value.newBuilder().setStringValue(s).build();
    }
    if (v instanceof Boolean b) {
      return Value.newBuilder().setBoolValue(b).build();
    }
    if (v instanceof Number n) {
      return Value.newBuilder().setNumberValue(n.doubleValue()).build();
    }
    if (v instanceof Map<?, ?> map) {
      Struct.Builder struct = Struct.newBuilder();
      map.forEach((k, item) -> struct.putFields(String.valueOf(k), value(item)));
      return Value.newBuilder().setStructValue(struct).build();
    }
    if (v instanceof List<?> items) {
      com.google.protobuf.ListValue.Builder list = com.google.protobuf.ListValue.newBuilder();
      items.forEach(item -> list.addValues(value(item)));
      return Value.newBuilder().setListValue(list).build();
    }
    throw new IllegalArgumentException("unsupported test value " + v);
  }

  /** A value in Pulumi's secret envelope. */
  public static Value secret(Object v) {
    return Value.newBuilder()
        .setStructValue(
            Struct.newBuilder()
                .putFields(
                    "4dabf18193072939515e22adb298388d", value("1b47061264138c4ac30d75fd1eb44270"))
                .putFields("value", value(v)))
        .build();
  }

  /** The engine's sentinel for an unknown string during preview. */
  public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  /** The string in a possibly secret-wrapped value. */
  public static String text(Struct struct, String key) {
    Value value = struct.getFieldsMap().get(key);
    if (value == null) {
      return null;
    }
    if (value.hasStructValue() && value.getStructValue().containsFields("value")) {
      return value.getStructValue().getFieldsOrThrow("value").getStringValue();
    }
    return value.getStringValue();
  }

  public static boolean isSecret(Struct struct, String key) {
    Value value = struct.getFieldsMap().get(key);
    return value != null
        && value.hasStructValue()
        && value.getStructValue().containsFields("4dabf18193072939515e22adb298388d");
  }

  /** Reads a whole stream; for tests that check a finished process. */
  public static String readAll(InputStream in) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      StringBuilder text = new StringBuilder();
      String line;
      while ((line = reader.readLine()) != null) {
        text.append(line).append('\n');
      }
      return text.toString();
    }
  }
}
