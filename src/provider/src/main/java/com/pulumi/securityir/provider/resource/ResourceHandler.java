package com.pulumi.securityir.provider.resource;

import com.pulumi.securityir.core.resource.ResourceDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * Everything the provider does for one resource type, with typed inputs {@code I} and outputs
 * {@code O}. The server decodes each engine request with {@link #codec()}, calls the operation and
 * encodes its answer; a handler never sees protobuf or gRPC.
 *
 * <p>Create and Update are required; Check, Diff, Read and Delete have defaults, each stated on the
 * method. Contract for implementations:
 *
 * <ul>
 *   <li>Thread-safe: the engine calls Create, Update, Read and Delete concurrently for different
 *       resources.
 *   <li>A preview ({@code preview} set) makes no mutating call; with inputs not all known it makes
 *       no call at all.
 *   <li>Create and Update are safe to retry: a step that landed is never applied twice.
 *   <li>Expected failures are returned as {@link Result.Failed} or {@link ApplyResult.PartlyDone};
 *       a {@link com.pulumi.securityir.core.gateway.CaseGatewayException} from a read may be left
 *       to propagate, and is reported as a failure of its kind that changed nothing.
 *   <li>Messages for the person running Pulumi go to the {@link EngineLog} before the operation
 *       returns, so they reach the engine before the answer; none contains a secret.
 * </ul>
 *
 * @param <I> the typed inputs
 * @param <O> the typed outputs (the recorded state)
 */
public interface ResourceHandler<I, O> {

  /** The type token and properties: the registry's key and the codec's rules. */
  ResourceDescriptor descriptor();

  /** The translation of this resource's properties. */
  PropertyCodec<I, O> codec();

  /**
   * Whether the engine should refresh this resource before every update, because others change it
   * outside Pulumi. Default: false.
   */
  default boolean refreshBeforeUpdate() {
    return false;
  }

  /**
   * Check. Default: the codec's validation and canonical form, with the inputs the descriptor marks
   * secret recorded as secrets; no call.
   */
  default Checked<I> check(ResourceRequest.Check request) {
    List<PropertyProblem> problems = codec().validate(request.news());
    if (!problems.isEmpty()) {
      return new Checked.Invalid<>(problems);
    }
    return new Checked.Valid<>(
        codec().decodeInputs(request.news()),
        DescriptorRules.sealInputs(descriptor(), codec().canonicalInputs(request.news())));
  }

  /**
   * Diff. Default: the recorded inputs against the declared ones, property by property ({@link
   * DescriptorRules#diffInputs}); with no recorded inputs, every declared input counts as added.
   */
  default Result<DiffResult> diff(ResourceRequest.Diff<I, O> request) {
    PropertyMap olds = request.oldInputs().map(this::properties).orElse(PropertyMap.EMPTY);
    return Result.done(DescriptorRules.diffInputs(descriptor(), olds, properties(request.news())));
  }

  /** Create (adopt, for a resource that manages something that already exists). */
  ApplyResult<Created<O>> create(ResourceRequest.Create<I> request);

  /** Update in place; a change that cannot be made in place must be a replace in {@link #diff}. */
  ApplyResult<Outputs<O>> update(ResourceRequest.Update<I, O> request);

  /**
   * Read. Default: no call; a refresh finds the resource as recorded, and an import is refused, as
   * there is nothing to read it from.
   */
  default Result<ReadResult<I, O>> read(ResourceRequest.Read<I, O> request) {
    Optional<O> recorded = request.olds();
    if (request.importing() || recorded.isEmpty()) {
      return Result.failed(
          new Failure.BadRequest(descriptor().token() + " resources cannot be imported"));
    }
    return Result.done(new ReadResult.Found<>(request.id(), recorded.get(), Optional.empty()));
  }

  /** Delete. Default: the object is left as it is; Pulumi only stops managing it. */
  default Result<Deletion> delete(ResourceRequest.Delete<I, O> request) {
    return Result.done(Deletion.LEFT_IN_PLACE);
  }

  private PropertyMap properties(Inputs<I> inputs) {
    return inputs instanceof Inputs.Known<I> known
        ? codec().encodeInputs(known.value())
        : ((Inputs.Incomplete<I>) inputs).given();
  }
}
