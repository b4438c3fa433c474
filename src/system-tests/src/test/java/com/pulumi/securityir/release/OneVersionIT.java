package com.pulumi.securityir.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Empty;
import com.pulumi.securityir.Utilities;
import com.pulumi.securityir.provider.harness.EngineHarness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.GetSchemaRequest;

/**
 * The build's version (typed once, in the root pom) is the one every face reports: the plugin's
 * GetPluginInfo and the schema its GetSchema serves, the Java SDK's plugin.json and
 * Utilities.getVersion(), {@code securityir --version}, and the release archive's name.
 */
class OneVersionIT {

  private static final String VERSION = System.getProperty("securityir.version");

  @Test
  void thePluginReportsTheBuildsVersionInPluginInfoAndInItsSchema() throws IOException {
    try (EngineHarness harness = EngineHarness.launch()) {
      assertEquals(
          VERSION, harness.provider().getPluginInfo(Empty.getDefaultInstance()).getVersion());
      JsonObject schema =
          JsonParser.parseString(
                  harness.provider().getSchema(GetSchemaRequest.getDefaultInstance()).getSchema())
              .getAsJsonObject();
      assertEquals(VERSION, schema.get("version").getAsString());
    }
  }

  @Test
  void theJavaSdkNamesTheBuildsVersionForThePluginItNeeds() throws IOException {
    assertEquals(VERSION, Utilities.getVersion());
    try (InputStream in =
        Utilities.class.getResourceAsStream("/com/pulumi/securityir/plugin.json")) {
      JsonObject plugin =
          JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .getAsJsonObject();
      assertEquals(VERSION, plugin.get("version").getAsString());
      assertEquals("securityir", plugin.get("name").getAsString());
    }
  }

  @Test
  void theCommandLinePrintsTheBuildsVersion() throws Exception {
    Process cli =
        new ProcessBuilder(projectDir().resolve("bin/securityir").toString(), "--version")
            .redirectErrorStream(true)
            .start();
    String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(cli.waitFor(60, TimeUnit.SECONDS));
    assertEquals("securityir " + VERSION, out.strip());
  }

  /** Pulumi's asset naming: pulumi-<kind>-<name>-v<version>-<os>-<arch>.tar.gz. */
  @Test
  void theReleaseArchiveCarriesTheBuildsVersionInItsName() {
    String archive = System.getProperty("securityir.release.archive", "");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        !archive.isBlank(), "no release archive on this platform: it is built on Linux x86-64");
    assertTrue(Files.isRegularFile(Path.of(archive)), archive + " was not built");
    assertEquals(
        "pulumi-resource-securityir-v" + VERSION + "-linux-amd64.tar.gz",
        Path.of(archive).getFileName().toString());
  }

  private static Path projectDir() {
    return Path.of(System.getProperty("securityir.project.dir"));
  }
}
