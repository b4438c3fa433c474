package com.pulumi.securityir.provider.testing;

import com.google.protobuf.ByteString;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.pulumi.securityir.provider.ProviderAssembly;
import com.pulumi.securityir.provider.config.ServicesFactory;
import com.pulumi.securityir.provider.server.ProviderServer;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
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

/**
 * The Pulumi engine's RPC sequences for any resource type (pulumi-provider-protocol.md §2: preview
 * and up of new and existing resources, replacement, refresh, import, destroy), driven in-process
 * against the provider server's gRPC service implementation, no socket in between; in the manner of
 * pulumi-go-provider's {@code integration} server and its {@code LifeCycleTest}. Each {@link
 * #open()} is a fresh provider, as each engine operation launches a fresh plugin process; the
 * caller holds the engine's state between them.
 */
public final class InProcessEngine {

  private final ServicesFactory factory;
  private final Clock clock;

  public InProcessEngine(ServicesFactory factory, Clock clock) {
    this.factory = factory;
    this.clock = clock;
  }

  public static String urn(String type, String name) {
    return "urn:pulumi:dev::cases::" + type + "::" + name;
  }

  /** What the engine holds in its state for one resource. */
  public record State(
      String type, String name, String id, Struct inputs, Struct outputs, List<String> initErrors) {
    public String urn() {
      return InProcessEngine.urn(type, name);
    }
  }

  /**
   * How one resource's step ended, with the messages the provider sent for its row before it
   * answered (so a message sent after the answer is missing here).
   */
  public sealed interface Step {
    List<String> messages();

    /** Check returned failures; nothing else was called. */
    record CheckFailed(List<CheckFailure> failures, List<String> messages) implements Step {}

    /** The step succeeded; {@code state} is what the engine now records. */
    record Done(State state, Optional<DiffResponse> diff, boolean changed, List<String> messages)
        implements Step {}

    /** Create/Update stopped part-way: the engine records the reached state with init errors. */
    record Partial(State state, ErrorResourceInitFailed detail, List<String> messages)
        implements Step {}

    /**
     * The step failed outright at {@code rpc} (Diff refusal, Create/Update error without detail).
     */
    record Failed(Status status, String rpc, List<String> messages) implements Step {}
  }

  /** The random seed these tests' engine sends with every Check of the resource {@code name}. */
  public static ByteString seedOf(String name) {
    return ByteString.copyFromUtf8("seed of " + name);
  }

  /** A fresh provider, as the engine's plugin process for one operation. */
  public Session open() {
    return new Session();
  }

  /** One provider process's worth of RPCs. Not thread-safe except for concurrent {@link #up}s. */
  public final class Session {

    private final RecordingEngineLog log = new RecordingEngineLog();
    private final ProviderServer server = ProviderAssembly.server(factory, log, clock, () -> {});

    public RecordingEngineLog log() {
      return log;
    }

    public ProviderServer server() {
      return server;
    }

    /** Handshake as engines since v3.143 do. */
    public void handshake() {
      call(
              server::handshake,
              ProviderHandshakeRequest.newBuilder()
                  .setEngineAddress("127.0.0.1:0")
                  .setConfigureWithUrn(true)
                  .setSupportsRefreshBeforeUpdate(true)
                  .setAcceptsByteString(true)
                  .build())
          .orElseThrow();
    }

    /** CheckConfig, then if clean, Configure. */
    public List<CheckFailure> configure(Map<String, ?> config) {
      Struct news = Values.struct(config);
      CheckResponse checked =
          call(
                  server::checkConfig,
                  CheckRequest.newBuilder()
                      .setUrn("urn:pulumi:dev::cases::pulumi:providers:securityir::default")
                      .setOlds(Struct.getDefaultInstance())
                      .setNews(news)
                      .build())
              .orElseThrow();
      if (checked.getFailuresCount() > 0) {
        return checked.getFailuresList();
      }
      ConfigureResponse configured =
          call(
                  server::configure,
                  ConfigureRequest.newBuilder()
                      .setArgs(checked.getInputs())
                      .setAcceptSecrets(true)
                      .setAcceptResources(true)
                      .setSendsOldInputs(true)
                      .setSendsOldInputsToDelete(true)
                      .build())
              .orElseThrow();
      if (!configured.getSupportsPreview() || !configured.getAcceptSecrets()) {
        throw new AssertionError("the provider must accept secrets and previews: " + configured);
      }
      return List.of();
    }

