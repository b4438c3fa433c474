package com.pulumi.securityir.provider.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import com.pulumi.securityir.provider.harness.EngineHarness;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pulumirpc.ResourceProviderGrpc;

/**
 * The class-data-sharing archive that {@code package} trains for the plugin: named after the jar it
 * was trained from, used by the launcher, and, when stale, never used and never heard of on stdout
 * (the engine reads the first stdout line as the port). Asserts which archive the JVM loaded
 * classes from, never how fast.
 */
class CdsArchiveIT {

  private static final String LAUNCHER = "pulumi-resource-securityir";
  private static final String FROM_ARCHIVE =
      "com.pulumi.securityir.provider.PluginMain source: shared objects file (top)";

  @TempDir Path temp;

  @AfterEach
  void unlinkLibraries() throws IOException {
    // The link points into the project: remove it so cleaning the temp dir never follows it.
    Files.deleteIfExists(temp.resolve("install/target/lib"));
  }

  private static Path project() {
    return EngineHarness.projectDir();
  }

  private static List<Path> archives(Path cdsDir) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(cdsDir, LAUNCHER + "-*.jsa")) {
      files.forEach(found::add);
    }
    return found;
  }

  @Test
  void packageLeavesOneArchiveNamedAfterTheJarsHash() throws IOException {
    Path jar = project().resolve("target/pulumi-resource-securityir.jar");
    List<Path> archives = archives(project().resolve("target/cds"));
    assertEquals(
        List.of(
            project().resolve("target/cds/" + LAUNCHER + "-" + PluginTrainer.jarKey(jar) + ".jsa")),
        archives);
    assertTrue(Files.size(archives.get(0)) > 0);
  }

  @Test
  void pluginLoadsItsClassesFromTheArchive() throws Exception {
    Path classLog = temp.resolve("classes.log");
    try (EngineHarness harness =
        EngineHarness.launch(
            new EngineHarness.Options(
                List.of(),
                Map.of("SECURITYIR_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog)))) {
      harness.provider().getPluginInfo(Empty.getDefaultInstance());
      assertEquals("", harness.strayStdout());
    }
    assertTrue(
        Files.readString(classLog).contains(FROM_ARCHIVE), "PluginMain not from the archive");
  }

  @Test
  void archiveOlderThanTheJarIsNotUsedAndStdoutStaysClean() throws Exception {
    Path root = copyOfLayout();
    Path archive = archives(root.resolve("target/cds")).get(0);
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));
    Files.setLastModifiedTime(
        root.resolve("target/pulumi-resource-securityir.jar"), FileTime.from(Instant.now()));

    String classes = runPluginIn(root);
    assertFalse(classes.contains(FROM_ARCHIVE), "a stale archive was used");
  }

  @Test
  void archiveTheJvmRejectsIsNotUsedAndStdoutStaysClean() throws Exception {
    // The launcher's cheap age test passes (archive newer than the jar), but the jar is not the
    // one the archive recorded (another mtime and path): the JVM itself must refuse the archive,
    // and must say so on stderr only.
    Path root = copyOfLayout();
    Path archive = archives(root.resolve("target/cds")).get(0);
    Files.setLastModifiedTime(
        root.resolve("target/pulumi-resource-securityir.jar"),
        FileTime.from(Instant.now().minusSeconds(60)));
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));

    String classes = runPluginIn(root);
    assertFalse(classes.contains(FROM_ARCHIVE), "an archive of another jar was used");
  }

  /** bin/, a fresh copy of the jar, the trained archive and (linked) target/lib in a new root. */
  private Path copyOfLayout() throws IOException {
    Path root = temp.resolve("install");
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("target/cds"));
    for (String script : List.of(LAUNCHER, "java-launcher.sh")) {
      Path copy = root.resolve("bin/" + script);
      Files.copy(project().resolve("bin/" + script), copy);
      copy.toFile().setExecutable(true);
    }
    Files.copy(
        project().resolve("target/pulumi-resource-securityir.jar"),
        root.resolve("target/pulumi-resource-securityir.jar"));
    Files.createSymbolicLink(root.resolve("target/lib"), project().resolve("target/lib"));
    Path archive = archives(project().resolve("target/cds")).get(0);
    Files.copy(archive, root.resolve("target/cds").resolve(archive.getFileName()));
    return root;
  }

  /** Starts the plugin of a layout, asks it one RPC, stops it; returns its class-load log. */
  private String runPluginIn(Path root) throws Exception {
    Path classLog = temp.resolve("classes-" + System.nanoTime() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(root.resolve("bin/" + LAUNCHER).toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("SECURITYIR_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog);
    Process plugin = builder.start();
    try {
      InputStream stdout = plugin.getInputStream();
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = stdout.read()) != -1 && c != '\n') {
        line.append((char) c);
      }
      assertTrue(line.toString().matches("[0-9]{1,5}"), () -> "first stdout line: " + line);
      ManagedChannel channel =
          Grpc.newChannelBuilder("127.0.0.1:" + line, InsecureChannelCredentials.create()).build();
      try {
        ResourceProviderGrpc.newBlockingStub(channel)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .getPluginInfo(Empty.getDefaultInstance());
        ResourceProviderGrpc.newBlockingStub(channel)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .cancel(Empty.getDefaultInstance());
      } finally {
        channel.shutdownNow();
      }
      assertTrue(plugin.waitFor(30, TimeUnit.SECONDS), "plugin did not exit after Cancel");
      assertEquals("", new String(stdout.readAllBytes(), StandardCharsets.UTF_8), "stray stdout");
    } finally {
      plugin.destroyForcibly();
    }
    return Files.readString(classLog);
  }
}
