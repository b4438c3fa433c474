package com.pulumi.securityir.provider.resource;

import java.util.Optional;
import java.util.UUID;

/**
 * The idempotency key of a resource's create call, kept in its checked inputs under {@link #KEY}
 * (an engine-owned {@code __} key, so no program sets it and Diff never compares it), in the way
 * Pulumi providers keep values derived from Check's random seed: an existing resource keeps the
 * token its recorded inputs hold; a new one derives it from the engine's random seed, so a Check
 * the engine repeats with the same seed gives the same token, and a new resource of the same name
 * (after a destroy) gets a new seed and so a new token. Stateless.
 */
public final class ClientToken {

  /** The checked-input key the token is recorded under. */
  public static final String KEY = "__clientToken";

  private ClientToken() {}

  /** {@code recorded} with the token of this Check added. */
  public static PropertyMap keep(ResourceRequest.Check request, PropertyMap recorded) {
    String token =
        request
            .olds()
            .text(KEY)
            .or(() -> request.randomSeed().map(seed -> "pulumi-" + seed.substring(0, 48)))
            // Engines without random seeds: the token is still recorded with the inputs.
            .orElseGet(() -> "pulumi-" + UUID.randomUUID());
    return recorded.with(KEY, PropertyValue.text(token));
  }

  /** The token recorded among {@code inputs}, if there is one. */
  public static Optional<String> of(PropertyMap inputs) {
    return inputs.text(KEY);
  }
}
