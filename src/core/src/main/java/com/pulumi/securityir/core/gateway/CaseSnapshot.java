package com.pulumi.securityir.core.gateway;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.util.Objects;

/**
 * What is known of a case at one moment.
 *
 * @param title the case title, or empty when the service did not return one; sensitive in the API
 *     model, so it is left out of {@link #toString()}
 * @param arn the case ARN, or empty when the service did not return one
 */
public record CaseSnapshot(
    CaseId caseId, LifecycleStatus status, ResolverType resolverType, String title, String arn) {

  public CaseSnapshot {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(resolverType, "resolverType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(arn, "arn");
  }

  /** The same case after a move to {@code newStatus}. */
  public CaseSnapshot withStatus(LifecycleStatus newStatus) {
    return new CaseSnapshot(caseId, newStatus, resolverType, title, arn);
  }

  @Override
  public String toString() {
    return "CaseSnapshot[caseId="
        + caseId
        + ", status="
        + status
        + ", resolverType="
        + resolverType
        + ", arn="
        + arn
        + "]";
  }
}
