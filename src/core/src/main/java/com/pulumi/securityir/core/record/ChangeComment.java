package com.pulumi.securityir.core.record;

import java.util.Objects;

/**
 * The comment that records one applied change, and the idempotency token that makes it one.
 *
 * @param body the text; sensitive in the API model, so left out of {@link #toString()}
 * @param clientToken derived from the change alone, so every attempt at recording the same change
 *     (a retried call, a rerun from the same start) carries the same token
 */
public record ChangeComment(String body, String clientToken) {

  public ChangeComment {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(clientToken, "clientToken");
  }

  @Override
  public String toString() {
    return "ChangeComment[clientToken=" + clientToken + ", body=<sensitive>]";
  }
}
