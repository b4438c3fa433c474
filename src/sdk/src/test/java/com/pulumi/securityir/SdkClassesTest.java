package com.pulumi.securityir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.pulumi.bootstrap.internal.PulumiPlugin;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.securityir.inputs.CaseStatusState;
import com.pulumi.securityir.inputs.CaseTransitionArgs;
import com.pulumi.securityir.outputs.CaseTransition;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SdkClassesTest {

  private final RecordingMocks mocks = new RecordingMocks();

  @AfterEach
  void cleanup() {
    PulumiTest.cleanup();
  }

  private TestResult run(java.util.function.Consumer<com.pulumi.Context> program) {
    return PulumiTest.withMocks(mocks)
        .withOptions(TestOptions.builder().projectName("sdk-test").stackName("dev").build())
        .runTest(program)
        .throwOnError();
  }

  @Test
  void caseStatusRegistersItsTypeNameAndInputs() {
    run(
        ctx ->
            new CaseStatus(
                "phishing",
                CaseStatusArgs.builder()
                    .caseId("8403556009")
                    .status("Containment, Eradication and Recovery")
                    .closeOnDelete(true)
                    .build()));

    Mocks.ResourceArgs registered = mocks.registered(CaseStatus.TYPE).get(0);
    assertEquals("phishing", registered.name);
    assertEquals(
        Map.of(
            "caseId", "8403556009",
            "status", "Containment, Eradication and Recovery",
            "closeOnDelete", true),
        registered.inputs);
  }

  @Test
  void caseStatusLeavesCloseOnDeleteToTheProviderWhenNotSet() {
    run(
        ctx ->
            new CaseStatus(
                "drill", CaseStatusArgs.builder().caseId("8403556010").status("Closed").build()));

    assertFalse(mocks.registered(CaseStatus.TYPE).get(0).inputs.containsKey("closeOnDelete"));
  }

  @Test
  void caseStatusSendsTheNoteAndCommentAndReadsThemBack() {
    AtomicReference<CaseStatus> resource = new AtomicReference<>();
    run(
        ctx ->
            resource.set(
                new CaseStatus(
                    "phishing",
                    CaseStatusArgs.builder()
                        .caseId("8403556009")
                        .status("Closed")
                        .note("closed after review SEC-4411")
                        .comment(false)
                        .build())));

    Map<String, Object> inputs = mocks.registered(CaseStatus.TYPE).get(0).inputs;
    assertEquals("closed after review SEC-4411", inputs.get("note"));
    assertEquals(false, inputs.get("comment"));
    assertEquals(
        Optional.of("closed after review SEC-4411"),
        PulumiTest.extractValue(resource.get().note()));
    assertEquals(false, PulumiTest.extractValue(resource.get().comment()));
  }

  @Test
  void caseStatusLeavesNoteAndCommentToTheProviderWhenNotSet() {
    AtomicReference<CaseStatus> resource = new AtomicReference<>();
    run(
        ctx ->
            resource.set(
                new CaseStatus(
                    "drill",
                    CaseStatusArgs.builder().caseId("8403556010").status("Closed").build())));

    Map<String, Object> inputs = mocks.registered(CaseStatus.TYPE).get(0).inputs;
    assertFalse(inputs.containsKey("note"));
    assertFalse(inputs.containsKey("comment"));
    assertEquals(Optional.empty(), PulumiTest.extractValue(resource.get().note()));
    assertEquals(true, PulumiTest.extractValue(resource.get().comment()));
  }

  @Test
  void caseStatusReadsEveryOutputIncludingTypedTransitions() {
    AtomicReference<CaseStatus> resource = new AtomicReference<>();
    run(
        ctx ->
            resource.set(
                new CaseStatus(
                    "phishing",
                    CaseStatusArgs.builder()
                        .caseId("8403556009")
                        .status("Detection and Analysis")
                        .build())));

    CaseStatus c = resource.get();
    assertEquals("8403556009", PulumiTest.extractValue(c.caseId()));
    assertEquals("Detection and Analysis", PulumiTest.extractValue(c.status()));
    assertEquals(false, PulumiTest.extractValue(c.closeOnDelete()));
    assertEquals("Self", PulumiTest.extractValue(c.resolverType()));
    assertEquals(
        "arn:aws:security-ir:us-east-1:123456789012:case/8403556009",
        PulumiTest.extractValue(c.caseArn()));
    assertEquals("8403556009", PulumiTest.extractValue(c.id()));
    assertEquals(
        List.of(
            CaseTransition.builder()
                .from("Submitted")
                .to("Detection and Analysis")
                .operation("UpdateCaseStatus")
                .time("2026-11-03T10:15:30Z")
                .build()),
        PulumiTest.extractValue(c.lastTransitions()));
  }

  @Test
  void caseStatusGetSendsEveryKnownStatePropertyWithTheTitleSecret() {
    CaseStatusState state =
        CaseStatusState.builder()
            .caseId("8403556009")
            .status("Closed")
            .closeOnDelete(false)
            .resolverType("Self")
            .title("Phishing, finance team")
            .caseArn("arn:aws:security-ir:us-east-1:123456789012:case/8403556009")
            .lastTransitions(
                CaseTransitionArgs.builder()
                    .from("Post-incident Activities")
                    .to("Closed")
                    .operation("CloseCase")
                    .time("2026-11-03T10:15:30Z")
                    .build())
            .build();

    run(ctx -> CaseStatus.get("adopted", Output.of("8403556009"), state, null));

    assertEquals(
        Map.of(
            "caseId", "8403556009",
            "status", "Closed",
            "closeOnDelete", false,
            "resolverType", "Self",
            "title", "Phishing, finance team",
            "caseArn", "arn:aws:security-ir:us-east-1:123456789012:case/8403556009",
            "lastTransitions",
                List.of(
                    Map.of(
                        "from", "Post-incident Activities",
                        "to", "Closed",
                        "operation", "CloseCase",
                        "time", "2026-11-03T10:15:30Z"))),
        mocks.registered(CaseStatus.TYPE).get(0).inputs);
    assertTrue(isSecret(state.title().orElseThrow()));
    assertTrue(isSecret(CaseStatusState.builder().title(Output.of("plain")).build().title().get()));
  }

  @Test
  void caseStatusArgsRequireCaseIdAndStatus() {
    MissingRequiredPropertyException noId =
        assertThrows(
            MissingRequiredPropertyException.class,
            () -> CaseStatusArgs.builder().status("Closed").build());
    MissingRequiredPropertyException noStatus =
        assertThrows(
            MissingRequiredPropertyException.class,
            () -> CaseStatusArgs.builder().caseId("8403556009").build());

    assertTrue(noId.getMessage().contains("caseId"), noId::getMessage);
    assertTrue(noStatus.getMessage().contains("status"), noStatus::getMessage);
  }

  @Test
  void caseStatusArgsBuilderCopiesDefaultsWithoutSharingThem() {
    CaseStatusArgs base = CaseStatusArgs.builder().caseId("8403556009").status("Closed").build();
    CaseStatusArgs changed = CaseStatusArgs.builder(base).status("Submitted").build();

    assertEquals("Closed", PulumiTest.extractValue(base.status()));
    assertEquals("Submitted", PulumiTest.extractValue(changed.status()));
    assertEquals("8403556009", PulumiTest.extractValue(changed.caseId()));
  }

  @Test
  void providerRegistersAsPulumiProvidersSecurityirWithPlainInputs() {
    run(
        ctx ->
            new Provider(
                "emulator",
                ProviderArgs.builder()
                    .region("us-east-1")
                    .profile("incident")
                    .endpoint("http://127.0.0.1:8443")
                    .accessKey("AKIDEXAMPLE")
                    .secretKey("not-a-real-secret")
                    .sessionToken("token")
                    .maxRetries(2)
                    .transitionGraph("extended")
                    .build()));

    Mocks.ResourceArgs registered = mocks.registered("pulumi:providers:securityir").get(0);
    assertEquals("emulator", registered.name);
    assertEquals(
        Map.of(
            "region", "us-east-1",
            "profile", "incident",
            "endpoint", "http://127.0.0.1:8443",
            "accessKey", "AKIDEXAMPLE",
            "secretKey", "not-a-real-secret",
            "sessionToken", "token",
            "maxRetries", 2.0, // numbers cross the wire as doubles
            "transitionGraph", "extended"),
        registered.inputs);
  }

  @Test
  void providerArgsMarkCredentialsSecretWhicheverOverloadSetThem() {
    ProviderArgs args =
        ProviderArgs.builder()
            .accessKey("AKIDEXAMPLE")
            .secretKey(Output.of("not-a-real-secret"))
            .sessionToken(Output.of("token"))
            .region("us-east-1")
            .build();

    assertTrue(isSecret(args.accessKey().orElseThrow()));
    assertTrue(isSecret(args.secretKey().orElseThrow()));
    assertTrue(isSecret(args.sessionToken().orElseThrow()));
    assertFalse(isSecret(args.region().orElseThrow()));
    assertFalse(args.toString().contains("not-a-real-secret"));
  }

  @Test
  void caseStatusUsesAnExplicitProviderWhenGivenOne() {
    run(
        ctx -> {
          var provider =
              new Provider(
                  "emulator", ProviderArgs.builder().endpoint("http://127.0.0.1:1").build());
          new CaseStatus(
              "c",
              CaseStatusArgs.builder().caseId("8403556009").status("Closed").build(),
              CustomResourceOptions.builder().provider(provider).build());
        });

    String reference = mocks.registered(CaseStatus.TYPE).get(0).provider;
    assertTrue(
        reference.contains("pulumi:providers:securityir::emulator")
            && reference.endsWith("::emulator-id"),
        reference);
  }

  @Test
  void versionComesFromTheBuildAndMatchesThePluginMetadata() throws IOException {
    String json;
    try (InputStream in = getClass().getResourceAsStream("/com/pulumi/securityir/plugin.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Parsed with the class the Pulumi Java SDK itself reads plugin.json into.
    PulumiPlugin plugin = new Gson().fromJson(json, PulumiPlugin.class);

    assertTrue(
        Utilities.getVersion().matches("\\d+\\.\\d+\\.\\d+([-+].*)?"), Utilities.getVersion());
    assertTrue(plugin.resource);
    assertEquals("securityir", plugin.name);
    assertEquals(Utilities.getVersion(), plugin.version);
  }

  private static boolean isSecret(Output<?> output) {
    return Internal.of(output).isSecret().join();
  }
}
