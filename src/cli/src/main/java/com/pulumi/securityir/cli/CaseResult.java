package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import java.util.Objects;

/** Where one declared case stands after an apply. Immutable. */
public sealed interface CaseResult {

  CaseDeclaration declaration();

  /** True when the case is in its declared status. */
  boolean settled();

  /**
   * The plan had a change for this case and the reconciler walked it; {@code outcome} says how it
   * ended.
   */
  record Reconciled(CaseDeclaration declaration, Plan.Path planned, ReconcileOutcome outcome)
      implements CaseResult {
    public Reconciled {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(outcome, "outcome");
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
