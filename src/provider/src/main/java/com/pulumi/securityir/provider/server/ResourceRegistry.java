package com.pulumi.securityir.provider.server;

import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.resource.ResourceHandler;
import com.pulumi.securityir.provider.resource.ResourceUrn;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource types this provider offers, each handler under its descriptor's type token.
 * Immutable and thread-safe.
 */
public final class ResourceRegistry {

  private final Map<String, ResourceRpc<?, ?>> byToken = new LinkedHashMap<>();

  /**
   * @param clock turns each request's timeout into a deadline
   * @throws IllegalArgumentException if two handlers share a token
   */
  public ResourceRegistry(List<ResourceHandler<?, ?>> handlers, Clock clock) {
    for (ResourceHandler<?, ?> handler : handlers) {
      ResourceRpc<?, ?> rpc = ResourceRpc.of(handler, clock);
      if (byToken.putIfAbsent(rpc.token(), rpc) != null) {
        throw new IllegalArgumentException("two handlers for " + rpc.token());
      }
    }
  }

  /**
   * The handler of a request's resource type: {@code type}, or when an older engine sends none, the
   * type in the {@code urn}.
   *
   * @throws io.grpc.StatusRuntimeException INVALID_ARGUMENT naming the type and those offered
   */
  ResourceRpc<?, ?> resolve(String type, String urn) {
    String token = type.isEmpty() ? ResourceUrn.parse(urn).map(ResourceUrn::type).orElse("") : type;
    ResourceRpc<?, ?> rpc = byToken.get(token);
    if (rpc == null) {
      throw FailureStatus.of(
          new Failure.BadRequest(
              (token.isEmpty()
                      ? "the request names no resource type"
                      : "unknown resource type '" + OneLine.input(token) + "'")
                  + ": the securityir provider offers "
                  + String.join(", ", byToken.keySet())));
    }
    return rpc;
  }
}
