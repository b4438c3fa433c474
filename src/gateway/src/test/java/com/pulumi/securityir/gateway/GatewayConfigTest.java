package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayConfigTest {

  private static final String SECRET_CANARY = "CANARYsecretKEY0123456789abcdefCANARY";
  private static final String TOKEN_CANARY = "CANARYsessionTOKENzzzzzzzzzzzzzzCANARY";

  @Test
  void defaultConfigurationIsValid() {
    GatewayConfig nothingSet = GatewayConfig.builder().build();
    assertEquals(List.of(), nothingSet.validate());
    assertEquals(GatewayConfig.DEFAULT_MAX_ATTEMPTS, nothingSet.maxAttempts());
    assertEquals(8, nothingSet.maxConcurrency());
  }

  /** From 1 to 64 attempts at once; outside that one problem naming the range and the default. */
  @ParameterizedTest(name = "maxConcurrency {0} valid: {1}")
  @CsvSource({"0, false", "1, true", "16, true", "64, true", "65, false", "-3, false"})
  void acceptsFromOneToSixtyFourAttemptsAtOnce(int maxConcurrency, boolean valid) {
    List<ConfigProblem> problems =
        GatewayConfig.builder().maxConcurrency(maxConcurrency).build().validate();
    if (valid) {
      assertEquals(List.of(), problems);
    } else {
      assertEquals(
          List.of(
              new ConfigProblem(
                  "maxConcurrency",
                  Integer.toString(maxConcurrency),
                  "use a number from 1 to 64; the default is 8")),
          problems);
    }
  }

  @Test
  void fullStaticConfigurationIsValid() {
    GatewayConfig config =
        GatewayConfig.builder()
            .region("us-east-1")
            .accessKeyId("AKIAIOSFODNN7EXAMPLE")
            .secretAccessKey(SECRET_CANARY)
            .sessionToken(TOKEN_CANARY)
            .endpoint("http://127.0.0.1:4566")
            .maxAttempts(1)
            .build();
    assertEquals(List.of(), config.validate());
  }

  @Test
  void reportsEveryProblemWithFieldValueAndFix() {
    GatewayConfig config =
        GatewayConfig.builder()
            .region("US East 1")
            .profile("my profile")
            .accessKeyId("not-a-key")
            .secretAccessKey(SECRET_CANARY)
            .endpoint("http://example.com")
            .maxAttempts(0)
            .build();
    List<ConfigProblem> problems = config.validate();
    List<String> fields = problems.stream().map(ConfigProblem::field).toList();
    assertEquals(
        List.of("region", "profile", "profile", "accessKeyId", "endpoint", "maxAttempts"), fields);
    assertEquals("US East 1", problems.get(0).value());
    assertTrue(problems.get(0).fix().contains("us-east-1"));
    assertTrue(problems.get(2).fix().contains("not both"));
    assertEquals("****-key", problems.get(3).value());
    assertEquals("http://example.com", problems.get(4).value());
    assertEquals("0", problems.get(5).value());
    assertTrue(problems.get(5).fix().contains("1 (no retries) to 10"));
    for (ConfigProblem problem : problems) {
      assertFalse(problem.describe().contains(SECRET_CANARY), problem.describe());
    }
  }

  @Test
  void refusesHalfAKeyPairAndAStrayToken() {
    List<ConfigProblem> onlyId =
        GatewayConfig.builder().accessKeyId("AKIAIOSFODNN7EXAMPLE").build().validate();
    assertEquals(List.of("secretAccessKey"), onlyId.stream().map(ConfigProblem::field).toList());
    assertEquals("(not set)", onlyId.get(0).value());

    List<ConfigProblem> onlySecret =
        GatewayConfig.builder()
            .secretAccessKey(SECRET_CANARY)
            .sessionToken(TOKEN_CANARY)
            .build()
            .validate();
    assertEquals(
        List.of("accessKeyId", "sessionToken"),
        onlySecret.stream().map(ConfigProblem::field).toList());
    assertEquals("(secret)", onlySecret.get(1).value());
  }

  @Test
  void reportsBlankSecretsAsSecretValues() {
    GatewayConfig config =
        new GatewayConfig(
            Optional.empty(),
            Optional.empty(),
            Optional.of("AKIAIOSFODNN7EXAMPLE"),
            Optional.of(Secret.of(" ")),
            Optional.of(Secret.of("")),
            Optional.empty(),
            4,
            8);
    List<ConfigProblem> problems = config.validate();
    assertEquals(
        List.of("secretAccessKey", "sessionToken"),
        problems.stream().map(ConfigProblem::field).toList());
    problems.forEach(p -> assertEquals("(secret)", p.value()));
  }

  @Test
  void toStringNeverShowsSecretsAndMasksTheKeyId() {
    GatewayConfig config =
        GatewayConfig.builder()
            .region("eu-west-1")
            .accessKeyId("AKIAIOSFODNN7EXAMPLE")
            .secretAccessKey(SECRET_CANARY)
            .sessionToken(TOKEN_CANARY)
            .endpoint("https://user:pw-canary@example.com")
            .build();
    String text = config.toString();
    assertFalse(text.contains(SECRET_CANARY), text);
    assertFalse(text.contains(TOKEN_CANARY), text);
    assertFalse(text.contains("AKIAIOSFODNN7EXAMPLE"), text);
    assertFalse(text.contains("pw-canary"), text);
    assertTrue(text.contains("accessKeyId=****MPLE"), text);
    assertTrue(text.contains("secretAccessKey=(secret)"), text);
    assertTrue(text.contains("region=eu-west-1"), text);
    assertFalse(Secret.of(SECRET_CANARY).toString().contains("CANARY"));
    assertEquals(SECRET_CANARY, Secret.of(SECRET_CANARY).reveal());
  }

  @Test
  void blankSettingsCountAsUnset() {
    GatewayConfig config = GatewayConfig.builder().region(" ").profile("").endpoint("  ").build();
    assertEquals(GatewayConfig.builder().build(), config);
  }
}
