package com.pulumi.securityir.core.gateway;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a case's comments (ListComments) and the token of the next, if any. */
public record CommentPage(List<CaseComment> comments, Optional<String> nextToken) {
  public CommentPage {
    comments = List.copyOf(comments);
    Objects.requireNonNull(nextToken, "nextToken");
  }
}
