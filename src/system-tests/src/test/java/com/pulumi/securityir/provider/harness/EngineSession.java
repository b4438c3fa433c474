package com.pulumi.securityir.provider.harness;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import io.grpc.StatusRuntimeException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ErrorResourceInitFailed;
import pulumirpc.Provider.ProviderHandshakeRequest;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/**
 * The engine's RPC sequences for one resource type ({@code securityir:index:CaseStatus} unless
 * another is given), step for step as the protocol doc describes them ({@code step_generator.go},
 * {@code step.go}): preview and up of new and existing resources (Check, Diff, Create/Update with
 * or without {@code preview}), replacement, refresh, import and destroy. Keeps nothing between
 * calls: the caller holds the "state".
 */
public final class EngineSession {

  public static final String TYPE = "securityir:index:CaseStatus";
  private static final String STACK = "dev";
  private static final String PROJECT = "cases";

  private static final SecureRandom SEEDS = new SecureRandom();

  private final EngineHarness harness;
  private final String type;

  public EngineSession(EngineHarness harness) {
    this(harness, TYPE);
  }

  /** A session for resources of {@code type}, e.g. {@code securityir:index:Case}. */
  public EngineSession(EngineHarness harness, String type) {
    this.harness = harness;
    this.type = type;
  }

  public static String urn(String name) {
    return urn(TYPE, name);
  }

  public static String urn(String type, String name) {
    return "urn:pulumi:" + STACK + "::" + PROJECT + "::" + type + "::" + name;
  }

  private String urnOf(String name) {
    return urn(type, name);
  }

  /** A fresh random seed, as the engine sends with each Check (32 bytes). */
  private static ByteString seed() {
    byte[] bytes = new byte[32];
    SEEDS.nextBytes(bytes);
    return ByteString.copyFrom(bytes);
  }

  /** What the engine would hold in its state for one resource. */
  public record State(
      String name, String id, Struct inputs, Struct outputs, List<String> initErrors) {
    public String status() {
      return EngineHarness.text(outputs, "status");
    }
  }

  /** How one resource's step ended. */
  public sealed interface Step {
    /** Check returned failures; nothing else was called. */
    record CheckFailed(List<CheckFailure> failures) implements Step {}

    /** The step succeeded; {@code state} is what the engine now records. */
    record Done(State state, Optional<DiffResponse> diff, boolean changed) implements Step {}

    /** Create/Update failed part-way: the engine records the reached state with init errors. */
    record Partial(State state, StatusRuntimeException error) implements Step {}

    /** The step failed outright (Diff refusal, Create/Update error without detail). */
    record Failed(StatusRuntimeException error, String rpc) implements Step {}
  }

  // ---- provider configuration -----------------------------------------------------------

  /** Handshake as engines since v3.143 do. */
  public void handshake() {
    harness
        .provider()
        .handshake(
            ProviderHandshakeRequest.newBuilder()
                .setEngineAddress("127.0.0.1:0")
                .setRootDirectory(EngineHarness.projectDir().resolve("bin").toString())
                .setProgramDirectory(EngineHarness.projectDir().resolve("bin").toString())
                .setConfigureWithUrn(true)
                .setSupportsViews(true)
                .setSupportsRefreshBeforeUpdate(true)
                .setInvokeWithPreview(true)
                .setAcceptsByteString(true)
                .build());
  }

  /** CheckConfig (failures returned) then, if clean, Configure. */
  public List<CheckFailure> configure(Map<String, ?> config) {
    Struct news = EngineHarness.struct(config);
    CheckResponse checked =
        harness
            .provider()
            .checkConfig(
                CheckRequest.newBuilder()
                    .setUrn(
                        "urn:pulumi:"
                            + STACK
                            + "::"
                            + PROJECT
                            + "::pulumi:providers:securityir::default")
                    .setNews(news)
                    .setOlds(Struct.getDefaultInstance())
                    .build());
    if (checked.getFailuresCount() > 0) {
      return checked.getFailuresList();
    }
    ConfigureResponse configured =
        harness
            .provider()
            .configure(
                ConfigureRequest.newBuilder()
                    .setArgs(checked.getInputs())
                    .setAcceptSecrets(true)
                    .setAcceptResources(true)
                    .setSendsOldInputs(true)
                    .setSendsOldInputsToDelete(true)
                    .build());
    if (!configured.getSupportsPreview() || !configured.getAcceptSecrets()) {
      throw new AssertionError("provider must accept secrets and support preview: " + configured);
    }
    return List.of();
  }

  // ---- preview / up -----------------------------------------------------------------------

  public Step preview(String name, Map<String, ?> inputs, Optional<State> old) {
    return step(name, EngineHarness.struct(inputs), old, true);
  }

  public Step up(String name, Map<String, ?> inputs, Optional<State> old) {
    return step(name, EngineHarness.struct(inputs), old, false);
  }

  public Step preview(String name, Struct inputs, Optional<State> old) {
    return step(name, inputs, old, true);
  }

  public Step up(String name, Struct inputs, Optional<State> old) {
    return step(name, inputs, old, false);
  }

  /** {@code up} with a resource's {@code customTimeouts}: the RPC's {@code timeout} in seconds. */
  public Step up(String name, Map<String, ?> inputs, Optional<State> old, double timeoutSeconds) {
    return step(name, EngineHarness.struct(inputs), old, false, timeoutSeconds);
  }

  private Step step(String name, Struct news, Optional<State> old, boolean preview) {
    return step(name, news, old, preview, 0);
  }

