package com.pulumi.securityir.core.gateway;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A case as one full read found it: GetCase's members and the case's tags (ListTagsForResource).
 * {@link #toString()} shows no sensitive member.
 *
 * @param fields every list present
 * @param pendingAction {@code Customer} or {@code None}, when the service said
 * @param closureCode set by the service or responders when the case closed
 */
public record LiveCase(
    CaseId caseId,
    String arn,
    CaseFields fields,
    LifecycleStatus status,
    ResolverType resolverType,
    Map<String, String> tags,
    Optional<String> pendingAction,
    Optional<Instant> createdDate,
    Optional<Instant> lastUpdatedDate,
    Optional<Instant> closedDate,
    Optional<String> closureCode) {

  public LiveCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(resolverType, "resolverType");
    tags = Map.copyOf(tags);
    Objects.requireNonNull(pendingAction, "pendingAction");
    Objects.requireNonNull(createdDate, "createdDate");
    Objects.requireNonNull(lastUpdatedDate, "lastUpdatedDate");
    Objects.requireNonNull(closedDate, "closedDate");
    Objects.requireNonNull(closureCode, "closureCode");
  }

  /** The status part of this read, as the reconciler starts from it. */
  public CaseSnapshot snapshot() {
    return new CaseSnapshot(caseId, status, resolverType, fields.title(), arn, lastUpdatedDate);
  }

  /** The same case with other tags (after TagResource or UntagResource). */
  public LiveCase withTags(Map<String, String> newTags) {
    return new LiveCase(
        caseId,
        arn,
        fields,
        status,
        resolverType,
        newTags,
        pendingAction,
        createdDate,
        lastUpdatedDate,
        closedDate,
        closureCode);
  }

  /** The same case with other fields (after UpdateCase); its last update time is not known. */
  public LiveCase withFields(CaseFields newFields) {
    return new LiveCase(
        caseId,
        arn,
        newFields,
        status,
        resolverType,
        tags,
        pendingAction,
        createdDate,
        Optional.empty(),
        closedDate,
        closureCode);
  }

  /** The same case at another status and resolver type (after a walk or UpdateResolverType). */
  public LiveCase withStatus(LifecycleStatus newStatus, ResolverType newResolver) {
    return new LiveCase(
        caseId,
        arn,
        fields,
        newStatus,
        newResolver,
        tags,
        pendingAction,
        createdDate,
        Optional.empty(),
        closedDate,
        closureCode);
  }

  @Override
  public String toString() {
    return "LiveCase[caseId="
        + caseId
        + ", status="
        + status
        + ", resolverType="
        + resolverType
        + ", fields="
        + fields
        + ", tags="
        + tags.keySet()
        + "]";
  }
}
