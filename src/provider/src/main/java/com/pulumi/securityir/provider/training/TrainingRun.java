package com.pulumi.securityir.provider.training;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.ProviderHandshakeRequest;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/**
 * The RPC sequence {@link PluginTrainer} drives the plugin through, as the engine would over one
 * {@code pulumi up} and after: a preview and an up of two cases, then a refresh, an import and a
 * destroy, against a {@link CannedSecurityIr}. Fails on any answer a working plugin would not give.
 */
final class TrainingRun {

  static final long TIMEOUT_SECONDS = 60;

  private static final String TYPE = "securityir:index:CaseStatus";
  private static final String CASE_A = "8403556009";
  private static final String CASE_B = "8403556010";
  private static final String MISSING_CASE = "8403556099";

  private TrainingRun() {}

  /** The cases the sequence works on. */
  static void seed(CannedSecurityIr service) {
    service.seed(CASE_A, "Submitted");
    service.seed(CASE_B, "Detection and Analysis");
  }

  /** The RPCs of a preview and an up of two cases, then a refresh, an import and a destroy. */
  static void drive(ManagedChannel channel, CannedSecurityIr service) {
    rpc(channel)
        .handshake(
            ProviderHandshakeRequest.newBuilder()
                .setEngineAddress("127.0.0.1:0")
                .setConfigureWithUrn(true)
                .setSupportsRefreshBeforeUpdate(true)
                .setAcceptsByteString(true)
                .build());
    rpc(channel).getPluginInfo(Empty.getDefaultInstance());
    rpc(channel).getSchema(GetSchemaRequest.getDefaultInstance());
    Struct config =
        struct(
            Map.of(
                "region", text("us-east-1"),
                "endpoint", text(service.endpoint().toString()),
                "accessKey", secret("AKIDTRAINING00000000"),
                "secretKey", secret("training-secret-key"),
                "maxRetries", Value.newBuilder().setNumberValue(0).build(),
                "version", text("0.1.0")));
    CheckResponse checkedConfig =
        rpc(channel)
            .checkConfig(
                CheckRequest.newBuilder()
                    .setUrn("urn:pulumi:dev::cases::pulumi:providers:securityir::default")
                    .setOlds(Struct.getDefaultInstance())
                    .setNews(config)
                    .build());
    require(checkedConfig.getFailuresCount() == 0, "CheckConfig failed", checkedConfig);
    rpc(channel)
        .configure(
            ConfigureRequest.newBuilder()
                .setArgs(checkedConfig.getInputs())
                .setAcceptSecrets(true)
                .setAcceptResources(true)
                .setSendsOldInputs(true)
                .setSendsOldInputsToDelete(true)
                .build());

    // A typo in a status: Check answers with failures (the validation and suggestion path).
    CheckResponse typo =
        check(channel, "typo", inputs(CASE_A, "Closd", false), Struct.getDefaultInstance());
    require(typo.getFailuresCount() > 0, "Check accepted an unknown status", typo);

    // Preview and up of a new resource: a two-step walk Submitted -> D&A -> CER.
    Struct newsA =
        check(
                channel,
                "a",
                inputs(CASE_A, "containment, eradication and recovery", true).toBuilder()
                    .putFields("note", text("contained per the training runbook"))
                    .build(),
                Struct.getDefaultInstance())
            .getInputs();
    CreateResponse previewA = create(channel, "a", newsA, true);
    require(
        service.calls().stream().noneMatch(c -> !c.startsWith("GetCase")),
        "a preview mutated",
        service.calls());
    require(!previewA.getProperties().getFieldsMap().isEmpty(), "empty preview outputs", previewA);
    CreateResponse createdA = create(channel, "a", newsA, false);
    require(createdA.getId().equals(CASE_A), "Create returned the wrong id", createdA);
    require(
        service.calls().contains("CreateCaseComment " + CASE_A),
        "the up did not record its change on the case",
        service.calls());

    // An existing resource whose declared status changed: Check, Diff, Update (preview, then up).
    Struct oldInputsB = inputs(CASE_B, "Detection and Analysis", false);
    Struct newsB =
        check(channel, "b", inputs(CASE_B, "Post-incident Activities", false), oldInputsB)
            .getInputs();
    Struct oldOutputsB =
        read(channel, "b", CASE_B, Struct.getDefaultInstance(), Struct.getDefaultInstance())
            .getProperties();
    DiffResponse diffB = diff(channel, "b", CASE_B, oldOutputsB, newsB, oldInputsB);
    require(
        diffB.getChanges() == DiffResponse.DiffChanges.DIFF_SOME, "Diff missed a change", diffB);
    update(channel, "b", CASE_B, oldOutputsB, newsB, oldInputsB, true);
    UpdateResponse updatedB = update(channel, "b", CASE_B, oldOutputsB, newsB, oldInputsB, false);

    // The same resource unchanged: Diff says no change.
    DiffResponse same = diff(channel, "b", CASE_B, updatedB.getProperties(), newsB, newsB);
    require(same.getChanges() == DiffResponse.DiffChanges.DIFF_NONE, "Diff saw a change", same);

    // Refresh, import of a missing case (the SDK's error path), and destroy with closeOnDelete.
    read(channel, "a", CASE_A, createdA.getProperties(), newsA);
    try {
      read(
          channel,
          "missing",
          MISSING_CASE,
          Struct.getDefaultInstance(),
          Struct.getDefaultInstance());
    } catch (StatusRuntimeException expected) {
      // A missing case may be reported as an error or as an empty id; both are trained.
    }
    rpc(channel)
        .delete(
            DeleteRequest.newBuilder()
                .setId(CASE_A)
                .setUrn(urn("a"))
                .setName("a")
                .setType(TYPE)
                .setProperties(createdA.getProperties())
                .setOldInputs(newsA)
                .build());
    require(
        service.calls().contains("CloseCase " + CASE_A),
        "Delete did not close the case",
        service.calls());
    rpc(channel).cancel(Empty.getDefaultInstance());
  }

