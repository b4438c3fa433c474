package com.pulumi.securityir.core.gateway;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates cases and reads and changes everything about them but their status: the port the {@code
 * Case} and {@code CaseComment} resources work through, beside {@link CaseGateway} (which moves
 * status and adds comments). Owned by the core; implemented over the AWS SDK and by test fakes.
 *
 * <p>Implementations are thread-safe, retry transient failures internally within the deadline
 * (every attempt of a create carrying the same client token, so a landed call is never applied
 * twice), report every failure as a {@link CaseGatewayException}, and never put a sensitive member
 * (title, description, watchers, IP addresses, comment bodies) in a message or log.
 */
public interface CaseDetailsGateway {

  /**
   * Creates a case ({@code CreateCase}); it starts {@code Submitted}.
   *
   * @param clientToken 1 to 255 characters: the service's idempotency key, so a repeat with the
   *     same token (a retry, or a later run that lost the answer) creates no second case
   * @return the new case's id, or the one created earlier with this token
   */
  CaseId create(NewCase newCase, String clientToken, Deadline deadline);

  /** The whole case ({@code GetCase}) and its tags ({@code ListTagsForResource}). */
  LiveCase read(CaseId caseId, Deadline deadline);

  /** Sends one {@code UpdateCase}; an empty update is not sent. */
  void update(CaseId caseId, CaseUpdate update, Deadline deadline);

  /**
   * Changes who works the case ({@code UpdateResolverType}); the service allows Self to AWS only.
   *
   * @return the case's status as the service reports it after the change, if it does
   */
  Optional<LifecycleStatus> updateResolverType(
      CaseId caseId, ResolverType resolverType, Deadline deadline);

  /** Sets these tags on the case ({@code TagResource}), keeping the others. */
  void tag(String caseArn, Map<String, String> tags, Deadline deadline);

  /** Removes these tag keys from the case ({@code UntagResource}). */
  void untag(String caseArn, Set<String> keys, Deadline deadline);

  /**
   * Replaces a comment's body ({@code UpdateCaseComment}).
   *
   * @param body 1 to 12,000 characters, sensitive
   * @return the body as the service reports it
   */
  String updateComment(CaseId caseId, String commentId, String body, Deadline deadline);

  /** One page of the case's comments ({@code ListComments}). */
  CommentPage comments(CaseId caseId, Optional<String> nextToken, Deadline deadline);
}
