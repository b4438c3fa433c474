package com.pulumi.securityir.provider.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Pulumi package schema of {@code securityir}, as shipped in the jar. Its source is {@code
 * schema.json} at the top of the repository (copied in by the build), so the file users read and
 * the one {@code GetSchema} returns are the same bytes.
 */
final class PackageSchema {

  static final String RESOURCE = "/com/pulumi/securityir/provider/schema.json";

  private PackageSchema() {}

  /** The schema JSON; read on each call, since GetSchema is rare and never on a hot path. */
  static String json() {
    try (InputStream in = PackageSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource " + RESOURCE + " missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
