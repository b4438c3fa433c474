package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import java.util.List;

/** Read-only access to a case's edit history. Implementations are thread-safe. */
public interface CaseAuditTrail {

  /**
   * Every edit of the case, in the order the service returns them, following all pages.
   *
   * @throws CaseGatewayException when a page cannot be read
   */
  List<CaseEdit> edits(CaseId caseId, Deadline deadline);
}