  private static ResourceProviderBlockingStub rpc(ManagedChannel channel) {
    return ResourceProviderGrpc.newBlockingStub(channel)
        .withDeadlineAfter(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private static CheckResponse check(
      ManagedChannel channel, String name, Struct news, Struct olds) {
    return rpc(channel)
        .check(
            CheckRequest.newBuilder()
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setOlds(olds)
                .setNews(news)
                .build());
  }

  private static CreateResponse create(
      ManagedChannel channel, String name, Struct news, boolean preview) {
    return rpc(channel)
        .create(
            CreateRequest.newBuilder()
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setProperties(news)
                .setPreview(preview)
                .build());
  }

  private static DiffResponse diff(
      ManagedChannel channel, String name, String id, Struct olds, Struct news, Struct oldInputs) {
    return rpc(channel)
        .diff(
            DiffRequest.newBuilder()
                .setId(id)
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setOlds(olds)
                .setNews(news)
                .setOldInputs(oldInputs)
                .build());
  }

  private static UpdateResponse update(
      ManagedChannel channel,
      String name,
      String id,
      Struct olds,
      Struct news,
      Struct oldInputs,
      boolean preview) {
    return rpc(channel)
        .update(
            UpdateRequest.newBuilder()
                .setId(id)
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setOlds(olds)
                .setNews(news)
                .setOldInputs(oldInputs)
                .setPreview(preview)
                .build());
  }

  private static ReadResponse read(
      ManagedChannel channel, String name, String id, Struct properties, Struct inputs) {
    return rpc(channel)
        .read(
            ReadRequest.newBuilder()
                .setId(id)
                .setUrn(urn(name))
                .setName(name)
                .setType(TYPE)
                .setProperties(properties)
                .setInputs(inputs)
                .build());
  }

  private static String urn(String name) {
    return "urn:pulumi:dev::cases::" + TYPE + "::" + name;
  }

  private static Struct inputs(String caseId, String status, boolean closeOnDelete) {
    return struct(
        Map.of(
            "caseId", text(caseId),
            "status", text(status),
            "closeOnDelete", Value.newBuilder().setBoolValue(closeOnDelete).build()));
  }

  private static Struct struct(Map<String, Value> fields) {
    return Struct.newBuilder().putAllFields(fields).build();
  }

  private static Value text(String value) {
    return Value.newBuilder().setStringValue(value).build();
  }

  /** A value in the engine's secret envelope. */
  private static Value secret(String value) {
    return Value.newBuilder()
        .setStructValue(
            Struct.newBuilder()
                .putFields(
                    "4dabf18193072939515e22adb298388d", text("1b47061264138c4ac30d75fd1eb44270"))
                .putFields("value", text(value)))
        .build();
  }

  static void require(boolean condition, String what, Object seen) {
    if (!condition) {
      throw new IllegalStateException(what + ": " + seen);
    }
  }
}
