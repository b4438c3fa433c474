package com.pulumi.securityir.provider.training;

import com.google.protobuf.Empty;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.okhttp.OkHttpServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;

/**
 * Builds the plugin's class-data-sharing archive at {@code package} time: launches the plugin
 * through its own launcher with {@code -XX:ArchiveClassesAtExit} (on Java 25 and later, {@code
 * -XX:AOTCacheOutput}: an ahead-of-time cache, which also keeps the classes linked and the method
 * profiles of the run), drives it through the RPC sequence of a real {@code pulumi up} (Handshake,
 * CheckConfig, Configure, Check, Diff, Create/Update with and without preview, Read, Delete,
 * Cancel) against a {@link CannedSecurityIr} on loopback, and lets it exit so the JVM writes the
 * archive.
 *
 * <p>The trainer must run on the Java runtime the plugin will run on (the build's JDK, or the JDK
 * the release archive's runtime is linked from): that runtime's version decides the kind of
 * archive, and only the runtime that wrote an archive accepts it.
 *
 * <p>Usage: {@code PluginTrainer LAUNCHER ARCHIVE_DIR JAR}. The archive is written as {@code
 * ARCHIVE_DIR/<launcher name>-<first 16 hex digits of the jar's SHA-256>.jsa} ({@code .aot} for an
 * ahead-of-time cache); older archives of that launcher are deleted first, and the archive appears
 * under its final name only once complete, so the launcher never picks up a partial or stale one.
 * Exits non-zero, with the plugin's stderr, when the plugin answers anything unexpected: that is a
 * bug in the plugin, not a training detail. Uses no network beyond 127.0.0.1.
 */
public final class PluginTrainer {

  /** The first Java release whose JVM writes an ahead-of-time cache in one training run. */
  static final int AOT_CACHE_RELEASE = 25;

  private PluginTrainer() {}

  /** The archive's file suffix, and the JVM option that writes it, for the running Java. */
  record ArchiveKind(String suffix, String writeOption) {
    static ArchiveKind forThisRuntime() {
      return Runtime.version().feature() >= AOT_CACHE_RELEASE
          ? new ArchiveKind(".aot", "-XX:AOTCacheOutput=")
          : new ArchiveKind(".jsa", "-XX:ArchiveClassesAtExit=");
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: PluginTrainer LAUNCHER ARCHIVE_DIR JAR");
      System.exit(2);
    }
    Path launcher = Path.of(args[0]).toAbsolutePath();
    Path archiveDir = Path.of(args[1]).toAbsolutePath();
    Path jar = Path.of(args[2]).toAbsolutePath();
    String name = launcher.getFileName().toString();
    ArchiveKind kind = ArchiveKind.forThisRuntime();
    Path archive = archiveDir.resolve(name + "-" + jarKey(jar) + kind.suffix());
    Files.createDirectories(archiveDir);
    deleteArchives(archiveDir, name);
    Path partial = archiveDir.resolve(archive.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    long started = System.nanoTime();
    train(launcher, kind.writeOption() + partial);
    if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
      throw new IllegalStateException("the plugin exited without writing " + partial);
    }
    Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
    // The JVM records an ahead-of-time cache's training in a temporary file beside it.
    Files.deleteIfExists(archiveDir.resolve(partial.getFileName() + ".config"));
    System.err.printf(
        "securityir: trained %s (%d KiB) in %d ms%n",
        archive,
        Files.size(archive) / 1024,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /** The first 16 hex digits of the SHA-256 of the jar: the name that ties an archive to it. */
  static String jarKey(Path jar) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(jar)) {
        byte[] buffer = new byte[65536];
        int n;
        while ((n = in.read(buffer)) != -1) {
          sha.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  private static void deleteArchives(Path dir, String name) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, name + "-*.{jsa,aot}*")) {
      for (Path path : old) {
        Files.delete(path);
      }
    }
  }

  private static void train(Path launcher, String writeArchive) throws Exception {
    List<LogRequest> logs = new ArrayList<>();
    Server engine =
        OkHttpServerBuilder.forPort(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                InsecureServerCredentials.create())
            .addService(
                new EngineGrpc.EngineImplBase() {
                  @Override
                  public void log(LogRequest request, StreamObserver<Empty> response) {
                    synchronized (logs) {
                      logs.add(request);
                    }
                    response.onNext(Empty.getDefaultInstance());
                    response.onCompleted();
                  }
                })
            .build()
            .start();
    try (CannedSecurityIr service = CannedSecurityIr.start()) {
      TrainingRun.seed(service);
      ProcessBuilder builder =
          new ProcessBuilder(launcher.toString(), "127.0.0.1:" + engine.getPort());
      Map<String, String> env = builder.environment();
      // Train with the JDK that runs the build, and never on top of some other archive.
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("SECURITYIR_CDS", "off");
      env.put("SECURITYIR_JAVA_OPTS", writeArchive);
      Process plugin = builder.start();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      Thread drain = drain(plugin.getErrorStream(), stderr);
      try {
        int port = readPort(plugin);
        ManagedChannel channel =
            Grpc.newChannelBuilder("127.0.0.1:" + port, InsecureChannelCredentials.create())
                .build();
        try {
          TrainingRun.drive(channel, service);
        } finally {
          channel.shutdownNow();
        }
        if (!plugin.waitFor(TrainingRun.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the plugin did not exit after Cancel");
        }
        drain.join(TimeUnit.SECONDS.toMillis(TrainingRun.TIMEOUT_SECONDS));
        if (plugin.exitValue() != 0) {
          throw new IllegalStateException("the plugin exited with " + plugin.exitValue());
        }
        synchronized (logs) {
          TrainingRun.require(!logs.isEmpty(), "the plugin sent no Log call to the engine", logs);
        }
      } catch (Exception | AssertionError e) {
        plugin.destroyForcibly();
        drain.join(TimeUnit.SECONDS.toMillis(5));
        synchronized (stderr) {
          System.err.println("securityir: CDS training failed; the plugin's stderr follows");
          System.err.println(stderr.toString(StandardCharsets.UTF_8));
        }
        throw e;
      }
    } finally {
      engine.shutdownNow();
    }
  }

  private static int readPort(Process plugin)
      throws InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              StringBuilder text = new StringBuilder();
              try {
                InputStream stdout = plugin.getInputStream();
                int c;
                while ((c = stdout.read()) != -1 && c != '\n') {
                  text.append((char) c);
                }
              } catch (IOException e) {
                throw new IllegalStateException("could not read the plugin's stdout", e);
              }
              return text.toString().strip();
            });
    String port = line.get(TrainingRun.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!port.matches("[0-9]{1,5}")) {
      throw new IllegalStateException("the plugin wrote no port line but '" + port + "'");
    }
    return Integer.parseInt(port);
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream sink) {
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
                // The plugin ended; what was read is kept.
              }
            },
            "plugin-stderr");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
