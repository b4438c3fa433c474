package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code securityir apply} end to end in this JVM, over a fake case service. */
class ApplyCommandTest {

  @TempDir Path dir;

  private Path threeCases() throws IOException {
    return Fixtures.threeCases(dir);
  }

  private FakeCaseGateway liveCases() {
    return Fixtures.threeLiveCases();
  }

  private static FakeCaseGateway.Call move(String caseId, LifecycleStatus target) {
    return new FakeCaseGateway.Call(
        target == CLOSED ? "CloseCase" : "UpdateCaseStatus", FakeCaseGateway.id(caseId), target);
  }

  private static List<FakeCaseGateway.Call> callsFor(FakeCaseGateway gateway, String caseId) {
    return gateway.calls().stream().filter(c -> c.caseId().value().equals(caseId)).toList();
  }

  private CliRunner.Run apply(FakeCaseGateway gateway, String... extra) throws IOException {
    return apply(CliRunner.noTerminal(), gateway, extra);
  }

  private CliRunner.Run apply(Terminal terminal, FakeCaseGateway gateway, String... extra)
      throws IOException {
    String[] args = new String[extra.length + 2];
    args[0] = "apply";
    args[1] = threeCases().toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    return CliRunner.run(
        new Environment(FakeGatewayFactory.over(gateway), terminal, Optional.of("1"), dir), args);
  }

  /**
   * Each changed case gets the one comment recording its change (issue 13): after its steps, or
   * just before a close, since a closed case takes no comments.
   */
  @Test
  void makesExactlyThePlannedCallsAndExitsZero() throws IOException {
    FakeCaseGateway gateway = liveCases();

    CliRunner.Run run = apply(gateway, "--yes");

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertEquals(
        List.of(
            new FakeCaseGateway.Call("GetCase", FakeCaseGateway.id("1000000001"), null),
            move("1000000001", DETECTION_AND_ANALYSIS),
            move("1000000001", CONTAINMENT_ERADICATION_AND_RECOVERY),
            new FakeCaseGateway.Call("CreateCaseComment", FakeCaseGateway.id("1000000001"), null)),
        callsFor(gateway, "1000000001"));
    assertEquals(
        List.of(
            new FakeCaseGateway.Call("GetCase", FakeCaseGateway.id("1000000002"), null),
            new FakeCaseGateway.Call("CreateCaseComment", FakeCaseGateway.id("1000000002"), null),
            move("1000000002", CLOSED)),
        callsFor(gateway, "1000000002"));
    assertEquals(
        List.of(new FakeCaseGateway.Call("GetCase", FakeCaseGateway.id("1000000003"), null)),
        callsFor(gateway, "1000000003"));
    assertTrue(
        run.out().contains("Applying 2 changes (3 calls, up to 8 at once)\n"), run.toString());
    assertTrue(
        run.out()
            .contains(
                "  + phishing (1000000001): step 2/2: Detection and Analysis -> Containment,"
                    + " Eradication and Recovery (UpdateCaseStatus)\n"),
        run.toString());
    assertTrue(
        run.out().endsWith("Apply: 2 converged, 1 unchanged, 0 refused, 0 failed.\n"),
        run.toString());
    assertEquals("", run.err());
  }

  @Test
  void appliesWhatItCanAndExitsOneWhenACaseIsRefused() throws IOException {
    FakeCaseGateway gateway = liveCases().with("1000000003", CLOSED);

    CliRunner.Run run = apply(gateway, "--yes");

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(
        List.of(new FakeCaseGateway.Call("GetCase", FakeCaseGateway.id("1000000003"), null)),
        callsFor(gateway, "1000000003"));
    assertEquals(3, gateway.mutatingCalls().size(), gateway.calls().toString());
    assertTrue(
        run.out()
            .contains("  ! drill (1000000003): left in 'Closed' (refused; nothing was called)"),
        run.toString());
    assertEquals("securityir apply: 1 case refused; see where each case stands above\n", run.err());
  }

