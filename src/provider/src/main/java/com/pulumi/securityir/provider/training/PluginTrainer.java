package com.pulumi.securityir.provider.training;

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
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.ProviderHandshakeRequest;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/**
 * Builds the plugin's class-data-sharing archive at {@code package} time: launches the plugin
 * through its own launcher with {@code -XX:ArchiveClassesAtExit}, drives it through the RPC
 * sequence of a real {@code pulumi up} (Handshake, CheckConfig, Configure, Check, Diff,
 * Create/Update with and without preview, Read, Delete, Cancel) against a {@link CannedSecurityIr}
 * on loopback, and lets it exit so the JVM writes the archive.
 *
 * <p>Usage: {@code PluginTrainer LAUNCHER ARCHIVE_DIR JAR}. The archive is written as {@code
 * ARCHIVE_DIR/<launcher name>-<first 16 hex digits of the jar's SHA-256>.jsa}; older archives of
 * that launcher are deleted first, and the archive appears under its final name only once complete,
 * so the launcher never picks up a partial or stale one. Exits non-zero, with the plugin's stderr,
 * when the plugin answers anything unexpected: that is a bug in the plugin, not a training detail.
 * Uses no network beyond 127.0.0.1.
 */
public final class PluginTrainer {

  private static final String TYPE = "securityir:index:CaseStatus";
  private static final String CASE_A = "8403556009";
  private static final String CASE_B = "8403556010";
  private static final String MISSING_CASE = "8403556099";
  private static final long TIMEOUT_SECONDS = 60;

