package com.pulumi.securityir.core.gateway;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One comment on a case as ListComments or UpdateCaseComment reports it. The body is sensitive in
 * the API model, so {@link #toString()} does not show it.
 *
 * @param commentId six digits
 */
public record CaseComment(
    String commentId,
    String body,
    Optional<Instant> createdDate,
    Optional<Instant> lastUpdatedDate) {
  public CaseComment {
    Objects.requireNonNull(commentId, "commentId");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(createdDate, "createdDate");
    Objects.requireNonNull(lastUpdatedDate, "lastUpdatedDate");
  }

  @Override
  public String toString() {
    return "CaseComment[commentId=" + commentId + ", body=<sensitive>]";
  }
}
