package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one comment {@code apply} adds to each case it changed (issue 13, item 4). */
class CaseRecordTest {

  @TempDir Path dir;

  private Path cases;
  private FakeCaseGateway gateway;

  /** phishing has its own note; laptop has none; drill asks for no comment. */
  @BeforeEach
  void threeCases() throws IOException {
    cases =
        Fixtures.casesFile(
            dir,
            "\n",
            "cases:",
            "  phishing:",
            "    caseId: \"1000000001\"",
            "    status: Containment, Eradication and Recovery",
            "    note: \"Host isolated, see SEC-12\"",
            "  laptop:",
            "    caseId: \"1000000002\"",
            "    status: Closed",
            "  drill:",
            "    caseId: \"1000000003\"",
            "    status: Detection and Analysis",
            "    comment: false");
    gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", POST_INCIDENT_ACTIVITIES)
            .with("1000000003", SUBMITTED);
  }

  private CliRunner.Run run(String... args) {
    return CliRunner.run(FakeGatewayFactory.over(gateway), dir, args);
  }

  @Test
  void eachChangedCaseGetsOneCommentSayingFromWhereToWhereByWhichStepsAndWhy() {
    CliRunner.Run apply = run("apply", cases.toString(), "--yes", "--note", "Weekly triage");

    assertEquals(ExitCodes.OK, apply.exitCode(), apply.toString());
    List<String> phishing = gateway.comments("1000000001");
    assertEquals(1, phishing.size(), phishing.toString());
    String body = phishing.get(0);
    assertTrue(
        body.startsWith(
            "Status changed by securityir from 'Submitted' to 'Containment, Eradication and"
                + " Recovery' in 2 steps:\n"
                + "- Submitted -> Detection and Analysis (UpdateCaseStatus)\n"
                + "- Detection and Analysis -> Containment, Eradication and Recovery"
                + " (UpdateCaseStatus)\n"
                + "From: securityir CLI, cases file '"
                + cases
                + "', entry 'phishing'"),
        body);
    assertTrue(
        body.endsWith("Note: Host isolated, see SEC-12"), "the case's own note wins\n" + body);
    assertTrue(gateway.comments("1000000002").get(0).endsWith("Note: Weekly triage"));
    assertEquals(List.of(), gateway.comments("1000000003"), "comment: false was commented");
    assertFalse(apply.out().contains("SEC-12") || apply.err().contains("SEC-12"), "note printed");
  }

  @Test
  void noCommentTurnsRecordingOffAndPlanNeverComments() {
    CliRunner.Run plan = run("plan", cases.toString());
    CliRunner.Run apply = run("apply", cases.toString(), "--yes", "--no-comment");

    assertEquals(ExitCodes.CHANGES_PENDING, plan.exitCode(), plan.toString());
    assertEquals(ExitCodes.OK, apply.exitCode(), apply.toString());
    assertTrue(
        gateway.calls().stream().noneMatch(c -> c.operation().equals("CreateCaseComment")),
        gateway.calls().toString());
  }

  @Test
  void aFailedCommentIsAWarningNamingTheCaseAndCauseAndChangesNothingElse() {
    gateway.failingComments(
        "1000000002",
        new CaseGatewayException(
            CaseGatewayException.Kind.ACCESS_DENIED,
            "Access denied: the credentials in use may not call security-ir:CreateCaseComment"));

    CliRunner.Run apply = run("apply", cases.toString(), "--yes");

    assertEquals(ExitCodes.OK, apply.exitCode(), apply.toString());
    assertTrue(
        apply.out().contains("Apply: 3 converged, 0 unchanged, 0 refused, 0 failed."),
        apply.toString());
    assertEquals(
        "securityir apply: warning: laptop (1000000002): case 1000000002: the status change"
            + " stands, but the comment recording it was not added: Access denied: the credentials"
            + " in use may not call security-ir:CreateCaseComment\n",
        apply.err());
  }

  @Test
  void aPartWayStopCommentsWhatWasAppliedAndWhereItStopped() {
    gateway.failingMove(
        "1000000001",
        CONTAINMENT_ERADICATION_AND_RECOVERY,
        new CaseGatewayException(CaseGatewayException.Kind.ACCESS_DENIED, "Access denied"));

    CliRunner.Run apply = run("apply", cases.toString(), "--yes");

    assertEquals(ExitCodes.ERROR, apply.exitCode(), apply.toString());
    String body = gateway.comments("1000000001").get(0);
    assertTrue(
        body.startsWith(
            "Status changed by securityir from 'Submitted' to 'Detection and Analysis' in 1 step,"
                + " then stopped short of the declared 'Containment, Eradication and Recovery'"),
        body);
    assertTrue(body.contains("Stopped: Access denied."), body);
    assertTrue(
        body.contains(
            "Remaining: Detection and Analysis -> Containment, Eradication and Recovery"
                + " (UpdateCaseStatus)."),
        body);
  }

  @Test
  void aCloseIsRecordedJustBeforeItAndAFailedCloseIsAWarningThatTheCommentIsWrong() {
    gateway.failingMove(
        "1000000002",
        CLOSED,
        new CaseGatewayException(
            CaseGatewayException.Kind.ACCESS_DENIED, "Access denied: CloseCase"));

    CliRunner.Run apply = run("apply", cases.toString(), "--yes");

    assertEquals(ExitCodes.ERROR, apply.exitCode(), apply.toString());
    assertEquals(
        List.of("GetCase", "CreateCaseComment", "CloseCase"),
        gateway.calls().stream()
            .filter(c -> c.caseId().value().equals("1000000002"))
            .map(FakeCaseGateway.Call::operation)
            .toList());
    assertTrue(
        gateway
            .comments("1000000002")
            .get(0)
            .startsWith(
                "Status changed by securityir from 'Post-incident Activities' to 'Closed' in 1 step:"));
    assertTrue(
        apply
            .err()
            .contains(
                "securityir apply: warning: laptop (1000000002): case 1000000002: the comment"
                    + " recording the close was added just before CloseCase (a closed case takes no"
                    + " comments), but the case was not closed as it says: Access denied: CloseCase\n"),
        apply.toString());
  }

  @Test
  void aBadNoteIsRefusedBeforeAnythingIsReadAndNeverQuoted() {
    CliRunner.Run apply = run("apply", cases.toString(), "--yes", "--note", "   ");

    assertEquals(ExitCodes.ERROR, apply.exitCode(), apply.toString());
    assertEquals(
        "securityir apply: --note is blank: write what the change is for, or leave the note out\n",
        apply.err());
    assertEquals(List.of(), gateway.calls());
  }
}
