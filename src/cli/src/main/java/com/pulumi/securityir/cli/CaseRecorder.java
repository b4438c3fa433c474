package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.Wording;
import com.pulumi.securityir.core.record.ChangeRecorder;
import com.pulumi.securityir.core.record.Origin;
import com.pulumi.securityir.core.record.RecordResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Records each case's applied change with one comment on the case (through {@link ChangeRecorder},
 * which words it and derives the idempotency token), unless recording is off for the run ({@code
 * --no-comment}) or for the case ({@code comment: false}). The note is the case's own {@code note:}
 * when it has one, else the run's {@code --note}.
 *
 * <p>A closed case takes no more comments, so a change that closes the case (always the one step
 * {@code CloseCase}: every open status may close directly) is recorded just before the close, as
 * the change it will be; should the walk then not close the case as planned, the result is a
 * warning saying the comment describes a close that did not happen. Thread-safe.
 */
final class CaseRecorder {

  private final Optional<ChangeRecorder> recorder;
  private final Optional<String> runNote;
  private final String file;
  private final Optional<GitOrigin.Commit> commit;

  private CaseRecorder(
      Optional<ChangeRecorder> recorder,
      Optional<String> runNote,
      String file,
      Optional<GitOrigin.Commit> commit) {
    this.recorder = recorder;
    this.runNote = Objects.requireNonNull(runNote, "runNote");
    this.file = Objects.requireNonNull(file, "file");
    this.commit = Objects.requireNonNull(commit, "commit");
  }

  /** Records nothing: for demo, and for {@code --no-comment}. */
  static CaseRecorder off() {
    return new CaseRecorder(Optional.empty(), Optional.empty(), "", Optional.empty());
  }

  /**
   * Records through {@code recorder}, naming {@code file} as the user gave it and the git commit of
   * the work tree holding it (looked up once, now).
   */
  static CaseRecorder on(ChangeRecorder recorder, Optional<String> runNote, Path file) {
    return new CaseRecorder(Optional.of(recorder), runNote, file.toString(), GitOrigin.of(file));
  }

  /** Whether a change of this case gets a comment. */
  private boolean records(CaseDeclaration declaration) {
    return recorder.isPresent() && declaration.comment();
  }

  /** How a walk ended, and how recording its change did. */
  record Walked(ReconcileOutcome outcome, RecordResult comment) {}

  /**
   * Runs {@code walk} (the reconcile of {@code path} from {@code start}) and records its change:
   * after the walk, or just before it when the path closes the case.
   */
  Walked walk(
      CaseDeclaration declaration,
      CaseSnapshot start,
      Plan.Path path,
      Supplier<ReconcileOutcome> walk,
      Deadline deadline) {
    boolean closes =
        path.steps().size() == 1 && path.steps().get(0).operation() == ApiOperation.CLOSE_CASE;
    if (!closes || !records(declaration)) {
      ReconcileOutcome outcome = walk.get();
      return new Walked(outcome, record(declaration, start, outcome, deadline));
    }
    Transition close = path.steps().get(0);
    ReconcileOutcome planned =
        new ReconcileOutcome.Converged(
            start.withStatus(close.to()), List.of(new AppliedStep(close, Instant.now())));
    RecordResult before = record(declaration, start, planned, deadline);
    ReconcileOutcome outcome = walk.get();
    boolean asPlanned =
        outcome instanceof ReconcileOutcome.Converged
            && outcome.applied().stream()
                .map(AppliedStep::transition)
                .toList()
                .equals(path.steps());
    if (asPlanned || !(before instanceof RecordResult.Posted)) {
      return new Walked(outcome, before);
    }
    return new Walked(
        outcome,
        new RecordResult.Failed(
            "case "
                + declaration.caseId()
                + ": the comment recording the close was added just before CloseCase (a closed"
                + " case takes no comments), but the walk did not go as it says: "
                + (outcome instanceof ReconcileOutcome.Stopped stopped
                    ? stopped.cause().message()
                    : outcome.applied().isEmpty()
                        ? "nothing was applied"
                        : "it applied "
                            + Wording.steps(
                                outcome.applied().stream()
                                    .map(AppliedStep::transition)
                                    .toList()))));
  }

  /**
   * Records the change {@code outcome} made, starting from {@code start} (the read the walk began
   * from); no call when nothing was applied or recording is off.
   */
  private RecordResult record(
      CaseDeclaration declaration,
      CaseSnapshot start,
      ReconcileOutcome outcome,
      Deadline deadline) {
    if (!records(declaration)) {
      return new RecordResult.NotNeeded();
    }
    Origin origin =
        new Origin.CasesFile(
            file,
            declaration.name(),
            commit.map(GitOrigin.Commit::id),
            commit.map(GitOrigin.Commit::uncommitted).orElse(false));
    return recorder
        .get()
        .record(
            Optional.of(start),
            outcome,
            declaration.status(),
            origin,
            declaration.note().or(() -> runNote),
            deadline);
  }
}
