package com.pulumi.securityir.core.gateway;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the account's cases ({@code ListCases}).
 *
 * @param cases the cases of this page, in the service's order, each complete (status and resolver
 *     type known)
 * @param nextToken the token for the next page, or empty on the last page
 */
public record CasePage(List<CaseSnapshot> cases, Optional<String> nextToken) {

  public CasePage {
    cases = List.copyOf(cases);
    Objects.requireNonNull(nextToken, "nextToken");
  }

  @Override
  public String toString() {
    // The token is opaque and may be long; its presence is what matters in a message.
    return "CasePage[cases=" + cases + ", more=" + nextToken.isPresent() + "]";
  }
}