    public Step preview(String type, String name, Struct news, Optional<State> old) {
      return step(type, name, news, old, true, 0, seedOf(name));
    }

    public Step up(String type, String name, Struct news, Optional<State> old) {
      return step(type, name, news, old, false, 0, seedOf(name));
    }

    /** {@code up} with a {@code customTimeouts} of {@code seconds}. */
    public Step up(String type, String name, Struct news, Optional<State> old, double seconds) {
      return step(type, name, news, old, false, seconds, seedOf(name));
    }

    /** {@code up} whose Check carries the engine's random seed {@code seed}. */
    public Step up(String type, String name, Struct news, Optional<State> old, ByteString seed) {
      return step(type, name, news, old, false, 0, seed);
    }

    /** {@code pulumi refresh} of one resource: Read with the recorded outputs and inputs. */
    public InProcessRpc.Answer<ReadResponse> refresh(State state) {
      return call(
          server::read,
          ReadRequest.newBuilder()
              .setId(state.id())
              .setUrn(state.urn())
              .setName(state.name())
              .setType(state.type())
              .setProperties(state.outputs())
              .setInputs(state.inputs())
              .build());
    }

    /** {@code pulumi import <type> <name> <id>}: Read with only the id. */
    public InProcessRpc.Answer<ReadResponse> importResource(String type, String name, String id) {
      return call(
          server::read,
          ReadRequest.newBuilder()
              .setId(id)
              .setUrn(urn(type, name))
              .setName(name)
              .setType(type)
              .build());
    }

    /** {@code pulumi destroy} of one resource. */
    public InProcessRpc.Answer<Empty> destroy(State state) {
      return call(
          server::delete,
          DeleteRequest.newBuilder()
              .setId(state.id())
              .setUrn(state.urn())
              .setName(state.name())
              .setType(state.type())
              .setProperties(state.outputs())
              .setOldInputs(state.inputs())
              .build());
    }

    public void cancel() {
      call(server::cancel, Empty.getDefaultInstance()).orElseThrow();
    }

    /** Any RPC of this provider, in-process. */
    public <Q, R> InProcessRpc.Answer<R> call(BiConsumer<Q, StreamObserver<R>> rpc, Q request) {
      return InProcessRpc.call(rpc, request, this::answered);
    }

    private int answeredAt;

    private synchronized void answered() {
      answeredAt = log.entries().size();
    }

    private synchronized int logSizeAtLastAnswer() {
      return answeredAt;
    }

