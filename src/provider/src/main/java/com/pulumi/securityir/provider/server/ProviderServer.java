package com.pulumi.securityir.provider.server;

import com.google.protobuf.Empty;
import com.pulumi.securityir.core.BuildInfo;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.provider.config.ProviderConfig;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.resource.PropertyMap;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import pulumirpc.Plugin.PluginInfo;
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
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.GetSchemaResponse;
import pulumirpc.Provider.ProviderHandshakeRequest;
import pulumirpc.Provider.ProviderHandshakeResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;

/**
 * The gRPC face of the {@code securityir} provider: the plugin-level RPCs, the provider's own
 * configuration ({@link ProviderConfig}), and every resource RPC dispatched by its type token to
 * the handler registered for it ({@link ResourceRegistry}). Holds no resource's rules.
 *
 * <p>Thread-safe: the engine calls Create, Update, Read and Delete concurrently for independent
 * resources. Never throws out of an RPC: every call completes with its answer or with a gRPC status
 * whose code fits the failure ({@link FailureStatus}) and whose description is safe to show (no
 * secrets, no stack traces); an unexpected exception is logged to stderr and reported without its
 * internals.
 */
public final class ProviderServer extends ResourceProviderGrpc.ResourceProviderImplBase {

  private static final Logger LOG = Logger.getLogger(ProviderServer.class.getName());

  private final ProviderConfig config;
  private final ResourceRegistry resources;
  private final CancelSwitch cancel;
  private final Runnable onCancel;

  /**
   * @param cancel the switch the handlers' walks watch, set by {@code Cancel}
   * @param onCancel run after {@code Cancel} is answered (the plugin then stops)
   */
  public ProviderServer(
      ProviderConfig config, ResourceRegistry resources, CancelSwitch cancel, Runnable onCancel) {
    this.config = Objects.requireNonNull(config, "config");
    this.resources = Objects.requireNonNull(resources, "resources");
    this.cancel = Objects.requireNonNull(cancel, "cancel");
    this.onCancel = Objects.requireNonNull(onCancel, "onCancel");
  }

  // ---- plugin-level RPCs -------------------------------------------------------------------

  @Override
  public void handshake(
      ProviderHandshakeRequest request, StreamObserver<ProviderHandshakeResponse> response) {
    answer(
        response,
        () ->
            ProviderHandshakeResponse.newBuilder()
                .setAcceptSecrets(true)
                .setAcceptResources(true)
                .setAcceptOutputs(false)
                .build());
  }

  @Override
  public void getPluginInfo(Empty request, StreamObserver<PluginInfo> response) {
    answer(response, () -> PluginInfo.newBuilder().setVersion(BuildInfo.version()).build());
  }

  @Override
  public void getSchema(GetSchemaRequest request, StreamObserver<GetSchemaResponse> response) {
    answer(response, () -> GetSchemaResponse.newBuilder().setSchema(PackageSchema.json()).build());
  }

  @Override
  public void cancel(Empty request, StreamObserver<Empty> response) {
    cancel.cancel();
    answer(response, Empty::getDefaultInstance);
    onCancel.run();
  }

  // ---- provider configuration --------------------------------------------------------------

  @Override
  public void checkConfig(CheckRequest request, StreamObserver<CheckResponse> response) {
    answer(
        response,
        () -> {
          CheckResponse.Builder checked = CheckResponse.newBuilder().setInputs(request.getNews());
          config
              .check(StructCodec.decode(request.getNews()))
              .forEach(
                  p ->
                      checked.addFailures(
                          CheckFailure.newBuilder()
                              .setProperty(p.property())
                              .setReason(p.reason())));
          return checked.build();
        });
  }

  @Override
  public void diffConfig(DiffRequest request, StreamObserver<DiffResponse> response) {
    answer(
        response,
        () ->
            ResourceRpc.encode(
                config.diff(
                    StructCodec.decode(request.getOlds()), StructCodec.decode(request.getNews()))));
  }

  @Override
  public void configure(ConfigureRequest request, StreamObserver<ConfigureResponse> response) {
    answer(
        response,
        () -> {
          Optional<Failure> refused = config.configure(arguments(request));
          if (refused.isPresent()) {
            throw FailureStatus.of(refused.get());
          }
          return ConfigureResponse.newBuilder()
              .setAcceptSecrets(true)
              .setAcceptResources(true)
              .setSupportsPreview(true)
              .setAcceptOutputs(false)
              .build();
        });
  }

  /** Engines that predate {@code args} send only the deprecated variables; both are read. */
  @SuppressWarnings("deprecation")
  private static PropertyMap arguments(ConfigureRequest request) {
    return request.hasArgs()
        ? StructCodec.decode(request.getArgs())
        : ProviderConfig.fromVariables(request.getVariablesMap());
  }

  // ---- resource RPCs, by type --------------------------------------------------------------

  @Override
  public void check(CheckRequest request, StreamObserver<CheckResponse> response) {
    answer(response, () -> resources.resolve(request.getType(), request.getUrn()).check(request));
  }

  @Override
  public void diff(DiffRequest request, StreamObserver<DiffResponse> response) {
    answer(response, () -> resources.resolve(request.getType(), request.getUrn()).diff(request));
  }

  @Override
  public void create(CreateRequest request, StreamObserver<CreateResponse> response) {
    answer(response, () -> resources.resolve(request.getType(), request.getUrn()).create(request));
  }

  @Override
  public void update(UpdateRequest request, StreamObserver<UpdateResponse> response) {
    answer(response, () -> resources.resolve(request.getType(), request.getUrn()).update(request));
  }

  @Override
  public void read(ReadRequest request, StreamObserver<ReadResponse> response) {
    answer(response, () -> resources.resolve(request.getType(), request.getUrn()).read(request));
  }

  @Override
  public void delete(DeleteRequest request, StreamObserver<Empty> response) {
    answer(
        response,
        () -> {
          resources.resolve(request.getType(), request.getUrn()).delete(request);
          return Empty.getDefaultInstance();
        });
  }

  /**
   * Completes an RPC with the answer, or with a status the engine can show: a failure's own status,
   * a gateway failure's by its kind (its message is written to be shown), and anything unexpected
   * as INTERNAL without internals, logged to stderr.
   */
  private static <T> void answer(StreamObserver<T> response, Supplier<T> work) {
    T answer;
    try {
      answer = work.get();
    } catch (StatusRuntimeException e) {
      response.onError(e);
      return;
    } catch (CaseGatewayException e) {
      response.onError(FailureStatus.of(Failure.of(e)));
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "unexpected failure in the securityir provider", e);
      response.onError(
          Status.INTERNAL
              .withDescription(
                  "unexpected error in the securityir provider ("
                      + e.getClass().getSimpleName()
                      + "); see the plugin log with pulumi --logtostderr -v=9")
              .asRuntimeException());
      return;
    }
    response.onNext(answer);
    response.onCompleted();
  }
}
