package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.record.RecordResult;
import java.util.Objects;

/** Where one declared case stands after an apply. Immutable. */
public sealed interface CaseResult {

  CaseDeclaration declaration();

  /** True when the case is in its declared status. */
  boolean settled();

  /**
   * The plan had a change for this case and the reconciler walked it; {@code outcome} says how it
   * ended, {@code comment} how recording the change on the case did.
   */
  record Reconciled(
      CaseDeclaration declaration,
      Plan.Path planned,
      ReconcileOutcome outcome,
      RecordResult comment)
      implements CaseResult {
    public Reconciled {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(comment, "comment");
    }

    /** A walk whose change was not recorded (nothing applied, or recording off). */
    public Reconciled(CaseDeclaration declaration, Plan.Path planned, ReconcileOutcome outcome) {
      this(declaration, planned, outcome, new RecordResult.NotNeeded());
    }

    @Override
    public boolean settled() {
      return outcome instanceof ReconcileOutcome.Converged;
    }
  }

  /** The case was already in its declared status; nothing was called. */
  record Unchanged(CaseDeclaration declaration, CaseSnapshot actual) implements CaseResult {
    public Unchanged {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(actual, "actual");
    }

    @Override
    public boolean settled() {
      return true;
    }
  }

  /** The plan refused the case; nothing was called and it stays in {@code actual}. */
  record Refused(CaseDeclaration declaration, PlannedCase.Refused planned) implements CaseResult {
    public Refused {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(planned, "planned");
    }

    @Override
    public boolean settled() {
      return false;
    }
  }

  /**
   * A saved plan's case that changed since the plan was made (its live status or last update time
   * differs from the plan's); nothing was called for it.
   */
  record Stale(CaseDeclaration declaration, Staleness staleness) implements CaseResult {
    public Stale {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(staleness, "staleness");
    }

    @Override
    public boolean settled() {
      return false;
    }
  }

  /** The case could not be read for the plan; nothing was called. */
  record Unreadable(CaseDeclaration declaration, PlannedCase.Unreadable planned)
      implements CaseResult {
    public Unreadable {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(planned, "planned");
    }

    @Override
    public boolean settled() {
      return false;
    }
  }
}
