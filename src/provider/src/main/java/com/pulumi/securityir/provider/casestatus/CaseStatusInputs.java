package com.pulumi.securityir.provider.casestatus;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.util.Objects;

/**
 * The declared inputs of one {@code securityir:index:CaseStatus} resource, known and valid.
 *
 * @param secretCaseId whether the engine sent {@code caseId} as a secret (outputs keep it secret
 *     and messages never show it)
 * @param secretStatus whether the engine sent {@code status} as a secret
 * @param recording the inputs {@code note} and {@code comment}, which say how a change is recorded
 */
public record CaseStatusInputs(
    CaseId caseId,
    LifecycleStatus status,
    boolean closeOnDelete,
    boolean secretCaseId,
    boolean secretStatus,
    Recording recording) {

  public CaseStatusInputs {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(recording, "recording");
  }

  /** Inputs without {@code note} and {@code comment}: changes are recorded, without a note. */
  public CaseStatusInputs(
      CaseId caseId,
      LifecycleStatus status,
      boolean closeOnDelete,
      boolean secretCaseId,
      boolean secretStatus) {
    this(caseId, status, closeOnDelete, secretCaseId, secretStatus, Recording.DEFAULT);
  }

  /** How the case is named in messages: its id, unless the id is secret. */
  public String caseLabel() {
    return label(caseId, secretCaseId);
  }

  static String label(CaseId caseId, boolean secret) {
    return secret ? "case [secret id]" : "case " + caseId;
  }

  /**
   * {@code text} (a gateway's message names the case) with a secret id replaced, so no message
   * about a case declared with a secret id shows it.
   */
  static String redact(String text, CaseId caseId, boolean secret) {
    return secret ? text.replace(caseId.value(), "[secret id]") : text;
  }
}
