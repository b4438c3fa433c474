package com.pulumi.securityir.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.emulator.EmulatorOptions;
import com.pulumi.securityir.emulator.SecurityIrEmulator;
import com.pulumi.securityir.provider.harness.InstalledPlugin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release archive as a Pulumi user gets it: extracted, as {@code pulumi plugin install --file}
 * does, into a Pulumi plugin cache {@code $PULUMI_HOME/plugins/resource-securityir-v<version>/},
 * then run on a machine with no JDK (no {@code java} on PATH, no JAVA_HOME). The provider's
 * engine-like tests run against the same extracted plugin (a second run of {@code ProviderIT}; see
 * src/system-tests/pom.xml).
 */
class ReleaseArchiveIT {

  private static Path archive;
  private static String version;
  private static InstalledPlugin installed;
  private static Path pluginDir;

  @BeforeAll
  static void extractIntoAPluginCache() throws Exception {
    String configured = System.getProperty("securityir.release.archive", "");
    assumeTrue(
        !configured.isBlank(),
        "no release archive on this platform: it is built on Linux x86-64 only");
    archive = Path.of(configured);
    version = System.getProperty("securityir.version");
    installed = InstalledPlugin.install(archive, version);
    pluginDir = installed.directory();
  }

  @Test
  void sha256FileBesideTheArchiveHoldsItsDigest() throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(archive)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha256.update(buffer, 0, n);
      }
    }
    String expected = HexFormat.of().formatHex(sha256.digest());
    Path checksum = archive.resolveSibling(archive.getFileName() + ".sha256");
    assertEquals(expected + "  " + archive.getFileName() + "\n", Files.readString(checksum));
  }

  @Test
  void archiveHoldsTheLaunchersRuntimeJarsLicenseReadmeAndSbomAtItsRoot() throws Exception {
    for (String executable : List.of("pulumi-resource-securityir", "securityir", "jre/bin/java")) {
      assertTrue(
          Files.getPosixFilePermissions(pluginDir.resolve(executable))
              .contains(PosixFilePermission.OWNER_EXECUTE),
          executable + " is not executable");
    }
    for (String file :
        List.of(
            "java-launcher.sh",
            "pulumi-resource-securityir.jar",
            "securityir-cli.jar",
            "LICENSE",
            "README.md",
            "sbom.cdx.json",
            "examples/quickstart/cases.yaml")) {
      assertTrue(Files.isRegularFile(pluginDir.resolve(file)), file + " is missing");
    }
    assertTrue(Files.readString(pluginDir.resolve("LICENSE")).contains("Apache License"));
    // Java 25 and later write an ahead-of-time cache (JEP 514), older ones a dynamic CDS archive.
    Matcher feature =
        Pattern.compile("JAVA_VERSION=\"(\\d+)")
            .matcher(Files.readString(pluginDir.resolve("jre/release")));
    assertTrue(feature.find(), "jre/release names no JAVA_VERSION");
    String suffix = Integer.parseInt(feature.group(1)) >= 25 ? ".aot" : ".jsa";
    try (Stream<Path> archives = Files.list(pluginDir.resolve("cds"))) {
      assertEquals(
          List.of(suffix),
          archives.map(p -> p.getFileName().toString().replaceAll(".*(\\.[a-z]+)$", "$1")).toList(),
          "one trained archive for the bundled runtime, and nothing else");
    }
  }

  @Test
  void runtimeHoldsExactlyTheModulesJdepsFindsWithoutHeadersOrManPages() throws Exception {
    // Computed here, independently of the build: jdeps of the test's JDK over the extracted jars.
    List<String> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(pluginDir)) {
      files.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).forEach(jars::add);
    }
    try (Stream<Path> files = Files.list(pluginDir.resolve("lib"))) {
      files.map(Path::toString).sorted().forEach(jars::add);
    }
    List<String> jdeps = new ArrayList<>();
    jdeps.add(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString());
    jdeps.addAll(
        List.of(
            "--ignore-missing-deps",
            "--print-module-deps",
            "--multi-release",
            "17",
            "-q",
            "--class-path",
            pluginDir.resolve("lib") + "/*"));
    jdeps.addAll(jars);
    Set<String> roots = new TreeSet<>(Arrays.asList(run(jdeps, Map.of(), 0).strip().split(",")));
    // A security provider the JDK loads by name (TLS key exchange), which jdeps cannot see.
    roots.add("jdk.crypto.ec");
    // jlink links the roots and every module they require, as the JDK's own module graph says.
    Set<String> expected = new TreeSet<>();
    Deque<String> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      String module = pending.pop();
      if (expected.add(module)) {
        ModuleFinder.ofSystem().find(module).orElseThrow().descriptor().requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .forEach(r -> pending.push(r.name()));
      }
    }

    String listed =
        run(List.of(pluginDir.resolve("jre/bin/java").toString(), "--list-modules"), Map.of(), 0);
    Set<String> modules =
        listed
            .lines()
            .map(line -> line.replaceAll("@.*", "").strip())
            .filter(m -> !m.isEmpty())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, modules);
    assertFalse(Files.exists(pluginDir.resolve("jre/include")), "header files were kept");
    assertFalse(Files.exists(pluginDir.resolve("jre/man")), "man pages were kept");
    assertFalse(Files.exists(pluginDir.resolve("jre/jmods")), "jmods were kept");
  }

  @Test
  void sbomListsEveryJarInTheArchiveAndTheBundledRuntime() throws Exception {
    JsonObject sbom =
        JsonParser.parseString(Files.readString(pluginDir.resolve("sbom.cdx.json")))
            .getAsJsonObject();
    assertEquals("CycloneDX", sbom.get("bomFormat").getAsString());
    Set<String> listed = new TreeSet<>();
    String runtimeVersion = null;
    for (JsonElement element : sbom.getAsJsonArray("components")) {
      JsonObject component = element.getAsJsonObject();
      String name = component.get("name").getAsString();
      String componentVersion = component.get("version").getAsString();
      if (component.get("type").getAsString().equals("platform")) {
        runtimeVersion = componentVersion;
      } else {
        listed.add(name + "-" + componentVersion + ".jar");
      }
    }
    try (Stream<Path> files = Files.list(pluginDir.resolve("lib"))) {
      for (Path jar : files.toList()) {
        assertTrue(
            listed.contains(jar.getFileName().toString()),
            "the SBOM does not list " + jar.getFileName());
      }
    }
    String release = Files.readString(pluginDir.resolve("jre/release"));
    assertTrue(
        release.contains("JAVA_VERSION=\"" + runtimeVersion + "\""),
        "the SBOM's runtime " + runtimeVersion + " is not the bundled one:\n" + release);
  }

  @Test
  void cliFromTheArchivePrintsItsVersionAndPlansWithoutAJdk() throws Exception {
    Path fixtures = projectDir().resolve("src/system-tests/src/test/resources/cli");
    try (SecurityIrEmulator emulator =
        SecurityIrEmulator.start(
            EmulatorOptions.defaults().withSeedFile(fixtures.resolve("seed.yaml")))) {
      Path cli = pluginDir.resolve("securityir");
      assertEquals(
          "securityir " + version, run(List.of(cli.toString(), "--version"), noJdk(), 0).strip());
      String plan =
          run(
              List.of(
                  cli.toString(),
                  "plan",
                  fixtures.resolve("changes.yaml").toString(),
                  "--endpoint",
                  emulator.endpoint().toString(),
                  "--region",
                  "us-east-1",
                  "--no-color"),
              noJdk(),
              2);
      assertTrue(plan.contains("to change"), plan);
    }
  }

  @Test
  void pluginStartsFromThePluginCacheWithoutAJdkOnItsTrainedArchive() throws Exception {
    Map<String, String> env = noJdk();
    env.put("SECURITYIR_JAVA_OPTS", "-Xlog:class+load=info:stderr");
    // To a file: the class-loading log is far larger than a pipe holds before the port line.
    Path stderrFile = Files.createTempFile("plugin-stderr", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                pluginDir.resolve("pulumi-resource-securityir").toString(), "127.0.0.1:1")
            .redirectError(stderrFile.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process plugin = builder.start();
    try {
      String port;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(plugin.getInputStream(), StandardCharsets.UTF_8))) {
        port = out.readLine();
      }
      assertTrue(port != null && port.matches("\\d+"), "first stdout line: " + port);
    } finally {
      plugin.destroy();
      plugin.waitFor(10, TimeUnit.SECONDS);
    }
    String stderr = Files.readString(stderrFile);
    // Classes of the plugin and its libraries mapped from a shared archive: the JDK's own base
    // archive holds none of them, so they come from the one trained at build time (a dynamic
    // archive logs "shared objects file (top)", an ahead-of-time cache "shared objects file").
    long fromArchive =
        stderr
            .lines()
            .filter(l -> l.contains("com.pulumi.securityir.") || l.contains("io.grpc."))
            .filter(l -> l.contains("source: shared objects file"))
            .count();
    long ourClassesFromJars =
        stderr
            .lines()
            .filter(l -> l.contains("com.pulumi.securityir.") && l.contains("source: file:"))
            .count();
    assertTrue(fromArchive > 100, "classes from the trained archive: " + fromArchive);
    assertEquals(0, ourClassesFromJars, "the plugin's classes came from jars, not the archive");
  }

  /** The environment of a machine with no JDK (no java on PATH, no JAVA_HOME), and dummy keys. */
  private static Map<String, String> noJdk() {
    Map<String, String> env = new HashMap<>();
    installed.withoutJdk(env);
    env.put("HOME", installed.pulumiHome().toString());
    env.put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
    env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    env.put("NO_COLOR", "1");
    return env;
  }

  private static Path projectDir() {
    return Path.of(System.getProperty("securityir.project.dir"));
  }

  /** Runs a command with exactly {@code env} (or the test's environment when empty). */
  private static String run(List<String> command, Map<String, String> env, int expectedExit)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (!env.isEmpty()) {
      builder.environment().clear();
      builder.environment().putAll(env);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
    assertEquals(expectedExit, process.exitValue(), command + " said:\n" + output);
    return output;
  }
}
