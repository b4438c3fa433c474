package com.pulumi.securityir.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.provider.harness.EngineHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A user's way to the Java SDK, run for real with the Maven wrapper: the one install command of
 * examples/java/README.md in a copy of this checkout, then {@code examples/java} (its own pom, as a
 * user's program) resolved and compiled against the installed {@code com.pulumi:securityir}. What
 * it resolves must be exactly what {@code com.pulumi:pulumi} brings on its own (resolved from a pom
 * that depends on nothing else) plus the SDK's jar: nothing of the plugin's runtime (AWS SDK, gRPC
 * OkHttp, picocli), no logging binding, no other module of ours, no version or scope of Pulumi's
 * changed.
 *
 * <p>The user's local repository is read and never written: these runs use a temporary repository
 * chained before it ({@code -Dmaven.repo.local.head}, Maven 3.9.10 and later), which receives the
 * installed artifacts and whatever has to be downloaded (on a fresh machine: the install plugin and
 * Pulumi's own gson 2.10, which this build manages up to a newer version). Only those downloads
 * need the network. On failure the temporary directory, with each run's full log, is kept.
 */
class JavaExampleDependenciesIT {

  /** As examples/java/README.md gives it; run from the checkout's root. */
  static final String INSTALL_COMMAND = "./mvnw -B install -pl src/sdk -am -Dmaven.test.skip=true";

  private static final Path ROOT = EngineHarness.projectDir();
  private static final String MODULES =
      "<modules><module>example</module><module>pulumi-alone</module></modules>";
  private static final Duration LIMIT = Duration.ofMinutes(5);
  private static final Set<String> LOGGING_BINDINGS =
      Set.of(
          "org.slf4j:slf4j-nop",
          "org.slf4j:slf4j-simple",
          "org.slf4j:slf4j-jdk14",
          "org.slf4j:slf4j-reload4j",
          "ch.qos.logback:logback-classic",
          "org.apache.logging.log4j:log4j-slf4j-impl",
          "org.apache.logging.log4j:log4j-slf4j2-impl");

  @Test
  void readmeGivesTheInstallCommandThisTestRuns() throws IOException {
    assertTrue(
        Files.readString(ROOT.resolve("examples/java/README.md")).contains(INSTALL_COMMAND),
        "examples/java/README.md should give " + INSTALL_COMMAND);
  }

  @Test
  void javaExampleResolvesPulumisDependenciesPlusTheSdkAndNothingElse(
      @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path work) throws Exception {
    long started = System.currentTimeMillis();
    RootPom root = RootPom.read(ROOT.resolve("pom.xml"));
    Path repository = work.resolve("repository");
    Path mvnw = copyOfTheBuild(work.resolve("checkout")).resolve("mvnw");
    List<String> install = new ArrayList<>(Arrays.asList(INSTALL_COMMAND.split(" ")));
    install.remove(0);
    install.addAll(repositoryArguments(repository));

    MavenRun installed =
        MavenRun.run(mvnw, mvnw.getParent(), install, work.resolve("install.log"), LIMIT);
    assertTrue(installed.succeeded(), installed::toString);
    String v = root.version();
    assertEquals(
        List.of(
            "securityir-parent/" + v + "/securityir-parent-" + v + ".pom",
            // Maven Central takes a library with its Javadoc and sources.
            "securityir/" + v + "/securityir-" + v + "-javadoc.jar",
            "securityir/" + v + "/securityir-" + v + "-sources.jar",
            "securityir/" + v + "/securityir-" + v + ".jar",
            "securityir/" + v + "/securityir-" + v + ".pom"),
        installedOfOurs(repository),
        () -> "the install command should install the SDK and its parent pom only: " + installed);

    Path example = copy(ROOT.resolve("examples/java"), work.resolve("example"));
    Path pulumiAlone = Files.createDirectories(work.resolve("pulumi-alone"));
    Files.writeString(pulumiAlone.resolve("pom.xml"), pom("pulumi-alone", "", pulumi(root)));
    Files.writeString(work.resolve("pom.xml"), pom("both", MODULES, ""));
    List<String> resolve = new ArrayList<>(List.of("-B", "-f", work.resolve("pom.xml").toString()));
    resolve.addAll(repositoryArguments(repository));
    resolve.addAll(List.of(root.dependencyList(), "-DoutputFile=dependencies.txt", "compile"));

    MavenRun resolved = MavenRun.run(mvnw, work, resolve, work.resolve("resolve.log"), LIMIT);
    String runs = "\n\n" + installed + "\n\n" + resolved;
    assertTrue(resolved.succeeded(), resolved::toString);
    assertTrue(
        Files.exists(example.resolve("target/classes/com/example/securityir/App.class")),
        () -> "examples/java did not compile:" + runs);
    Set<String> pulumis = resolvedIn(pulumiAlone);
    Set<String> examples = resolvedIn(example);
    assertTrue(
        pulumis.stream().anyMatch(d -> d.startsWith("com.pulumi:pulumi:jar:")),
        () -> "com.pulumi:pulumi alone resolved " + pulumis + runs);
    List<String> banned = examples.stream().filter(JavaExampleDependenciesIT::banned).toList();
    assertEquals(List.of(), banned, () -> "banned in a user's program" + runs);
    Set<String> expected = new TreeSet<>(pulumis);
    expected.add("com.pulumi:securityir:jar:" + v + ":compile");
    assertEquals(expected, examples, () -> difference(expected, examples) + runs);
    assertEquals(List.of(), writtenSince(started), "written to the user's local repository");
  }

  /**
   * What the test takes from the root pom, where each is written once.
   *
   * @param version the SDK's version
   * @param pulumiVersion the com.pulumi:pulumi version the SDK is built against
   * @param dependencyPluginVersion the build's maven-dependency-plugin, in the local repository
   */
  private record RootPom(String version, String pulumiVersion, String dependencyPluginVersion) {

    static RootPom read(Path pom) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(pom.toFile());
      return new RootPom(
          text(document, "/project/version"),
          text(document, "/project/properties/pulumi.version"),
          text(
              document,
              "/project/build/pluginManagement/plugins/plugin"
                  + "[artifactId='maven-dependency-plugin']/version"));
    }

    /** The fully qualified {@code dependency:list} goal, no plugin prefix lookup. */
    String dependencyList() {
      return "org.apache.maven.plugins:maven-dependency-plugin:"
          + dependencyPluginVersion
          + ":list";
    }

    private static String text(Document document, String path) throws Exception {
      String value = XPathFactory.newInstance().newXPath().evaluate(path, document).strip();
      if (value.isEmpty()) {
        throw new AssertionError("the root pom has no " + path);
      }
      return value;
    }
  }

  /** The parts of the checkout the install command reads: the poms, the wrapper, the SDK. */
  private static Path copyOfTheBuild(Path target) throws IOException {
    Files.createDirectories(target);
    Files.copy(ROOT.resolve("pom.xml"), target.resolve("pom.xml"));
    Files.copy(ROOT.resolve("mvnw"), target.resolve("mvnw"), StandardCopyOption.COPY_ATTRIBUTES);
    copy(ROOT.resolve(".mvn"), target.resolve(".mvn"));
    try (Stream<Path> modules = Files.list(ROOT.resolve("src"))) {
      for (Path module : modules.filter(m -> Files.exists(m.resolve("pom.xml"))).toList()) {
        Path copied = Files.createDirectories(target.resolve(ROOT.relativize(module)));
        Files.copy(module.resolve("pom.xml"), copied.resolve("pom.xml"));
      }
    }
    copy(ROOT.resolve("src/sdk/src"), target.resolve("src/sdk/src"));
    return target;
  }

  /** A directory tree without build output. */
  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path relative = from.relativize(file);
        if (relative.startsWith("target")) {
          continue;
        }
        Path copied = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copied);
        } else {
          Files.copy(file, copied, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }

  /**
   * The temporary repository first, then the local repository this build uses (Surefire passes it
   * as {@code localRepository}), which Maven only reads.
   */
  private static List<String> repositoryArguments(Path head) {
    List<String> arguments = new ArrayList<>();
    arguments.add("-Dmaven.repo.local.head=" + head);
    if (System.getProperty("localRepository") != null) {
      arguments.add("-Dmaven.repo.local=" + System.getProperty("localRepository"));
    }
    return arguments;
  }

  /** The files of our artifacts in a repository, without Maven's bookkeeping files. */
  private static List<String> installedOfOurs(Path repository) throws IOException {
    Path group = repository.resolve("com/pulumi");
    try (Stream<Path> files = Files.walk(group)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> group.relativize(f).toString())
          .filter(f -> f.startsWith("securityir"))
          .filter(f -> !f.contains("maven-metadata") && !f.endsWith("_remote.repositories"))
          .sorted()
          .toList();
    }
  }

  /** Files of our artifacts in the user's local repository changed since the test started. */
  private static List<String> writtenSince(long started) throws IOException {
    Path local =
        Path.of(
            System.getProperty(
                "localRepository",
                Path.of(System.getProperty("user.home"), ".m2/repository").toString()));
    Path group = local.resolve("com/pulumi");
    if (!Files.isDirectory(group)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(group)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> group.relativize(f).toString().startsWith("securityir"))
          .filter(f -> f.toFile().lastModified() >= started)
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  /** The coordinates {@code dependency:list} wrote, {@code group:artifact:type:version:scope}. */
  private static Set<String> resolvedIn(Path project) throws IOException {
    Set<String> coordinates = new TreeSet<>();
    for (String line : Files.readAllLines(project.resolve("dependencies.txt"))) {
      String entry = line.strip();
      int module = entry.indexOf(" -- ");
      entry = module < 0 ? entry : entry.substring(0, module).strip();
      if (entry.split(":").length >= 5) {
        coordinates.add(entry);
      }
    }
    return coordinates;
  }

  private static boolean banned(String coordinates) {
    String[] parts = coordinates.split(":");
    String group = parts[0];
    String artifact = group + ":" + parts[1];
    return group.equals("software.amazon.awssdk")
        || artifact.equals("io.grpc:grpc-okhttp")
        || group.equals("info.picocli")
        || LOGGING_BINDINGS.contains(artifact)
        || (group.equals("com.pulumi") && parts[1].startsWith("securityir-"));
  }

  private static String difference(Set<String> expected, Set<String> actual) {
    Set<String> added = new TreeSet<>(actual);
    added.removeAll(expected);
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    return "examples/java resolves beyond com.pulumi:pulumi's own dependencies and the SDK: added "
        + added
        + ", missing "
        + missing;
  }

  /** A pom-packaged project: nothing to build, only dependencies to resolve (or modules). */
  private static String pom(String artifactId, String modules, String dependencies) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example.check</groupId>
          <artifactId>%s</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          %s
          <dependencies>%s</dependencies>
        </project>
        """
        .formatted(artifactId, modules, dependencies);
  }

  private static String pulumi(RootPom root) {
    return "<dependency><groupId>com.pulumi</groupId><artifactId>pulumi</artifactId><version>"
        + root.pulumiVersion()
        + "</version></dependency>";
  }
}