  @Test
  void callsNothingForAnUnreadableCaseAndExitsOne() throws IOException {
    FakeCaseGateway gateway =
        liveCases()
            .failingReads(
                "1000000001",
                new CaseGatewayException(CaseGatewayException.Kind.ACCESS_DENIED, "denied"));

    CliRunner.Run run = apply(gateway, "--yes");

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(List.of(move("1000000002", CLOSED)), gateway.mutatingCalls());
    assertTrue(
        run.out()
            .contains("  x phishing (1000000001): not applied, the case could not be read: denied"),
        run.toString());
    assertEquals(
        "securityir apply: 1 case not in the declared status; see where each case stands above\n",
        run.err());
  }

  @Test
  void reportsWhereACaseStoppedPartWayAndExitsOne() throws IOException {
    FakeCaseGateway gateway =
        liveCases()
            .failingMove(
                "1000000001",
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                new CaseGatewayException(CaseGatewayException.Kind.THROTTLED, "still throttled"));

    CliRunner.Run run = apply(gateway, "--yes");

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(DETECTION_AND_ANALYSIS, gateway.statusOf("1000000001"));
    assertTrue(
        run.out()
            .contains(
                "  x phishing (1000000001): stopped in 'Detection and Analysis' after 1 step"
                    + " applied\n"
                    + "      cause: still throttled\n"
                    + "      The case is in 'Detection and Analysis' after 1 step; remaining:"
                    + " Detection and Analysis -> Containment, Eradication and Recovery"
                    + " (UpdateCaseStatus). Run apply again to resume from the case's live"
                    + " status.\n"),
        run.toString());
    assertTrue(
        run.out().endsWith("Apply: 1 converged, 1 unchanged, 0 refused, 1 failed.\n"),
        run.toString());
  }

  @Test
  void refusesWithoutYesWhenNobodyCanAnswerAndChangesNothing() throws IOException {
    FakeCaseGateway gateway = liveCases();

    CliRunner.Run run = apply(gateway);

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(
        run.err()
            .startsWith(
                "securityir apply: not applying without confirmation: stdin is not a terminal"),
        run.toString());
    assertEquals(List.of(), gateway.mutatingCalls());
    assertFalse(run.out().contains("Applying"), run.toString());
  }

  @Test
  void appliesOnATerminalOnlyAfterTheAnswerYes() throws IOException {
    FakeCaseGateway declined = liveCases();
    CliRunner.Run no = apply(new CliRunner.ScriptedTerminal(true, List.of("y")), declined);
    assertEquals(ExitCodes.ERROR, no.exitCode(), no.toString());
    assertTrue(
        no.out().endsWith("Apply 2 changes to the cases above? Only 'yes' applies: "),
        no.toString());
    assertEquals("securityir apply: apply cancelled; nothing was changed\n", no.err());
    assertEquals(List.of(), declined.mutatingCalls());

    FakeCaseGateway confirmed = liveCases();
    CliRunner.Run yes = apply(new CliRunner.ScriptedTerminal(true, List.of(" yes ")), confirmed);
    assertEquals(ExitCodes.OK, yes.exitCode(), yes.toString());
    assertEquals(3, confirmed.mutatingCalls().size());
  }

  @Test
  void exitsZeroWithNothingToApplyAndCallsNothing() throws IOException {
    FakeCaseGateway gateway =
        new FakeCaseGateway()
            .with("1000000001", CONTAINMENT_ERADICATION_AND_RECOVERY)
            .with("1000000002", CLOSED)
            .with("1000000003", SUBMITTED);

    CliRunner.Run run = apply(gateway);

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertTrue(run.out().endsWith("\nNothing to apply.\n"), run.toString());
    assertEquals(List.of(), gateway.mutatingCalls());
    assertEquals("", run.err());
  }
}
