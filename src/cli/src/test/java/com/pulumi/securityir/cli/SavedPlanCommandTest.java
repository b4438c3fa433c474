package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.core.BuildInfo;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --out PLAN} then {@code apply PLAN}, in this JVM over a fake case service. */
class SavedPlanCommandTest {

  @TempDir Path dir;

  private Path cases;
  private Path planFile;
  private FakeCaseGateway gateway;

  @BeforeEach
  void threeCases() throws IOException {
    cases = Fixtures.threeCases(dir);
    planFile = dir.resolve("plan.json");
    gateway = Fixtures.threeLiveCases();
  }

  private CliRunner.Run run(FakeGatewayFactory gateways, String... args) {
    return CliRunner.run(gateways, dir, args);
  }

  private CliRunner.Run savePlan() {
    CliRunner.Run plan =
        run(
            FakeGatewayFactory.over(gateway),
            "plan",
            cases.toString(),
            "--out",
            planFile.toString());
    assertEquals(ExitCodes.CHANGES_PENDING, plan.exitCode(), plan.toString());
    return plan;
  }

  private CliRunner.Run applyPlan(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "apply";
    args[1] = planFile.toString();
    args[2] = "--yes";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return run(FakeGatewayFactory.over(gateway), args);
  }

  private static FakeCaseGateway.Call call(String operation, String caseId, LifecycleStatus to) {
    return new FakeCaseGateway.Call(operation, FakeCaseGateway.id(caseId), to);
  }

  private List<FakeCaseGateway.Call> callsFor(String caseId) {
    return gateway.calls().stream().filter(c -> c.caseId().value().equals(caseId)).toList();
  }

