package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasesPlanTest {

  /** Each letter is one case: c = change, u = unchanged, r = refused, x = unreadable. */
  @ParameterizedTest(name = "cases ''{0}'' -> exit {1}")
  @CsvSource({
    "'', 0", "u, 0", "uu, 0", "c, 2", "cu, 2", "r, 1", "cr, 1", "x, 1", "cux, 1",
  })
  void exitCodeFollowsTerraformDetailedExitCode(String kinds, int exitCode) {
    FakeCaseGateway gateway = new FakeCaseGateway();
    Object[] triples = new Object[3 * kinds.length()];
    for (int i = 0; i < kinds.length(); i++) {
      String id = "100000000" + i;
      triples[3 * i] = "case-" + i;
      triples[3 * i + 1] = id;
      switch (kinds.charAt(i)) {
        case 'c' -> {
          gateway.with(id, SUBMITTED);
          triples[3 * i + 2] = DETECTION_AND_ANALYSIS;
        }
        case 'u' -> {
          gateway.with(id, SUBMITTED);
          triples[3 * i + 2] = SUBMITTED;
        }
        case 'r' -> {
          gateway.with(id, CLOSED);
          triples[3 * i + 2] = SUBMITTED;
        }
        default -> {
          gateway.failingReads(
              id, new CaseGatewayException(CaseGatewayException.Kind.UNREACHABLE, "down"));
          triples[3 * i + 2] = SUBMITTED;
        }
      }
    }

    CasesPlan plan =
        new CasesPlanner(gateway, Fixtures.PLANNER, 2)
            .plan(Fixtures.file(triples), Deadline.none());

    assertEquals(exitCode, plan.exitCode());
  }
}
