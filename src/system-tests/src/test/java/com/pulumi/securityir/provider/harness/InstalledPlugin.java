package com.pulumi.securityir.provider.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The plugin as a Pulumi user has it after {@code pulumi plugin install resource securityir VERSION
 * --file ARCHIVE}: the release archive extracted into a fresh Pulumi plugin cache, {@code
 * $PULUMI_HOME/plugins/resource-securityir-v<version>/}, run on a machine with no JDK (no {@code
 * java} on PATH, no JAVA_HOME).
 *
 * <p>Tests name the archive with the system property {@code securityir.plugin.archive}, or an
 * installed plugin with {@code securityir.plugin.installed} (see {@link #configured()}); {@link
 * EngineHarness} then launches the plugin from there.
 */
public record InstalledPlugin(Path pulumiHome, Path directory, Path toolsOnPath) {

  private static final String ARCHIVE_PROPERTY = "securityir.plugin.archive";
  private static final String INSTALLED_PROPERTY = "securityir.plugin.installed";

  /**
   * The installed plugin the tests were told to use, if any: the directory named by {@code
   * securityir.plugin.installed} (read at each call, so a benchmark can switch between plugins),
   * else the archive named by {@code securityir.plugin.archive}, extracted on first use.
   */
  public static Optional<InstalledPlugin> configured() {
    String installed = System.getProperty(INSTALLED_PROPERTY, "");
    if (!installed.isBlank()) {
      Path directory = Path.of(installed);
      Path home = directory.getParent().getParent();
      return Optional.of(new InstalledPlugin(home, directory, home.resolve("tools")));
    }
    return Holder.INSTALLED;
  }

  /** Extracts {@code archive} as {@code pulumi plugin install --file} does. */
  public static InstalledPlugin install(Path archive, String version) throws IOException {
    Path home = Files.createTempDirectory("pulumi-home");
    Path directory = home.resolve("plugins/resource-securityir-v" + version);
    Files.createDirectories(directory);
    Process tar =
        new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", directory.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!tar.waitFor(120, TimeUnit.SECONDS) || tar.exitValue() != 0) {
        throw new IOException("cannot extract " + archive + ": " + said);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while extracting " + archive, e);
    }
    // PATH of a machine without a JDK: only the one tool the launchers use besides the shell's
    // built-ins, and certainly no java.
    Path tools = Files.createDirectories(home.resolve("tools"));
    Files.createSymbolicLink(tools.resolve("dirname"), Path.of("/usr/bin/dirname"));
    return new InstalledPlugin(home, directory, tools);
  }

  /** The executable the engine launches. */
  public Path binary() {
    return directory.resolve("pulumi-resource-securityir");
  }

  /** Makes {@code environment} that of a machine with no JDK, as the engine would pass it on. */
  public void withoutJdk(Map<String, String> environment) {
    environment.remove("JAVA_HOME");
    environment.remove("JDK_HOME");
    environment.put("PATH", toolsOnPath.toString());
    environment.put("PULUMI_HOME", pulumiHome.toString());
  }

  private static final class Holder {
    private static final Optional<InstalledPlugin> INSTALLED = extract();

    private static Optional<InstalledPlugin> extract() {
      String archive = System.getProperty(ARCHIVE_PROPERTY, "");
      if (archive.isBlank()) {
        return Optional.empty();
      }
      try {
        return Optional.of(install(Path.of(archive), System.getProperty("securityir.version")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
