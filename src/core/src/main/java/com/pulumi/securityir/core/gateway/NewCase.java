package com.pulumi.securityir.core.gateway;

import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.util.Map;
import java.util.Objects;

/**
 * What CreateCase is sent: the case's fields (unmanaged optional lists are sent empty), who works
 * it, and its tags. {@link #toString()} shows no sensitive member.
 */
public record NewCase(CaseFields fields, ResolverType resolverType, Map<String, String> tags) {
  public NewCase {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(resolverType, "resolverType");
    tags = Map.copyOf(tags);
  }
}
