package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import java.util.Objects;

/**
 * Reads the actual status of every declared case, at most {@code parallelism} reads at once, and
 * plans each case from it.
 *
 * <p>Read-only: it calls only {@link CaseGateway#read}, never a mutating operation. A case that
 * cannot be read becomes an {@link PlannedCase.Unreadable} entry rather than an exception.
 * Thread-safe.
 */
public final class CasesPlanner {

  private final CaseGateway gateway;
  private final Planner planner;
  private final int parallelism;

  public CasesPlanner(CaseGateway gateway, Planner planner, int parallelism) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.planner = Objects.requireNonNull(planner, "planner");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.parallelism = parallelism;
  }

  /** Plans every case of {@code file}; the entries keep the file's order. */
  public CasesPlan plan(CasesFile file, Deadline deadline) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(deadline, "deadline");
    return new CasesPlan(
        file, BoundedParallel.map(file.cases(), parallelism, d -> planOne(d, deadline)));
  }

  private PlannedCase planOne(CaseDeclaration declaration, Deadline deadline) {
    CaseSnapshot actual;
    try {
      actual = gateway.read(declaration.caseId(), deadline);
    } catch (CaseGatewayException e) {
      return new PlannedCase.Unreadable(declaration, e);
    }
    return planned(declaration, actual, planner);
  }

  /** The entry for {@code declaration} given the case as read. */
  static PlannedCase planned(CaseDeclaration declaration, CaseSnapshot actual, Planner planner) {
    Plan plan = planner.plan(actual.status(), declaration.status(), actual.resolverType());
    if (plan instanceof Plan.Refusal refusal) {
      return new PlannedCase.Refused(declaration, actual, refusal);
    }
    Plan.Path path = (Plan.Path) plan;
    return path.isNoOp()
        ? new PlannedCase.Unchanged(declaration, actual)
        : new PlannedCase.Change(declaration, actual, path);
  }
}
