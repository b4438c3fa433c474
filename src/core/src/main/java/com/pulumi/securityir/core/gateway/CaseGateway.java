package com.pulumi.securityir.core.gateway;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.util.Optional;

/**
 * Reads and moves one case at a time. Owned by the core; implemented over the AWS SDK and by test
 * fakes.
 *
 * <p>Implementations are thread-safe, make each call at most once from the caller's point of view
 * (retrying transient failures internally, within the deadline), and report every failure as a
 * {@link CaseGatewayException} whose message never contains credentials.
 */
public interface CaseGateway {

  /** The case's current status, resolver type, title and ARN ({@code GetCase}). */
  CaseSnapshot read(CaseId caseId, Deadline deadline);

  /**
   * Moves a self-managed case to {@code target} with {@code UpdateCaseStatus}.
   *
   * @return the status the service reports after the call, which a concurrent change can make
   *     differ from {@code target}
   */
  LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline deadline);

  /**
   * Closes the case with {@code CloseCase}.
   *
   * @return the status the service reports after the call ({@code Closed} on success)
   */
  LifecycleStatus close(CaseId caseId, Deadline deadline);

  /**
   * One page of the account's cases ({@code ListCases}), open and closed, of both resolver types.
   *
   * @param nextToken empty for the first page, else the token of the page before
   */
  CasePage listCases(Optional<String> nextToken, Deadline deadline);

  /**
   * Adds a comment to the case ({@code CreateCaseComment}). The {@code clientToken} is the
   * service's idempotency key: a retried call with the same token (by this gateway or by a later
   * run) adds no second comment.
   *
   * @param body the comment text, 1 to 12,000 characters; sensitive in the API model, so never
   *     logged or put in an exception message
   * @param clientToken 1 to 255 characters, the same for every attempt at the same comment
   * @return the id of the comment, new or the one added earlier with this token
   */
  String addComment(CaseId caseId, String body, String clientToken, Deadline deadline);
}
