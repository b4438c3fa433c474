package com.pulumi.securityir.core.gateway;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a case at one moment.
 *
 * @param title the case title, or empty when the service did not return one; sensitive in the API
 *     model, so it is left out of {@link #toString()}
 * @param arn the case ARN, or empty when the service did not return one
 * @param lastUpdated the service's {@code lastUpdatedDate} as read, or empty when the service did
 *     not return one or the snapshot was derived from a move rather than read
 */
public record CaseSnapshot(
    CaseId caseId,
    LifecycleStatus status,
    ResolverType resolverType,
    String title,
    String arn,
    Optional<Instant> lastUpdated) {

  public CaseSnapshot {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(resolverType, "resolverType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }

  /** A snapshot whose last update time is not known. */
  public CaseSnapshot(
      CaseId caseId, LifecycleStatus status, ResolverType resolverType, String title, String arn) {
    this(caseId, status, resolverType, title, arn, Optional.empty());
  }

  /**
   * The same case after a move to {@code newStatus}; the move changed the service's last update
   * time to one not read yet, so it is unknown.
   */
  public CaseSnapshot withStatus(LifecycleStatus newStatus) {
    return new CaseSnapshot(caseId, newStatus, resolverType, title, arn, Optional.empty());
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
        + ", lastUpdated="
        + lastUpdated.map(Instant::toString).orElse("unknown")
        + "]";
  }
}
