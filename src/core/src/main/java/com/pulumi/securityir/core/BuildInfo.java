package com.pulumi.securityir.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build, filtered in from the pom; the version is typed once, in pom.xml. */
public final class BuildInfo {

  private BuildInfo() {}

  /**
   * The project version, e.g. {@code 0.1.0}.
   *
   * @throws IllegalStateException when the build did not package {@code version.properties} (a
   *     broken build)
   */
  public static String version() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "version.properties is missing from the build; rebuild with"
                + " ./mvnw -B -q -DskipTests package");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank() || version.contains("${")) {
        throw new IllegalStateException(
            "version.properties was not filtered by the build; rebuild with"
                + " ./mvnw -B -q -DskipTests package");
      }
      return version.strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
  }
}
