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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
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

  /** An exception's class name, e.g. IllegalArgumentException, in what the user sees. */
  private static final Pattern EXCEPTION_NAME =
      Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b");

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

  static Stream<Arguments> cli() throws Exception {
    return corpus("cli");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resource")
  void badResourcePropertiesAreRefusedByCheckNamingTheFieldWithoutCallingTheService(
      String name, JsonObject entry) {
    EngineSession typed =
        entry.has("type")
            ? new EngineSession(configured, entry.get("type").getAsString())
            : session;
    Step step = typed.preview("bad", struct(entry.getAsJsonObject("input")), Optional.empty());
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("cli")
  void badCommandLinesAreRefusedWithOneClearLineExitOneAndNoCall(
      String name, JsonObject entry, @TempDir Path dir) throws Exception {
    String caseId = emulator.seed("cnry-title", "Submitted", "Self");
    Files.writeString(
        dir.resolve("cases.yaml"),
        "cases:\n  phishing:\n    caseId: \"" + caseId + "\"\n    status: Closed\n");
    if (entry.has("yaml")) {
      Files.writeString(dir.resolve("bad.yaml"), entry.get("yaml").getAsString());
    }
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "AWS_ACCESS_KEY_ID", "ASIABADINPUT00000000",
                "AWS_SECRET_ACCESS_KEY", "cnry-cli-secret-key",
                "AWS_SESSION_TOKEN", "cnry-cli-session-token"));
    if (entry.has("env")) {
      entry
          .getAsJsonObject("env")
          .entrySet()
          .forEach(e -> env.put(e.getKey(), e.getValue().getAsString()));
    }
    List<String> args = new ArrayList<>();
    entry
        .getAsJsonArray("args")
        .forEach(
            a ->
                args.add(
                    a.getAsString()
                        .replace("$ENDPOINT", emulator.endpoint().toString())
                        .replace("$CASES", "cases.yaml")
                        .replace("$BAD", "bad.yaml")
                        .replace("$DIR", dir.toString())));
    emulator.clearCalls();
    try {
      CliRun run = CliRun.run(dir, env, args);

      assertEquals(1, run.exitCode(), () -> name + ": " + run);
      List<String> lines = run.err().lines().toList();
      int expectedLines = entry.has("lines") ? entry.get("lines").getAsInt() : 1;
      assertEquals(expectedLines, lines.size(), () -> name + ": one clear message: " + run);
      assertTrue(lines.get(0).startsWith("securityir"), () -> name + ": " + run);
      entry
          .getAsJsonArray("mustContain")
          .forEach(
              phrase ->
                  assertTrue(
                      run.err().contains(phrase.getAsString()),
                      () -> name + ": '" + phrase.getAsString() + "' missing: " + run));
      for (String text : List.of(run.out(), run.err())) {
        assertFalse(text.contains("cnry"), () -> name + ": a secret was printed: " + run);
        assertFalse(text.contains("\tat "), () -> name + ": stack trace: " + run);
        assertFalse(
            EXCEPTION_NAME.matcher(text).find(), () -> name + ": exception class name: " + run);
      }
      boolean reads = entry.has("reads") && entry.get("reads").getAsBoolean();
      if (reads) {
        // apply without --yes prints the plan to review, so it reads; it never moves a case.
        assertTrue(
            emulator.calls().stream().allMatch(c -> c.operation().equals("GetCase")),
            () -> name + ": " + emulator.calls());
      } else {
        assertEquals("", run.out(), () -> name + ": nothing on stdout: " + run);
        assertEquals(List.of(), emulator.calls(), () -> name + ": bad input reached the service");
      }
    } finally {
      emulator.clearCalls();
    }
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
