package com.pulumi.securityir.core.gateway;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;

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
}
