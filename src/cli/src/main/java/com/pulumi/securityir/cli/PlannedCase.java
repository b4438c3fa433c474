package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.plan.Plan;
import java.util.Objects;

/** What the plan says for one declared case, from the status read just before. Immutable. */
public sealed interface PlannedCase {

  /** The declaration this entry is for. */
  CaseDeclaration declaration();

  /** The case is not in its declared status, and a legal path leads there. */
  record Change(CaseDeclaration declaration, CaseSnapshot actual, Plan.Path path)
      implements PlannedCase {
    public Change {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(path, "path");
      if (path.isNoOp()) {
        throw new IllegalArgumentException("a change needs at least one step; use Unchanged");
      }
    }
  }

  /** The case is already in its declared status. */
  record Unchanged(CaseDeclaration declaration, CaseSnapshot actual) implements PlannedCase {
    public Unchanged {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(actual, "actual");
    }
  }

  /** No legal path leads to the declared status; nothing may be called for this case. */
  record Refused(CaseDeclaration declaration, CaseSnapshot actual, Plan.Refusal refusal)
      implements PlannedCase {
    public Refused {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(refusal, "refusal");
    }
  }

  /**
   * A saved plan's case that changed since the plan was made: applying the saved steps could take
   * it somewhere nobody reviewed, so nothing may be called for it.
   */
  record Stale(CaseDeclaration declaration, Staleness staleness) implements PlannedCase {
    public Stale {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(staleness, "staleness");
    }
  }

  /** The case's status could not be read, so nothing is known or planned for it. */
  record Unreadable(CaseDeclaration declaration, CaseGatewayException error)
      implements PlannedCase {
    public Unreadable {
      Objects.requireNonNull(declaration, "declaration");
      Objects.requireNonNull(error, "error");
    }
  }
}
