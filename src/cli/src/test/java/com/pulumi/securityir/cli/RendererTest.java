package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.ProgressListener;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.gateway.CaseEdit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererTest {

  private final Renderer plain = new Renderer(Style.plain());

  private static CasesPlan mixedPlan() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", SUBMITTED)
            .with("1000000003", CLOSED)
            .failingReads(
                "1000000004",
                new CaseGatewayException(
                    CaseGatewayException.Kind.UNREACHABLE,
                    "Could not reach the endpoint http://127.0.0.1:1"));
    return new CasesPlanner(gateway, Fixtures.PLANNER, 2)
        .plan(
            Fixtures.file(
                "ransomware",
                "1000000001",
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                "logins",
                "1000000002",
                SUBMITTED,
                "old",
                "1000000003",
                DETECTION_AND_ANALYSIS,
                "hidden",
                "1000000004",
                CLOSED),
            Deadline.none());
  }

  @Test
  void showsEachCaseWithNameIdActualDesiredAndEveryStep() {
    assertEquals(
        """
                  ~ ransomware (1000000001): Submitted -> Containment, Eradication and Recovery, 2 steps
                      1. Submitted -> Detection and Analysis (UpdateCaseStatus)
                      2. Detection and Analysis -> Containment, Eradication and Recovery (UpdateCaseStatus)
                  = logins (1000000002): Submitted, no change
                  ! old (1000000003): Closed -> Detection and Analysis, refused
                      cannot move case from 'Closed' to 'Detection and Analysis': the case is Closed, and closed \
                cases cannot be reopened. Declare 'Closed' for this case, or remove it from the declarations. No \
                other status can be reached from 'Closed'.
                  x hidden (1000000004): cannot read the case, wants 'Closed'
                      Could not reach the endpoint http://127.0.0.1:1
                """,
        plain.plan(mixedPlan()));
  }

  @Test
  void summarisesChangesUnchangedRefusedAndUnreadable() {
    assertEquals(
        "Plan: 1 to change (2 steps), 1 unchanged, 1 refused, 1 unreadable.\n",
        plain.planSummary(mixedPlan()));
    assertEquals(
        "1 case refused, 1 case could not be read; see the plan above",
        plain.planErrors(mixedPlan()).orElseThrow());
  }

  @Test
  void quotesTheServiceMessageWhenNoCaseCouldBeRead() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .failingReads(
                "1000000001",
                new CaseGatewayException(CaseGatewayException.Kind.UNREACHABLE, "down"))
            .failingReads(
                "1000000002",
                new CaseGatewayException(CaseGatewayException.Kind.UNREACHABLE, "down"));
    CasesPlan plan =
        new CasesPlanner(gateway, Fixtures.PLANNER, 2)
            .plan(
                Fixtures.file("a", "1000000001", CLOSED, "b", "1000000002", CLOSED),
                Deadline.none());

    assertEquals("2 cases could not be read: down", plain.planErrors(plan).orElseThrow());
  }

  @Test
  void reportsAStoppedCaseWithTheStatusReachedAndTheStepsLeft() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .failingMove(
                "1000000001",
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                new CaseGatewayException(
                    CaseGatewayException.Kind.ACCESS_DENIED, "AccessDeniedException: not allowed"));
    CasesPlan plan =
        new CasesPlanner(gateway, Fixtures.PLANNER, 1)
            .plan(
                Fixtures.file("ransomware", "1000000001", CONTAINMENT_ERADICATION_AND_RECOVERY),
                Deadline.none());
    ApplyResult result =
        new ApplyRun(new Reconciler(gateway, Fixtures.PLANNER), 1)
            .apply(plan, ProgressListener.NONE, CancellationSignal.NEVER, Deadline.none());

    assertEquals(
        """
                  x ransomware (1000000001): stopped in 'Detection and Analysis' after 1 step applied
                      cause: AccessDeniedException: not allowed
                      The case is in 'Detection and Analysis' after 1 step; remaining: Detection and \
                Analysis -> Containment, Eradication and Recovery (UpdateCaseStatus). Run apply again to \
                resume from the case's live status.
                """,
        plain.outcomes(result));
    assertEquals(
        "Apply: 0 converged, 0 unchanged, 0 refused, 1 failed.\n", plain.applySummary(result));
    assertEquals(
        "1 case not in the declared status; see where each case stands above",
        plain.applyErrors(result).orElseThrow());
  }

  @Test
  void reportsConvergedUnchangedAndRefusedCasesAfterAnApply() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", SUBMITTED)
            .with("1000000003", CLOSED);
    CasesPlan plan =
        new CasesPlanner(gateway, Fixtures.PLANNER, 1)
            .plan(
                Fixtures.file(
                    "ransomware",
                    "1000000001",
                    CONTAINMENT_ERADICATION_AND_RECOVERY,
                    "logins",
                    "1000000002",
                    SUBMITTED,
                    "old",
                    "1000000003",
                    SUBMITTED),
                Deadline.none());
    ApplyResult result =
        new ApplyRun(new Reconciler(gateway, Fixtures.PLANNER), 2)
            .apply(plan, ProgressListener.NONE, CancellationSignal.NEVER, Deadline.none());

    assertEquals(
        """
                  + ransomware (1000000001): now 'Containment, Eradication and Recovery' (2 steps applied)
                  = logins (1000000002): Submitted, unchanged
                  ! old (1000000003): left in 'Closed' (refused; nothing was called)
                """,
        plain.outcomes(result));
    assertEquals(
        "Apply: 1 converged, 1 unchanged, 1 refused, 0 failed.\n", plain.applySummary(result));
  }

  @Test
  void printsTheAuditTrailOneLinePerEditWithoutTheCaseTitle() {
    String text =
        plain.auditTrail(
            Fixtures.declare("ransomware", "1000000001", CLOSED),
            List.of(
                new CaseEdit(
                    Instant.parse("2026-01-02T03:04:05Z"),
                    "123456789012",
                    "UpdateCaseStatus",
                    "Case status changed from Submitted to Detection and Analysis"),
                new CaseEdit(
                    Instant.parse("2026-01-02T03:04:06Z"),
                    "123456789012",
                    "CloseCase",
                    "Case closed\nfrom status Detection and Analysis")));

    assertEquals(
        """
                ransomware (1000000001)
                      2026-01-02T03:04:05Z  UpdateCaseStatus  123456789012  Case status changed from Submitted to \
                Detection and Analysis
                      2026-01-02T03:04:06Z  CloseCase  123456789012  Case closed from status Detection and Analysis
                """,
        text);
    assertFalse(text.contains("sensitive title"));
  }

  @Test
  void printsTheGatewaysOwnMessageWholeHoweverLong() {
    // The gateway bounds each piece of service text it quotes; its own advice must not be cut.
    String message =
        "Access denied: the credentials in use may not call security-ir:GetCase on case"
            + " 1000000001 in region us-east-1. "
            + "Grant the IAM action security-ir:GetCase. ".repeat(10)
            + "Request id: req-1.";
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .failingReads(
                "1000000001",
                new CaseGatewayException(CaseGatewayException.Kind.ACCESS_DENIED, message));
    CasesPlan plan =
        new CasesPlanner(gateway, Fixtures.PLANNER, 1)
            .plan(Fixtures.file("a", "1000000001", CLOSED), Deadline.none());

    assertTrue(message.length() > OneLine.MESSAGE_LIMIT);
    assertTrue(plain.plan(plan).contains("      " + message + "\n"), plain.plan(plan));
    assertEquals("1 case could not be read: " + message, plain.planErrors(plan).orElseThrow());
  }

  @Test
  void reportsAReplanWithTheStepsNowPlannedInTheSharedWording() {
    assertEquals(
        "  ~ a (1000000001): moved by someone else to 'Detection and Analysis' meanwhile;"
            + " re-planned: Detection and Analysis -> Containment, Eradication and Recovery"
            + " (UpdateCaseStatus)\n",
        plain.replanned(
            Fixtures.declare("a", "1000000001", CONTAINMENT_ERADICATION_AND_RECOVERY),
            DETECTION_AND_ANALYSIS,
            Fixtures.PLANNER.plan(
                DETECTION_AND_ANALYSIS, CONTAINMENT_ERADICATION_AND_RECOVERY, ResolverType.SELF)));
  }

  @Test
  void colouredOutputCarriesAnsiCodesAndPlainOutputNone() {
    String coloured = new Renderer(Style.coloured()).plan(mixedPlan());
    assertTrue(coloured.contains("\u001B["), coloured);
    assertFalse(plain.plan(mixedPlan()).contains("\u001B"));
  }

  @Test
  void neverReadsServiceTextAsPicocliMarkup() {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .failingReads(
                "1000000001",
                new CaseGatewayException(
                    CaseGatewayException.Kind.UNEXPECTED_RESPONSE, "@|red boom|@"));
    CasesPlan plan =
        new CasesPlanner(gateway, Fixtures.PLANNER, 1)
            .plan(Fixtures.file("a", "1000000001", CLOSED), Deadline.none());

    assertTrue(new Renderer(Style.coloured()).plan(plan).contains("@|red boom|@"));
  }
}
