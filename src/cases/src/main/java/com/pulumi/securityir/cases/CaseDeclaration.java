package com.pulumi.securityir.cases;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a cases file: the case {@code caseId} should be in {@code status}.
 *
 * @param name the entry's key, used as the Pulumi resource name; unique within its file
 * @param caseId the case to control
 * @param status the declared status, canonical wire spelling
 * @param closeOnDelete whether removing the entry closes the case (default false: it is only
 *     released from control)
 * @param note why the case is declared so, for the comment that records a change (user text, not a
 *     secret; it ends up in a comment body, which the API marks sensitive, so messages never quote
 *     it); empty when the entry has none
 * @param comment whether an applied change is recorded with a comment on the case (default true)
 * @param line the 1-based line of the entry's key, for messages that point back at the file
 */
public record CaseDeclaration(
    String name,
    CaseId caseId,
    LifecycleStatus status,
    boolean closeOnDelete,
    Optional<String> note,
    boolean comment,
    int line) {

  public CaseDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
    if (!CasesFileLoader.isValidResourceName(name)) {
      throw new IllegalArgumentException("invalid resource name: " + name);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1-based, got " + line);
    }
  }

  /** An entry without a note, recorded with a comment (the defaults). */
  public CaseDeclaration(
      String name, CaseId caseId, LifecycleStatus status, boolean closeOnDelete, int line) {
    this(name, caseId, status, closeOnDelete, Optional.empty(), true, line);
  }

  @Override
  public String toString() {
    return "CaseDeclaration[name="
        + name
        + ", caseId="
        + caseId
        + ", status="
        + status
        + ", closeOnDelete="
        + closeOnDelete
        + ", note="
        + note.map(n -> "<" + n.length() + " characters>").orElse("none")
        + ", comment="
        + comment
        + ", line="
        + line
        + "]";
  }
}
