package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.record.ChangeRecorder;
import com.pulumi.securityir.core.record.Origin;
import com.pulumi.securityir.core.record.RecordResult;
import com.pulumi.securityir.core.record.Recorded;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Records each case's applied change with one comment on the case (through {@link ChangeRecorder},
 * which words it and derives the idempotency token), unless recording is off for the run ({@code
 * --no-comment}) or for the case ({@code comment: false}). The note is the case's own {@code note:}
 * when it has one, else the run's {@code --note}.
 *
 * <p>A change that closes the case is recorded just before the close, since a closed case takes no
 * comments ({@link ChangeRecorder#walkAndRecord}). Thread-safe.
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

  /**
   * Runs {@code walk} (the reconcile of {@code path} from {@code start}) and records its change
   * (see {@link ChangeRecorder#walkAndRecord}), unless recording is off for the run or the case.
   */
  Recorded walk(
      CaseDeclaration declaration,
      CaseSnapshot start,
      Plan.Path path,
      Supplier<ReconcileOutcome> walk,
      Deadline deadline) {
    if (!records(declaration)) {
      return new Recorded(walk.get(), new RecordResult.NotNeeded());
    }
    return recorder
        .get()
        .walkAndRecord(
            start, path, walk, origin(declaration), declaration.note().or(() -> runNote), deadline);
  }

  private Origin origin(CaseDeclaration declaration) {
    return new Origin.CasesFile(
        file,
        declaration.name(),
        commit.map(GitOrigin.Commit::id),
        commit.map(GitOrigin.Commit::uncommitted).orElse(false));
  }
}
