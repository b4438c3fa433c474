package com.pulumi.securityir.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.pulumi.securityir.provider.harness.EngineHarness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pulumirpc.Provider.GetSchemaRequest;

/**
 * The package schema as the engine gets it from the plugin (GetSchema), checked against Pulumi's
 * own package metaschema (draft 2020-12, read from ../shared/pulumi, never copied), with the
 * language sections that {@code pulumi package gen-sdk} reads for every Pulumi language.
 */
class PackageSchemaIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode served;

  @BeforeAll
  static void askThePlugin() throws IOException {
    try (EngineHarness harness = EngineHarness.launch()) {
      served =
          JSON.readTree(
              harness.provider().getSchema(GetSchemaRequest.getDefaultInstance()).getSchema());
    }
  }

  @Test
  void servedSchemaIsValidAgainstPulumisPackageMetaschema() throws IOException {
    Path metaschema = metaschema();
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(metaschema)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    Set<ValidationMessage> problems = schema.validate(served);
    assertTrue(problems.isEmpty(), () -> "against " + metaschema + ": " + problems);
  }

  /** The setting each SDK generator reads, with the name this package takes in that language. */
  @ParameterizedTest(name = "{0}.{1} = {2}")
  @CsvSource({
    "nodejs, packageName, @pulumi/securityir",
    "python, packageName, pulumi_securityir",
    "go, importBasePath, github.com/pulumi/pulumi-securityir/sdk/go/securityir",
    "csharp, rootNamespace, Pulumi",
    "java, basePackage, com.pulumi"
  })
  void everyPulumiLanguageNamesThePackageAsItsGeneratorExpects(
      String language, String setting, String name) {
    assertEquals(name, served.path("language").path(language).path(setting).asText(""));
  }

  private static Path metaschema() {
    Path dir =
        Path.of(
            System.getProperty(
                "securityir.pulumi.dir",
                Path.of(System.getProperty("securityir.model.dir"))
                    .resolveSibling("pulumi")
                    .toString()));
    Path file = dir.resolve("pulumi-package-metaschema.json");
    assertTrue(Files.isRegularFile(file), file + " is missing: it lives in ../shared/pulumi");
    return file;
  }
}
