package com.pulumi.securityir.provider.securitycase;

import com.pulumi.securityir.core.gateway.CaseFields;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The declared inputs of one {@code securityir:index:Case}, known and valid. {@link #toString()}
 * shows no sensitive member.
 *
 * @param fields the case's members; optional lists not declared are empty (not managed)
 * @param tags the declared tags, or empty when tags are not managed
 * @param status the declared status, or empty when it is left to the responders
 * @param closeOnDelete whether Delete closes the case (true unless declared false)
 * @param clientToken the create's idempotency key from Check, when recorded
 */
public record CaseInputs(
    CaseFields fields,
    ResolverType resolverType,
    Optional<Map<String, String>> tags,
    Optional<LifecycleStatus> status,
    boolean closeOnDelete,
    Optional<String> clientToken) {

  public CaseInputs {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(resolverType, "resolverType");
    tags = tags.map(Map::copyOf);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(clientToken, "clientToken");
  }
}