  private Step step(
      String name, Struct news, Optional<State> old, boolean preview, double timeoutSeconds) {
    ResourceProviderBlockingStub rpc = harness.provider();
    String urn = urnOf(name);
    CheckResponse checked =
        rpc.check(
            CheckRequest.newBuilder()
                .setUrn(urn)
                .setName(name)
                .setType(type)
                .setOlds(old.map(State::inputs).orElse(Struct.getDefaultInstance()))
                .setNews(news)
                .setRandomSeed(seed())
                .build());
    if (checked.getFailuresCount() > 0) {
      return new Step.CheckFailed(checked.getFailuresList());
    }
    Struct inputs = checked.getInputs();
    if (old.isEmpty()) {
      return create(rpc, name, inputs, preview, Optional.empty(), timeoutSeconds);
    }
    State before = old.get();
    DiffResponse diff;
    try {
      diff =
          rpc.diff(
              DiffRequest.newBuilder()
                  .setId(before.id())
                  .setUrn(urn)
                  .setName(name)
                  .setType(type)
                  .setOlds(before.outputs())
                  .setNews(inputs)
                  .setOldInputs(before.inputs())
                  .build());
    } catch (StatusRuntimeException e) {
      return new Step.Failed(e, "Diff");
    }
    boolean replace =
        diff.getReplacesCount() > 0
            || diff.getDetailedDiffMap().values().stream()
                .anyMatch(d -> d.getKind().name().endsWith("_REPLACE"));
    if (replace) {
      // Replacement: Check again without olds, then create the replacement.
      CheckResponse rechecked =
          rpc.check(
              CheckRequest.newBuilder()
                  .setUrn(urn)
                  .setName(name)
                  .setType(type)
                  .setOlds(Struct.getDefaultInstance())
                  .setNews(news)
                  .setRandomSeed(seed())
                  .build());
      return create(rpc, name, rechecked.getInputs(), preview, Optional.of(diff), timeoutSeconds);
    }
    boolean changed = diff.getChanges() == DiffResponse.DiffChanges.DIFF_SOME;
    if (!changed && before.initErrors().isEmpty()) {
      // A SameStep: no provider call; the new checked inputs go to state.
      return new Step.Done(
          new State(name, before.id(), inputs, before.outputs(), List.of()),
          Optional.of(diff),
          false);
    }
    try {
      UpdateResponse updated =
          rpc.update(
              UpdateRequest.newBuilder()
                  .setId(before.id())
                  .setUrn(urn)
                  .setName(name)
                  .setType(type)
                  .setOlds(before.outputs())
                  .setNews(inputs)
                  .setOldInputs(before.inputs())
                  .setPreview(preview)
                  .setTimeout(timeoutSeconds)
                  .build());
      return new Step.Done(
          new State(name, before.id(), inputs, updated.getProperties(), List.of()),
          Optional.of(diff),
          true);
    } catch (StatusRuntimeException e) {
      Optional<ErrorResourceInitFailed> partial = EngineHarness.initFailure(e);
      if (partial.isPresent()) {
        // Update partial failure: old inputs, new outputs.
        return new Step.Partial(
            new State(
                name,
                before.id(),
                before.inputs(),
                partial.get().getProperties(),
                partial.get().getReasonsList()),
            e);
      }
      return new Step.Failed(e, "Update");
    }
  }

  private Step create(
      ResourceProviderBlockingStub rpc,
      String name,
      Struct inputs,
      boolean preview,
      Optional<DiffResponse> diff,
      double timeoutSeconds) {
    try {
      CreateResponse created =
          rpc.create(
              CreateRequest.newBuilder()
                  .setUrn(urnOf(name))
                  .setName(name)
                  .setType(type)
                  .setProperties(inputs)
                  .setPreview(preview)
                  .setTimeout(timeoutSeconds)
                  .build());
      if (!preview && created.getId().isEmpty()) {
        throw new AssertionError("plugin returned empty resource.ID from create");
      }
      return new Step.Done(
          new State(name, created.getId(), inputs, created.getProperties(), List.of()), diff, true);
    } catch (StatusRuntimeException e) {
      Optional<ErrorResourceInitFailed> partial = EngineHarness.initFailure(e);
      if (partial.isPresent()) {
        return new Step.Partial(
            new State(
                name,
                partial.get().getId(),
                inputs,
                partial.get().getProperties(),
                partial.get().getReasonsList()),
            e);
      }
      return new Step.Failed(e, "Create");
    }
  }

  // ---- refresh / import / destroy --------------------------------------------------------

  /** {@code pulumi refresh} of one resource: Read with the old outputs and inputs. */
  public ReadResponse refresh(State state) {
    return harness
        .provider()
        .read(
            ReadRequest.newBuilder()
                .setId(state.id())
                .setUrn(urnOf(state.name()))
                .setName(state.name())
                .setType(type)
                .setProperties(state.outputs())
                .setInputs(state.inputs())
                .build());
  }

  /** {@code pulumi import securityir:index:CaseStatus name id}: Read with only the id. */
  public ReadResponse importCase(String name, String id) {
    return harness
        .provider()
        .read(
            ReadRequest.newBuilder()
                .setId(id)
                .setUrn(urnOf(name))
                .setName(name)
                .setType(type)
                .build());
  }

  /** {@code pulumi destroy} of one resource. */
  public void destroy(State state) {
    harness
        .provider()
        .delete(
            DeleteRequest.newBuilder()
                .setId(state.id())
                .setUrn(urnOf(state.name()))
                .setName(state.name())
                .setType(type)
                .setProperties(state.outputs())
                .setOldInputs(state.inputs())
                .build());
  }
}
