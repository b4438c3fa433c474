package com.pulumi.securityir.provider.server;

import com.google.protobuf.Struct;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.core.text.Sha256;
import com.pulumi.securityir.provider.resource.ApplyResult;
import com.pulumi.securityir.provider.resource.Checked;
import com.pulumi.securityir.provider.resource.Created;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.DiffResult;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.Outputs;
import com.pulumi.securityir.provider.resource.PropertyCodec;
import com.pulumi.securityir.provider.resource.ReadResult;
import com.pulumi.securityir.provider.resource.ResourceHandler;
import com.pulumi.securityir.provider.resource.ResourceRequest;
import com.pulumi.securityir.provider.resource.Result;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;

/**
 * One handler behind the engine's resource RPCs: decodes each request at once into the handler's
 * typed request (by its codec), and encodes the typed answer, or throws the {@code
 * StatusRuntimeException} of its failure ({@link FailureStatus}). Thread-safe if the handler is.
 */
final class ResourceRpc<I, O> {

  private final ResourceHandler<I, O> handler;
  private final PropertyCodec<I, O> codec;
  private final ResourceDescriptor descriptor;
  private final Clock clock;

  private ResourceRpc(ResourceHandler<I, O> handler, Clock clock) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.codec = handler.codec();
    this.descriptor = handler.descriptor();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  static <I, O> ResourceRpc<I, O> of(ResourceHandler<I, O> handler, Clock clock) {
    return new ResourceRpc<>(handler, clock);
  }

  String token() {
    return descriptor.token();
  }

  CheckResponse check(CheckRequest request) {
    Checked<I> checked =
        handler.check(
            new ResourceRequest.Check(
                request.getUrn(),
                StructCodec.decode(request.getOlds()),
                StructCodec.decode(request.getNews()),
                request.getRandomSeed().isEmpty()
                    ? Optional.empty()
                    : Optional.of(Sha256.hex(request.getRandomSeed().toByteArray()))));
    if (checked instanceof Checked.Valid<I> valid) {
      return CheckResponse.newBuilder().setInputs(StructCodec.encode(valid.recorded())).build();
    }
    CheckResponse.Builder refused = CheckResponse.newBuilder().setInputs(request.getNews());
    ((Checked.Invalid<I>) checked)
        .problems()
        .forEach(
            p ->
                refused.addFailures(
                    CheckFailure.newBuilder()
                        .setProperty(p.property())
                        .setReason(p.reason())
                        .build()));
    return refused.build();
  }

  DiffResponse diff(DiffRequest request) {
    return encode(
        done(
            handler.diff(
                new ResourceRequest.Diff<>(
                    request.getId(),
                    request.getUrn(),
                    outputs(request.getOlds()),
                    recorded(request.hasOldInputs(), request.getOldInputs()),
                    inputs(request.getNews())))));
  }

  CreateResponse create(CreateRequest request) {
    ApplyResult<Created<O>> result =
        handler.create(
            new ResourceRequest.Create<>(
                request.getUrn(),
                inputs(request.getProperties()),
                request.getPreview(),
                deadline(request.getTimeout())));
    if (result instanceof ApplyResult.PartlyDone<Created<O>> partly) {
      throw partial(partly.reached().id(), partly.reached().outputs(), partly.reason());
    }
    Created<O> created = done(result);
    return CreateResponse.newBuilder()
        .setId(created.id())
        .setProperties(encode(created.outputs()))
        .setRefreshBeforeUpdate(!request.getPreview() && handler.refreshBeforeUpdate())
        .build();
  }

  UpdateResponse update(UpdateRequest request) {
    ApplyResult<Outputs<O>> result =
        handler.update(
            new ResourceRequest.Update<>(
                request.getId(),
                request.getUrn(),
                outputs(request.getOlds()),
                recorded(request.hasOldInputs(), request.getOldInputs()),
                inputs(request.getNews()),
                request.getPreview(),
                deadline(request.getTimeout())));
    if (result instanceof ApplyResult.PartlyDone<Outputs<O>> partly) {
      throw partial(request.getId(), partly.reached(), partly.reason());
    }
    return UpdateResponse.newBuilder()
        .setProperties(encode(done(result)))
        .setRefreshBeforeUpdate(!request.getPreview() && handler.refreshBeforeUpdate())
        .build();
  }

