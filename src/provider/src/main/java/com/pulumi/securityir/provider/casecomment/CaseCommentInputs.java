package com.pulumi.securityir.provider.casecomment;

import com.pulumi.securityir.core.lifecycle.CaseId;
import java.util.Objects;
import java.util.Optional;

/**
 * The declared inputs of one {@code CaseComment}, known and valid. The body is sensitive, so {@link
 * #toString()} does not show it.
 *
 * @param clientToken the create's idempotency key from Check, when recorded
 */
public record CaseCommentInputs(CaseId caseId, String body, Optional<String> clientToken) {
  public CaseCommentInputs {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(clientToken, "clientToken");
  }

  @Override
  public String toString() {
    return "CaseCommentInputs[caseId=" + caseId + ", body=<sensitive>]";
  }
}
