package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reads.BulkReads;
import com.pulumi.securityir.core.reads.CaseRead;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the actual status of every declared case, from {@code ListCases} pages or one {@code
 * GetCase} each (at most {@code parallelism} at once), whichever takes fewer round trips (see
 * {@link BulkReads}), and plans each case from it.
 *
 * <p>Read-only: it calls only {@link CaseGateway#listCases} and {@link CaseGateway#read}, never a
 * mutating operation, and every plan reads anew. A case that cannot be read becomes an {@link
 * PlannedCase.Unreadable} entry rather than an exception. Thread-safe.
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
    Map<CaseId, CaseRead> reads =
        reads(gateway, parallelism)
            .read(file.cases().stream().map(CaseDeclaration::caseId).toList(), deadline);
    return new CasesPlan(
        file, file.cases().stream().map(d -> planned(d, reads.get(d.caseId()), planner)).toList());
  }

  /** The CLI's bulk reads: the GetCase reads run on {@link BoundedParallel}. */
  static BulkReads reads(CaseGateway gateway, int parallelism) {
    return new BulkReads(
        gateway, parallelism, (ids, read) -> BoundedParallel.map(ids, parallelism, read));
  }

  /** The entry for {@code declaration} given what its read learned. */
  static PlannedCase planned(CaseDeclaration declaration, CaseRead read, Planner planner) {
    if (read instanceof CaseRead.Failed failed) {
      return new PlannedCase.Unreadable(declaration, failed.error());
    }
    return planned(declaration, ((CaseRead.Found) read).snapshot(), planner);
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
