package com.pulumi.securityir.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.pulumi.securityir.provider.harness.EngineSession.Step;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;

/**
 * The bad input corpus (src/test/resources/bad-input/, see its README) through the real plugin
 * process, configured against the emulator: every input is refused with a message that names the
 * field and contains the expected fix, no stack trace, no canary secret, and the emulator's call
 * log stays empty.
 */
class BadInputIT {

  private static EmulatorProcess emulator;
  private static EngineHarness configured;
  private static EngineHarness unconfigured;
  private static EngineSession session;

  @BeforeAll
  static void start() throws Exception {
    emulator = EmulatorProcess.start();
    configured = EngineHarness.launch();
    session = new EngineSession(configured);
    session.handshake();
    assertEquals(
        List.of(),
        session.configure(
            Map.of(
                "region",
                "us-east-1",
                "endpoint",
                emulator.endpoint().toString(),
                "accessKey",
                "AKIDBADINPUT00000000",
                "secretKey",
                EngineHarness.secret("cnry-config-secret"),
                "maxRetries",
                0)));
    unconfigured = EngineHarness.launch();
    new EngineSession(unconfigured).handshake();
  }

  @AfterAll
  static void stop() {
    configured.close();
    unconfigured.close();
    emulator.close();
    assertTrue(
        configured.stderr().lines().noneMatch(l -> l.contains("cnry")), "canary in plugin stderr");
  }

  static Stream<Arguments> resource() throws Exception {
    return corpus("resource");
  }

  static Stream<Arguments> providerConfig() throws Exception {
    return corpus("provider-config");
  }

  static Stream<Arguments> importId() throws Exception {
    return corpus("import-id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resource")
  void badResourcePropertiesAreRefusedByCheckNamingTheFieldWithoutCallingTheService(
      String name, JsonObject entry) {
    Step step = session.preview("bad", struct(entry.getAsJsonObject("input")), Optional.empty());
    List<CheckFailure> failures = ((Step.CheckFailed) assertCheckFailed(step, name)).failures();
    assertNamedAndClear(name, entry, failures);
    assertEquals(List.of(), emulator.calls(), name + ": bad input reached the service");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providerConfig")
  void badProviderConfigurationIsRefusedByCheckConfigNamingTheKey(String name, JsonObject entry) {
    CheckResponse checked =
        unconfigured
            .provider()
            .checkConfig(
                CheckRequest.newBuilder()
                    .setUrn("urn:pulumi:dev::cases::pulumi:providers:securityir::default")
                    .setOlds(Struct.getDefaultInstance())
                    .setNews(struct(entry.getAsJsonObject("input")))
                    .build());
    assertNamedAndClear(name, entry, checked.getFailuresList());
    assertEquals(List.of(), emulator.calls(), name + ": bad configuration reached the service");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("importId")
  void badImportIdIsRefusedBeforeItReachesAUrl(String name, JsonObject entry) {
    String id = entry.get("id").getAsString();
    StatusRuntimeException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            StatusRuntimeException.class, () -> session.importCase("imported", id), name);
    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode(), name);
    String message = error.getStatus().getDescription();
    assertTrue(message.contains(entry.get("mustContain").getAsString()), name + ": " + message);
    assertTrue(
        message.contains("pulumi import"), name + ": the message shows how to import: " + message);
    assertFalse(message.contains("\n"), name + ": one line: " + message);
    assertEquals(List.of(), emulator.calls(), name + ": a bad id reached the service");
  }

  private static Step assertCheckFailed(Step step, String name) {
    assertTrue(
        step instanceof Step.CheckFailed, () -> name + ": expected Check to refuse, got " + step);
    return step;
  }

  private static void assertNamedAndClear(
      String name, JsonObject entry, List<CheckFailure> failures) {
    String property = entry.get("property").getAsString();
    String phrase = entry.get("mustContain").getAsString();
    Optional<CheckFailure> named =
        failures.stream().filter(f -> f.getProperty().equals(property)).findFirst();
    assertTrue(
        named.isPresent(), () -> name + ": no failure names '" + property + "': " + failures);
    assertTrue(
        named.get().getReason().contains(phrase),
        () -> name + ": '" + phrase + "' missing from: " + named.get().getReason());
    for (CheckFailure f : failures) {
      assertFalse(f.getReason().contains("cnry"), () -> name + ": secret quoted: " + f.getReason());
      assertFalse(
          f.getReason().contains("Exception") || f.getReason().contains("\tat "),
          () -> name + ": stack trace: " + f.getReason());
      assertFalse(f.getReason().contains("\n"), () -> name + ": one line: " + f.getReason());
    }
  }

  // ---- the corpus --------------------------------------------------------------------------

  private static Stream<Arguments> corpus(String surface) throws IOException, URISyntaxException {
    Path dir = Path.of(BadInputIT.class.getResource("/bad-input/" + surface).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      if (sorted.isEmpty()) {
        throw new IllegalStateException("empty corpus " + dir);
      }
      return sorted.stream().map(p -> Arguments.of(surface + "/" + p.getFileName(), read(p)));
    }
  }

  private static JsonObject read(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Struct struct(JsonObject object) {
    Struct.Builder struct = Struct.newBuilder();
    object.entrySet().forEach(e -> struct.putFields(e.getKey(), value(e.getValue())));
    return struct.build();
  }

  private static Value value(JsonElement json) {
    if (json.isJsonNull()) {
      return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    }
    if (json.isJsonArray()) {
      ListValue.Builder list = ListValue.newBuilder();
      json.getAsJsonArray().forEach(v -> list.addValues(value(v)));
      return Value.newBuilder().setListValue(list).build();
    }
    if (json.isJsonObject()) {
      JsonObject o = json.getAsJsonObject();
      if (o.has("$secret")) {
        return EngineHarness.secret(value(o.get("$secret")));
      }
      return Value.newBuilder().setStructValue(struct(o)).build();
    }
    var p = json.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return Value.newBuilder().setBoolValue(p.getAsBoolean()).build();
    }
    if (p.isNumber()) {
      return Value.newBuilder().setNumberValue(p.getAsDouble()).build();
    }
    return Value.newBuilder().setStringValue(p.getAsString()).build();
  }
}