  private PluginTrainer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: PluginTrainer LAUNCHER ARCHIVE_DIR JAR");
      System.exit(2);
    }
    Path launcher = Path.of(args[0]).toAbsolutePath();
    Path archiveDir = Path.of(args[1]).toAbsolutePath();
    Path jar = Path.of(args[2]).toAbsolutePath();
    String name = launcher.getFileName().toString();
    Path archive = archiveDir.resolve(name + "-" + jarKey(jar) + ".jsa");
    Files.createDirectories(archiveDir);
    deleteArchives(archiveDir, name);
    Path partial = archiveDir.resolve(archive.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    long started = System.nanoTime();
    train(launcher, partial);
    if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
      throw new IllegalStateException("the plugin exited without writing " + partial);
    }
    Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
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
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, name + "-*.jsa*")) {
      for (Path path : old) {
        Files.delete(path);
      }
    }
  }

  private static void train(Path launcher, Path archive) throws Exception {
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
      service.seed(CASE_A, "Submitted");
      service.seed(CASE_B, "Detection and Analysis");
      ProcessBuilder builder =
          new ProcessBuilder(launcher.toString(), "127.0.0.1:" + engine.getPort());
      Map<String, String> env = builder.environment();
      // Train with the JDK that runs the build, and never on top of some other archive.
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("SECURITYIR_CDS", "off");
      env.put("SECURITYIR_JAVA_OPTS", "-XX:ArchiveClassesAtExit=" + archive);
      Process plugin = builder.start();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      Thread drain = drain(plugin.getErrorStream(), stderr);
      try {
        int port = readPort(plugin);
        ManagedChannel channel =
            Grpc.newChannelBuilder("127.0.0.1:" + port, InsecureChannelCredentials.create())
                .build();
        try {
          drive(channel, service);
        } finally {
          channel.shutdownNow();
        }
        if (!plugin.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the plugin did not exit after Cancel");
        }
        drain.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (plugin.exitValue() != 0) {
          throw new IllegalStateException("the plugin exited with " + plugin.exitValue());
        }
        synchronized (logs) {
          require(!logs.isEmpty(), "the plugin sent no Log call to the engine", logs);
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

  /** The RPCs of a preview and an up of two cases, then a refresh, an import and a destroy. */
  private static void drive(ManagedChannel channel, CannedSecurityIr service) {
    rpc(channel)
        .handshake(
            ProviderHandshakeRequest.newBuilder()
                .setEngineAddress("127.0.0.1:0")
                .setConfigureWithUrn(true)
                .setSupportsRefreshBeforeUpdate(true)
                .setAcceptsByteString(true)
                .build());
    rpc(channel).getPluginInfo(Empty.getDefaultInstance());
    rpc(channel).getSchema(GetSchemaRequest.getDefaultInstance());
    Struct config =
        struct(
            Map.of(
                "region", text("us-east-1"),
                "endpoint", text(service.endpoint().toString()),
                "accessKey", secret("AKIDTRAINING00000000"),
                "secretKey", secret("training-secret-key"),
                "maxRetries", Value.newBuilder().setNumberValue(0).build(),
                "version", text("0.1.0")));
    CheckResponse checkedConfig =
        rpc(channel)
            .checkConfig(
                CheckRequest.newBuilder()
                    .setUrn("urn:pulumi:dev::cases::pulumi:providers:securityir::default")
                    .setOlds(Struct.getDefaultInstance())
                    .setNews(config)
                    .build());
    require(checkedConfig.getFailuresCount() == 0, "CheckConfig failed", checkedConfig);
    rpc(channel)
        .configure(
            ConfigureRequest.newBuilder()
                .setArgs(checkedConfig.getInputs())
                .setAcceptSecrets(true)
                .setAcceptResources(true)
                .setSendsOldInputs(true)
                .setSendsOldInputsToDelete(true)
                .build());

    // A typo in a status: Check answers with failures (the validation and suggestion path).
    CheckResponse typo =
        check(channel, "typo", inputs(CASE_A, "Closd", false), Struct.getDefaultInstance());
    require(typo.getFailuresCount() > 0, "Check accepted an unknown status", typo);

    // Preview and up of a new resource: a two-step walk Submitted -> D&A -> CER.
    Struct newsA =
        check(
                channel,
                "a",
                inputs(CASE_A, "containment, eradication and recovery", true),
                Struct.getDefaultInstance())
            .getInputs();
    CreateResponse previewA = create(channel, "a", newsA, true);
    require(
        service.calls().stream().noneMatch(c -> !c.startsWith("GetCase")),
        "a preview mutated",
        service.calls());
    require(!previewA.getProperties().getFieldsMap().isEmpty(), "empty preview outputs", previewA);
    CreateResponse createdA = create(channel, "a", newsA, false);
    require(createdA.getId().equals(CASE_A), "Create returned the wrong id", createdA);

    // An existing resource whose declared status changed: Check, Diff, Update (preview, then up).
    Struct oldInputsB = inputs(CASE_B, "Detection and Analysis", false);
    Struct newsB =
        check(channel, "b", inputs(CASE_B, "Post-incident Activities", false), oldInputsB)
            .getInputs();
    Struct oldOutputsB =
        read(channel, "b", CASE_B, Struct.getDefaultInstance(), Struct.getDefaultInstance())
            .getProperties();
    DiffResponse diffB = diff(channel, "b", CASE_B, oldOutputsB, newsB, oldInputsB);
    require(
        diffB.getChanges() == DiffResponse.DiffChanges.DIFF_SOME, "Diff missed a change", diffB);
    update(channel, "b", CASE_B, oldOutputsB, newsB, oldInputsB, true);
    UpdateResponse updatedB = update(channel, "b", CASE_B, oldOutputsB, newsB, oldInputsB, false);

    // The same resource unchanged: Diff says no change.
    DiffResponse same = diff(channel, "b", CASE_B, updatedB.getProperties(), newsB, newsB);
    require(same.getChanges() == DiffResponse.DiffChanges.DIFF_NONE, "Diff saw a change", same);

    // Refresh, import of a missing case (the SDK's error path), and destroy with closeOnDelete.
    read(channel, "a", CASE_A, createdA.getProperties(), newsA);
    try {
      read(
          channel,
          "missing",
          MISSING_CASE,
          Struct.getDefaultInstance(),
          Struct.getDefaultInstance());
    } catch (StatusRuntimeException expected) {
      // A missing case may be reported as an error or as an empty id; both are trained.
    }
    rpc(channel)
        .delete(
            DeleteRequest.newBuilder()
                .setId(CASE_A)
                .setUrn(urn("a"))
                .setName("a")
                .setType(TYPE)
                .setProperties(createdA.getProperties())
                .setOldInputs(newsA)
                .build());
    require(
        service.calls().contains("CloseCase " + CASE_A),
        "Delete did not close the case",
        service.calls());
    rpc(channel).cancel(Empty.getDefaultInstance());
  }

  private static ResourceProviderBlockingStub rpc(ManagedChannel channel) {
    return ResourceProviderGrpc.newBlockingStub(channel)
        .withDeadlineAfter(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private static CheckResponse check(
      ManagedChannel channel, String name, Struct news, Struct olds) {
    return rpc(channel)
        .check(
            CheckRequest.newBuilder()
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setOlds(olds)
                .setNews(news)
                .build());
  }

  private static CreateResponse create(
      ManagedChannel channel, String name, Struct news, boolean preview) {
    return rpc(channel)
        .create(
            CreateRequest.newBuilder()
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setProperties(news)
                .setPreview(preview)
                .build());
  }

  private static DiffResponse diff(
      ManagedChannel channel, String name, String id, Struct olds, Struct news, Struct oldInputs) {
    return rpc(channel)
        .diff(
            DiffRequest.newBuilder()
                .setId(id)
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setOlds(olds)
                .setNews(news)
                .setOldInputs(oldInputs)
                .build());
  }

  private static UpdateResponse update(
      ManagedChannel channel,
      String name,
      String id,
      Struct olds,
      Struct news,
      Struct oldInputs,
      boolean preview) {
    return rpc(channel)
        .update(
            UpdateRequest.newBuilder()
                .setId(id)
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setOlds(olds)
                .setNews(news)
                .setOldInputs(oldInputs)
                .setPreview(preview)
                .build());
  }

  private static ReadResponse read(
      ManagedChannel channel, String name, String id, Struct properties, Struct inputs) {
    return rpc(channel)
        .read(
            ReadRequest.newBuilder()
                .setId(id)
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setProperties(properties)
                .setInputs(inputs)
                .build());
  }

  private static String urn(String name) {
    return "urn:pulumi:dev::cases::" + TYPE + "::" + name;
  }

  private static Struct inputs(String caseId, String status, boolean closeOnDelete) {
    return struct(
        Map.of(
            "caseId", text(caseId),
            "status", text(status),
            "closeOnDelete", Value.newBuilder().setBoolValue(closeOnDelete).build()));
  }

  private static Struct struct(Map<String, Value> fields) {
    return Struct.newBuilder().putAllFields(fields).build();
  }

  private static Value text(String value) {
    return Value.newBuilder().setStringValue(value).build();
  }

  /** A value in the engine's secret envelope. */
  private static Value secret(String value) {
    return Value.newBuilder()
        .setStructValue(
            Struct.newBuilder()
                .putFields(
                    "4dabf18193072939515e22adb298388d", text("1b47061264138c4ac30d75fd1eb44270"))
                .putFields("value", text(value)))
        .build();
  }

  private static void require(boolean condition, String what, Object seen) {
    if (!condition) {
      throw new IllegalStateException(what + ": " + seen);
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
    String port = line.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
