package com.pulumi.securityir.cases;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.util.Objects;

/**
 * One entry of a cases file: the case {@code caseId} should be in {@code status}.
 *
 * @param name the entry's key, used as the Pulumi resource name; unique within its file
 * @param caseId the case to control
 * @param status the declared status, canonical wire spelling
 * @param closeOnDelete whether removing the entry closes the case (default false: it is only
 *     released from control)
 * @param line the 1-based line of the entry's key, for messages that point back at the file
 */
public record CaseDeclaration(
    String name, CaseId caseId, LifecycleStatus status, boolean closeOnDelete, int line) {

  public CaseDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
    if (!CasesFileLoader.isValidResourceName(name)) {
      throw new IllegalArgumentException("invalid resource name: " + name);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1-based, got " + line);
    }
  }
}
