package com.pulumi.securityir.provider.casestatus;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outputs (recorded state) of one {@code CaseStatus} resource: the case as last seen, and the
 * steps the last operation applied. {@code caseId} and {@code status} are secret when their inputs
 * were; the title is always secret (the descriptor says so).
 *
 * @param lastTransitions the steps applied by the last operation; empty means none were needed,
 *     absent means they are not known yet (a preview)
 * @param recording the {@code note} and {@code comment} the resource was declared with, kept as
 *     outputs so a later Diff sees a change of them (a secret note stays secret)
 */
public record CaseStatusOutputs(
    CaseSnapshot snapshot,
    boolean closeOnDelete,
    Optional<List<AppliedStep>> lastTransitions,
    boolean secretCaseId,
    boolean secretStatus,
    Recording recording) {

  public CaseStatusOutputs {
    Objects.requireNonNull(snapshot, "snapshot");
    lastTransitions = lastTransitions.map(List::copyOf);
    Objects.requireNonNull(recording, "recording");
  }

  /** Outputs of a resource declared without {@code note} and {@code comment}. */
  public CaseStatusOutputs(
      CaseSnapshot snapshot,
      boolean closeOnDelete,
      Optional<List<AppliedStep>> lastTransitions,
      boolean secretCaseId,
      boolean secretStatus) {
    this(snapshot, closeOnDelete, lastTransitions, secretCaseId, secretStatus, Recording.DEFAULT);
  }

  /** The outputs of {@code inputs} with the case at {@code snapshot}. */
  public static CaseStatusOutputs of(
      CaseStatusInputs inputs, CaseSnapshot snapshot, Optional<List<AppliedStep>> transitions) {
    return new CaseStatusOutputs(
        snapshot,
        inputs.closeOnDelete(),
        transitions,
        inputs.secretCaseId(),
        inputs.secretStatus(),
        inputs.recording());
  }
}
