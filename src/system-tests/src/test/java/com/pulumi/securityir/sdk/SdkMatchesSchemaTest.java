package com.pulumi.securityir.sdk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.sdk.PackageSpec.ResourceSpec;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written SDK classes (artifact {@code com.pulumi:securityir}) against {@code
 * schema.json}, the schema the provider serves: every resource, input, output, state input and
 * object type, with its Java type and its required and secret flags, as Pulumi's Java code
 * generator would have written them. Each failure names the schema element, the property and the
 * flag that disagree.
 */
class SdkMatchesSchemaTest {

  private static final PackageSpec SCHEMA = PackageSpec.ofCheckout();

  private final SdkConformance sdk =
      new SdkConformance(SCHEMA, SdkMatchesSchemaTest.class.getClassLoader());

  static Stream<String> resources() {
    return SCHEMA.allResources().keySet().stream();
  }

  static Stream<String> types() {
    return SCHEMA.types().keySet().stream();
  }

  static Stream<String> typesPassedIn() {
    return new SdkConformance(SCHEMA, SdkMatchesSchemaTest.class.getClassLoader())
        .typesPassedIn().stream();
  }

  private static ResourceSpec resource(String token) {
    return SCHEMA.allResources().get(token);
  }

  private static void assertAgrees(List<String> disagreements) {
    assertTrue(disagreements.isEmpty(), () -> String.join("\n", disagreements));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void resourceClassExportsTheSchemasOutputsAndMarksTheSecretOnesSecret(String token) {
    assertAgrees(sdk.resource(resource(token)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void argsClassImportsTheSchemasInputsRequiresTheRequiredAndKeepsTheSecretSecret(String token) {
    assertAgrees(sdk.args(resource(token)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void stateClassImportsExactlyTheSchemasStateInputs(String token) {
    assertAgrees(sdk.state(resource(token)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void outputTypeClassReadsTheSchemasPropertiesAndRequiresTheRequired(String token) {
    assertAgrees(sdk.outputType(token));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typesPassedIn")
  void inputTypeClassImportsTheSchemasPropertiesAndRequiresTheRequired(String token) {
    assertAgrees(sdk.inputType(token));
  }

  @Test
  void everySdkResourceTypeAndArgumentsClassHasAPlaceInTheSchema() throws IOException {
    assertAgrees(sdk.classesTheSchemaHasNoPlaceFor());
  }
}
