package com.pulumi.securityir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build, filtered in from the pom so the version is typed once. */
public final class BuildInfo {

  private static final String RESOURCE = "/com/pulumi/securityir/version.properties";

  private BuildInfo() {}

  /** The project version, e.g. {@code 0.1.0}. */
  public static String version() {
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