  @Test
  void thePlanFileHoldsWhatThePlanWasMadeFromAndEveryCaseAsRead() throws Exception {
    CliRunner.Run plan = savePlan();

    JsonObject doc = JsonParser.parseString(Files.readString(planFile)).getAsJsonObject();
    assertEquals("securityir-plan", doc.get("format").getAsString());
    assertEquals(1, doc.get("formatVersion").getAsInt());
    assertEquals(BuildInfo.version(), doc.get("securityirVersion").getAsString());
    assertEquals(cases.toString(), doc.getAsJsonObject("casesFile").get("path").getAsString());
    String sha =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(cases)));
    assertEquals(sha, doc.getAsJsonObject("casesFile").get("sha256").getAsString());
    assertEquals(FakeGatewayFactory.ENDPOINT, doc.get("endpoint").getAsString());
    assertEquals(FakeGatewayFactory.REGION, doc.get("region").getAsString());
    assertEquals("documented", doc.getAsJsonObject("transitionGraph").get("variant").getAsString());
    assertEquals(
        TransitionGraph.of(GraphVariant.DOCUMENTED).fingerprint(),
        doc.getAsJsonObject("transitionGraph").get("fingerprint").getAsString());
    JsonObject phishing = doc.getAsJsonArray("cases").get(0).getAsJsonObject();
    assertEquals(
        JsonParser.parseString(
            """
            {"name": "phishing", "caseId": "1000000001", "line": 2,
             "declaredStatus": "Containment, Eradication and Recovery", "note": null,
             "comment": true, "plan": "change",
             "live": {"status": "Submitted", "resolverType": "Self",
                      "lastUpdatedDate": "2026-01-01T00:00:00Z"},
             "steps": [
               {"from": "Submitted", "to": "Detection and Analysis",
                "operation": "UpdateCaseStatus"},
               {"from": "Detection and Analysis", "to": "Containment, Eradication and Recovery",
                "operation": "UpdateCaseStatus"}]}
            """),
        phishing);
    assertEquals(
        "unchanged",
        doc.getAsJsonArray("cases").get(2).getAsJsonObject().get("plan").getAsString());
    assertEquals(
        JsonParser.parseString(
            """
            {"cases": 3, "toChange": 2, "steps": 3, "unchanged": 1, "refused": 0,
             "unreadable": 0, "exitCode": 2}
            """),
        doc.get("summary"));
    assertFalse(Files.readString(planFile).contains("sensitive title"), "a title was saved");
    assertFalse(Files.readString(planFile).contains("arn:aws"), "an ARN was saved");
    assertTrue(plan.out().contains("Saved the plan to " + planFile), plan.toString());
    assertEquals(List.of(), gateway.mutatingCalls());
    assertTrue(gateway.comments("1000000001").isEmpty(), "plan commented");
  }

  @Test
  void applyingAnUnchangedPlanReadsEachChangeOnceAndMakesExactlyThePlannedMoves() {
    savePlan();
    int readsForPlan = gateway.calls().size();

    CliRunner.Run apply = applyPlan();

    assertEquals(ExitCodes.OK, apply.exitCode(), apply.toString());
    List<FakeCaseGateway.Call> applyCalls =
        gateway.calls().subList(readsForPlan, gateway.calls().size());
    assertEquals(
        List.of(
            call("GetCase", "1000000001", null),
            call("UpdateCaseStatus", "1000000001", DETECTION_AND_ANALYSIS),
            call("UpdateCaseStatus", "1000000001", CONTAINMENT_ERADICATION_AND_RECOVERY),
            call("CreateCaseComment", "1000000001", null)),
        applyCalls.stream().filter(c -> c.caseId().value().equals("1000000001")).toList());
    assertEquals(
        List.of(
            call("GetCase", "1000000002", null),
            call("CreateCaseComment", "1000000002", null),
            call("CloseCase", "1000000002", CLOSED)),
        applyCalls.stream().filter(c -> c.caseId().value().equals("1000000002")).toList());
    assertEquals(
        List.of(),
        applyCalls.stream().filter(c -> c.caseId().value().equals("1000000003")).toList(),
        "a case the plan changes nothing for is not read again");
    assertTrue(
        apply.out().contains("Apply: 2 converged, 1 unchanged, 0 refused, 0 failed."),
        apply.toString());
  }

  @Test
  void aCaseMovedSinceThePlanIsStaleAndGetsNoCallWhileTheOthersConverge() {
    savePlan();
    gateway.movedBySomeoneElse("1000000001", DETECTION_AND_ANALYSIS);

    CliRunner.Run apply = applyPlan();

    assertEquals(ExitCodes.ERROR, apply.exitCode(), apply.toString());
    assertEquals(
        List.of(call("GetCase", "1000000001", null), call("GetCase", "1000000001", null)),
        callsFor("1000000001"),
        "only the plan's read and the re-read");
    assertEquals(CLOSED, gateway.statusOf("1000000002"));
    assertTrue(
        apply
            .out()
            .contains(
                "x phishing (1000000001): stale, nothing was called: planned in 'Submitted'"
                    + " (resolver Self, last updated 2026-01-01T00:00:00Z), now in 'Detection and"
                    + " Analysis' (resolver Self, last updated 2026-01-01T00:00:01Z)"),
        apply.toString());
    assertTrue(
        apply.out().contains("Apply: 1 converged, 1 unchanged, 0 refused, 0 failed, 1 stale."),
        apply.toString());
    assertTrue(
        apply.err().contains("1 case changed since the plan (stale; nothing was called)"),
        apply.toString());
  }

  @Test
  void withReplanAStaleCaseIsPlannedAgainFromItsLiveStatus() {
    savePlan();
    gateway.movedBySomeoneElse("1000000001", DETECTION_AND_ANALYSIS);

    CliRunner.Run apply = applyPlan("--replan");

    assertEquals(ExitCodes.OK, apply.exitCode(), apply.toString());
    assertEquals(
        List.of(
            call("GetCase", "1000000001", null),
            call("GetCase", "1000000001", null),
            call("UpdateCaseStatus", "1000000001", CONTAINMENT_ERADICATION_AND_RECOVERY),
            call("CreateCaseComment", "1000000001", null)),
        callsFor("1000000001"));
    assertTrue(
        apply
            .out()
            .contains("phishing (1000000001): changed since the plan (planned in 'Submitted'"),
        apply.toString());
  }

  @Test
  void aPlanForAnotherEndpointOrRegionIsRefusedAsAWholeWithNoCall() {
    savePlan();
    gateway.calls();
    int before = gateway.calls().size();

    CliRunner.Run apply =
        run(
            FakeGatewayFactory.over(gateway, "http://127.0.0.1:4567", "eu-west-1"),
            "apply",
            planFile.toString(),
            "--yes");

    assertEquals(ExitCodes.ERROR, apply.exitCode(), apply.toString());
    assertEquals(before, gateway.calls().size(), "a call was made");
    assertTrue(
        apply
            .err()
            .contains(
                "securityir apply: refusing the saved plan "
                    + planFile
                    + " as a whole; nothing was called."),
        apply.toString());
    assertTrue(
        apply
            .err()
            .contains(
                "endpoint: the plan read from https://security-ir.fake.example, this apply would"
                    + " call http://127.0.0.1:4567; apply it with --endpoint"
                    + " https://security-ir.fake.example"),
        apply.toString());
    assertTrue(
        apply.err().contains("region: the plan read from us-east-1, this apply uses eu-west-1"),
        apply.toString());
  }

  @Test
  void aPlanWhoseCasesFileChangedOrWithAnotherGraphIsRefused() throws IOException {
    savePlan();
    Files.writeString(
        cases, Files.readString(cases).replace("status: Closed", "status: Closed # x"));
    int before = gateway.calls().size();

    CliRunner.Run apply = applyPlan("--transition-graph", "extended");

    assertEquals(ExitCodes.ERROR, apply.exitCode(), apply.toString());
    assertEquals(before, gateway.calls().size(), "a call was made");
    assertTrue(
        apply.err().contains("cases file: " + cases + " has changed since the plan (SHA-256 "),
        apply.toString());
    assertTrue(
        apply.err().contains("review a new plan: securityir plan --out " + planFile + " " + cases),
        apply.toString());
    assertTrue(
        apply
            .err()
            .contains(
                "transition graph: the plan was made with the 'documented' graph, this apply uses"
                    + " 'extended'; apply it with --transition-graph documented"),
        apply.toString());
  }

  @Test
  void aPlanWhoseCasesFileIsGoneIsStillApplied() throws IOException {
    savePlan();
    Files.delete(cases);

    CliRunner.Run apply = applyPlan();

    assertEquals(ExitCodes.OK, apply.exitCode(), apply.toString());
    assertEquals(CONTAINMENT_ERADICATION_AND_RECOVERY, gateway.statusOf("1000000001"));
  }

  @Test
  void aPlanOfAnotherFormatVersionOrWithEditedStepsIsRefusedWithoutOpeningTheService()
      throws IOException {
    savePlan();
    String saved = Files.readString(planFile);
    FakeGatewayFactory gateways = FakeGatewayFactory.over(gateway);

    Files.writeString(planFile, saved.replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
    CliRunner.Run newer = run(gateways, "apply", planFile.toString(), "--yes");
    Files.writeString(
        planFile,
        saved.replaceFirst(
            "\"to\": \"Detection and Analysis\"", "\"to\": \"Post-incident Activities\""));
    CliRunner.Run edited = run(gateways, "apply", planFile.toString(), "--yes");

    assertEquals(ExitCodes.ERROR, newer.exitCode(), newer.toString());
    assertTrue(
        newer.err().contains("plan format version 2 is not one this securityir reads (version 1)"),
        newer.toString());
    assertEquals(ExitCodes.ERROR, edited.exitCode(), edited.toString());
    assertTrue(
        edited
            .err()
            .contains(
                "cases[0] (phishing): the saved plan is not what securityir plans from 'Submitted'"
                    + " to 'Containment, Eradication and Recovery'"),
        edited.toString());
    assertEquals(List.of(), gateways.opened(), "the service was opened");
  }

  @Test
  void planOutNeverWritesOverAFileThatIsNotAPlan() throws IOException {
    String before = Files.readString(cases);

    CliRunner.Run plan =
        run(FakeGatewayFactory.over(gateway), "plan", cases.toString(), "--out", cases.toString());

    assertEquals(ExitCodes.ERROR, plan.exitCode(), plan.toString());
    assertTrue(
        plan.err().contains("--out '" + cases + "': the file exists and is not a securityir plan"),
        plan.toString());
    assertEquals(before, Files.readString(cases));
    assertEquals(List.of(), gateway.calls());
  }

  @Test
  void replanGoesWithASavedPlanOnly() {
    CliRunner.Run apply =
        run(FakeGatewayFactory.over(gateway), "apply", cases.toString(), "--yes", "--replan");

    assertEquals(ExitCodes.ERROR, apply.exitCode(), apply.toString());
    assertTrue(apply.err().contains("--replan: goes with a saved plan"), apply.toString());
    assertEquals(List.of(), gateway.calls());
  }
}
