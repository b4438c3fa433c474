package com.pulumi.securityir.core.reads;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import java.util.Objects;

/** What one read of a declared case learned: the case, or why it could not be read. Immutable. */
public sealed interface CaseRead {

  /** The case as read, from a {@code ListCases} page or from {@code GetCase}. */
  record Found(CaseSnapshot snapshot) implements CaseRead {
    public Found {
      Objects.requireNonNull(snapshot, "snapshot");
    }
  }

  /** {@code GetCase} failed for the case; the error says why. */
  record Failed(CaseGatewayException error) implements CaseRead {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
