package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import java.util.List;

/** Read-only listing of the account's cases in one region. Implementations are thread-safe. */
public interface CaseDirectory {

  /**
   * A snapshot of every case ({@code ListCases}), following all pages: one call per 25 cases
   * instead of one {@code GetCase} per case.
   *
   * @throws CaseGatewayException when a page cannot be read or a case has a status or id this
   *     client does not understand
   */
  List<CaseSnapshot> cases(Deadline deadline);
}
