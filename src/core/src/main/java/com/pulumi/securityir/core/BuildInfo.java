package com.pulumi.securityir.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Facts about this build, filtered in from the root pom (where the version is typed once) into
 * {@code build.properties}. Stateless and thread-safe.
 */
public final class BuildInfo {

  private BuildInfo() {}

  /**
   * The project version, e.g. {@code 0.1.0}.
   *
   * @throws IllegalStateException when the build did not package its properties (a broken build)
   */
  public static String version() {
    String version = properties().getProperty("version", "").strip();
    if (version.isEmpty()) {
      throw new IllegalStateException(
          "build.properties has no version; rebuild with ./mvnw -B -q -DskipTests package");
    }
    return version;
  }

  /**
   * Where Pulumi downloads this plugin from, when the build was given one ({@code
   * -Dsecurityir.pluginDownloadURL=...}, e.g. {@code github://api.github.com/OWNER/REPO} or an
   * {@code https://} release host); empty by default.
   */
  public static Optional<String> pluginDownloadUrl() {
    String url = properties().getProperty("pluginDownloadURL", "").strip();
    return url.isEmpty() ? Optional.empty() : Optional.of(url);
  }

  private static Properties properties() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "build.properties is missing from the build; rebuild with"
                + " ./mvnw -B -q -DskipTests package");
      }
      Properties properties = new Properties();
      properties.load(in);
      if (properties.stringPropertyNames().stream()
          .anyMatch(key -> properties.getProperty(key).contains("${"))) {
        throw new IllegalStateException(
            "build.properties was not filtered by the build; rebuild with"
                + " ./mvnw -B -q -DskipTests package");
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read build.properties", e);
    }
  }
}
