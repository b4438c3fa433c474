package com.pulumi.securityir.provider.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.core.BuildInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Pulumi package schema of {@code securityir} as {@code GetSchema} serves it: {@code
 * schema.json} at the top of the repository (copied into the jar by the build), plus what only the
 * build knows: its {@code version}, and the {@code pluginDownloadURL} it was given (if any), from
 * which Pulumi downloads this plugin for the SDKs generated from the schema.
 */
final class PackageSchema {

  static final String RESOURCE = "/com/pulumi/securityir/provider/schema.json";

  private PackageSchema() {}

  /**
   * The served schema JSON; built on each call, since GetSchema is rare and never on a hot path.
   */
  static String json() {
    JsonObject checkedIn = JsonParser.parseString(checkedIn()).getAsJsonObject();
    JsonObject served = new JsonObject();
    for (Map.Entry<String, JsonElement> entry : checkedIn.entrySet()) {
      served.add(entry.getKey(), entry.getValue());
      if (entry.getKey().equals("name")) {
        served.addProperty("version", BuildInfo.version());
        BuildInfo.pluginDownloadUrl()
            .ifPresent(url -> served.addProperty("pluginDownloadURL", url));
      }
    }
    return served.toString();
  }

  private static String checkedIn() {
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