    private Step step(
        String type,
        String name,
        Struct news,
        Optional<State> old,
        boolean preview,
        double timeout,
        ByteString seed) {
      String urn = urn(type, name);
      int from = log.entries().size();
      InProcessRpc.Answer<CheckResponse> checked =
          call(
              server::check,
              CheckRequest.newBuilder()
                  .setUrn(urn)
                  .setName(name)
                  .setType(type)
                  .setOlds(old.map(State::inputs).orElse(Struct.getDefaultInstance()))
                  .setNews(news)
                  .setRandomSeed(seed)
                  .build());
      if (checked.status().isPresent()) {
        return new Step.Failed(checked.status().get(), "Check", messages(urn, from));
      }
      if (checked.orElseThrow().getFailuresCount() > 0) {
        return new Step.CheckFailed(checked.orElseThrow().getFailuresList(), messages(urn, from));
      }
      Struct inputs = checked.orElseThrow().getInputs();
      if (old.isEmpty()) {
        return create(type, name, inputs, preview, Optional.empty(), timeout, from);
      }
      State before = old.get();
      InProcessRpc.Answer<DiffResponse> diffed =
          call(
              server::diff,
              DiffRequest.newBuilder()
                  .setId(before.id())
                  .setUrn(urn)
                  .setName(name)
                  .setType(type)
                  .setOlds(before.outputs())
                  .setNews(inputs)
                  .setOldInputs(before.inputs())
                  .build());
      if (diffed.status().isPresent()) {
        return new Step.Failed(diffed.status().get(), "Diff", messages(urn, from));
      }
      DiffResponse diff = diffed.orElseThrow();
      boolean replace =
          diff.getReplacesCount() > 0
              || diff.getDetailedDiffMap().values().stream()
                  .anyMatch(d -> d.getKind().name().endsWith("_REPLACE"));
      if (replace) {
        // Replacement: Check again without olds, then create the replacement.
        Struct rechecked =
            call(
                    server::check,
                    CheckRequest.newBuilder()
                        .setUrn(urn)
                        .setName(name)
                        .setType(type)
                        .setOlds(Struct.getDefaultInstance())
                        .setNews(news)
                        .build())
                .orElseThrow()
                .getInputs();
        return create(type, name, rechecked, preview, Optional.of(diff), timeout, from);
      }
      boolean changed = diff.getChanges() == DiffResponse.DiffChanges.DIFF_SOME;
      if (!changed && before.initErrors().isEmpty()) {
        // A same step: no provider call; the new checked inputs go to the state.
        return new Step.Done(
            new State(type, name, before.id(), inputs, before.outputs(), List.of()),
            Optional.of(diff),
            false,
            messages(urn, from));
      }
      InProcessRpc.Answer<UpdateResponse> updated =
          call(
              server::update,
              UpdateRequest.newBuilder()
                  .setId(before.id())
                  .setUrn(urn)
                  .setName(name)
                  .setType(type)
                  .setOlds(before.outputs())
                  .setNews(inputs)
                  .setOldInputs(before.inputs())
                  .setPreview(preview)
                  .setTimeout(timeout)
                  .build());
      if (updated.value().isPresent()) {
        return new Step.Done(
            new State(
                type, name, before.id(), inputs, updated.orElseThrow().getProperties(), List.of()),
            Optional.of(diff),
            true,
            messages(urn, from));
      }
      Optional<ErrorResourceInitFailed> partial = InProcessRpc.initFailure(updated);
      if (partial.isPresent()) {
        // An Update's partial failure: the old inputs and the new outputs.
        return new Step.Partial(
            new State(
                type,
                name,
                before.id(),
                before.inputs(),
                partial.get().getProperties(),
                partial.get().getReasonsList()),
            partial.get(),
            messages(urn, from));
      }
      return new Step.Failed(updated.status().orElseThrow(), "Update", messages(urn, from));
    }

    private Step create(
        String type,
        String name,
        Struct inputs,
        boolean preview,
        Optional<DiffResponse> diff,
        double timeout,
        int from) {
      String urn = urn(type, name);
      InProcessRpc.Answer<CreateResponse> created =
          call(
              server::create,
              CreateRequest.newBuilder()
                  .setUrn(urn)
                  .setName(name)
                  .setType(type)
                  .setProperties(inputs)
                  .setPreview(preview)
                  .setTimeout(timeout)
                  .build());
      if (created.value().isPresent()) {
        CreateResponse response = created.orElseThrow();
        if (!preview && response.getId().isEmpty()) {
          throw new AssertionError("plugin returned empty resource.ID from create");
        }
        return new Step.Done(
            new State(type, name, response.getId(), inputs, response.getProperties(), List.of()),
            diff,
            true,
            messages(urn, from));
      }
      Optional<ErrorResourceInitFailed> partial = InProcessRpc.initFailure(created);
      if (partial.isPresent()) {
        return new Step.Partial(
            new State(
                type,
                name,
                partial.get().getId(),
                inputs,
                partial.get().getProperties(),
                partial.get().getReasonsList()),
            partial.get(),
            messages(urn, from));
      }
      return new Step.Failed(created.status().orElseThrow(), "Create", messages(urn, from));
    }

    private List<String> messages(String urn, int from) {
      List<RecordingEngineLog.Entry> entries = log.entries();
      return entries.subList(from, Math.min(entries.size(), logSizeAtLastAnswer())).stream()
          .filter(e -> e.urn().equals(urn))
          .map(RecordingEngineLog.Entry::message)
          .toList();
    }
  }
}
