package com.pulumi.securityir.provider.casecomment;

import com.pulumi.securityir.core.gateway.CaseComment;
import com.pulumi.securityir.core.lifecycle.CaseId;
import java.util.Objects;

/** The outputs of one {@code CaseComment}: the case and the comment as last seen or written. */
public record CaseCommentOutputs(CaseId caseId, CaseComment comment) {
  public CaseCommentOutputs {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(comment, "comment");
  }

  /** The resource id, {@code <caseId>/<commentId>}. */
  public String id() {
    return caseId.value() + "/" + comment.commentId();
  }
}
