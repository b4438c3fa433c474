package com.pulumi.securityir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Helpers of the Java SDK classes, as in Pulumi's generated SDKs: the package version that every
 * resource registration carries, so the engine loads the matching {@code securityir} plugin.
 *
 * <p>Reads {@code com/pulumi/securityir/version.properties}, which the build fills from the pom;
 * stateless and thread-safe.
 */
public final class Utilities {

  private static final String VERSION_RESOURCE = "/com/pulumi/securityir/version.properties";

  private static final String VERSION = readVersion();

  private Utilities() {}

  /** The version of this package, e.g. {@code 0.1.0}; never null or blank. */
  public static String getVersion() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = Utilities.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(VERSION_RESOURCE + " is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").strip();
      if (version.isEmpty() || version.contains("${")) {
        throw new IllegalStateException(
            VERSION_RESOURCE + " has no filtered version; build with Maven (./mvnw package)");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