  ReadResponse read(ReadRequest request) {
    boolean importing = !request.hasProperties() || request.getProperties().getFieldsCount() == 0;
    ReadResult<I, O> result =
        done(
            handler.read(
                new ResourceRequest.Read<>(
                    request.getId(),
                    request.getUrn(),
                    importing ? Optional.empty() : outputs(request.getProperties()),
                    recorded(request.hasInputs(), request.getInputs()),
                    importing)));
    if (!(result instanceof ReadResult.Found<I, O> found)) {
      return ReadResponse.newBuilder().setId("").build();
    }
    ReadResponse.Builder read =
        ReadResponse.newBuilder()
            .setId(found.id())
            .setProperties(encode(new Outputs.Known<>(found.outputs())))
            .setRefreshBeforeUpdate(handler.refreshBeforeUpdate());
    found.inputs().ifPresent(i -> read.setInputs(StructCodec.encode(codec.encodeInputs(i))));
    return read.build();
  }

  void delete(DeleteRequest request) {
    done(
        handler.delete(
            new ResourceRequest.Delete<>(
                request.getId(),
                request.getUrn(),
                outputs(request.getProperties()),
                recorded(request.hasOldInputs(), request.getOldInputs()),
                deadline(request.getTimeout()))));
  }

  /**
   * A Diff answer: every changed key in {@code diffs} and in the detailed diff, as the proto asks.
   */
  static DiffResponse encode(DiffResult diff) {
    DiffResponse.Builder response =
        DiffResponse.newBuilder()
            .setChanges(
                diff.changed()
                    ? DiffResponse.DiffChanges.DIFF_SOME
                    : DiffResponse.DiffChanges.DIFF_NONE)
            .setHasDetailedDiff(true);
    for (DiffResult.PropertyChange change : diff.changes()) {
      if (change.replaces()) {
        response.addReplaces(change.property());
      }
      response.addDiffs(change.property());
      response.putDetailedDiff(
          change.property(), PropertyDiff.newBuilder().setKind(kind(change)).build());
    }
    return response.build();
  }

  private static PropertyDiff.Kind kind(DiffResult.PropertyChange change) {
    return switch (change.kind()) {
      case ADD -> change.replaces() ? PropertyDiff.Kind.ADD_REPLACE : PropertyDiff.Kind.ADD;
      case UPDATE ->
          change.replaces() ? PropertyDiff.Kind.UPDATE_REPLACE : PropertyDiff.Kind.UPDATE;
      case DELETE ->
          change.replaces() ? PropertyDiff.Kind.DELETE_REPLACE : PropertyDiff.Kind.DELETE;
    };
  }

  private Inputs<I> inputs(Struct struct) {
    return codec.decodeInputs(StructCodec.decode(struct));
  }

  /** Inputs the engine recorded, when it sent them (older engines may not). */
  private Optional<Inputs<I>> recorded(boolean sent, Struct struct) {
    return sent ? Optional.of(inputs(struct)) : Optional.empty();
  }

  private Optional<O> outputs(Struct struct) {
    return codec.decodeOutputs(StructCodec.decode(struct));
  }

  private Struct encode(Outputs<O> outputs) {
    return StructCodec.encode(
        DescriptorRules.sealOutputs(
            descriptor,
            outputs instanceof Outputs.Known<O> known
                ? codec.encodeOutputs(known.value())
                : ((Outputs.Placeholder<O>) outputs).values()));
  }

  private RuntimeException partial(String id, Outputs<O> reached, String reason) {
    return FailureStatus.partial(id, encode(reached), reason, handler.refreshBeforeUpdate());
  }

  private Deadline deadline(double seconds) {
    return seconds > 0
        ? Deadline.after(Duration.ofMillis((long) (seconds * 1000)), clock)
        : Deadline.none();
  }

  private static <T> T done(ApplyResult<T> result) {
    if (result instanceof Result.Failed<T> failed) {
      throw FailureStatus.of(failed.failure());
    }
    return ((Result.Done<T>) result).value();
  }

  private static <T> T done(Result<T> result) {
    if (result instanceof Result.Failed<T> failed) {
      throw FailureStatus.of(failed.failure());
    }
    return ((Result.Done<T>) result).value();
  }
}
