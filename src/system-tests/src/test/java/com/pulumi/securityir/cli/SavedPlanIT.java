package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.emulator.CallRecord;
import com.pulumi.securityir.emulator.CaseState;
import com.pulumi.securityir.emulator.ControlResult;
import com.pulumi.securityir.emulator.EmulatorOptions;
import com.pulumi.securityir.emulator.SecurityIrEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review flow through {@code bin/securityir}: {@code plan --out PLAN} on a pull request, {@code
 * apply PLAN} on merge, against an emulator seeded from {@code cli/seed.yaml} for each test, on
 * {@code cli/changes.yaml} (a one-step move, a two-step move, a close and a no-op).
 */
class SavedPlanIT {

  /** The seed's statuses, written out here from cli/seed.yaml, for the cases changes.yaml names. */
  private static final Map<String, String> SEEDED =
      Map.of(
          "1000000001", "Detection and Analysis",
          "1000000002", "Submitted",
          "1000000003", "Post-incident Activities",
          "1000000004", "Submitted");

  private static final List<String> MOVES = List.of("UpdateCaseStatus", "CloseCase");

  @TempDir Path temp;

  private SecurityIrEmulator emulator;
  private CliProcess cli;
  private Path cases;
  private Path plan;
  private Instant seededAfter;

  @BeforeEach
  void start() throws Exception {
    cli = new CliProcess(temp);
    seededAfter = Instant.now().minusSeconds(1);
    emulator =
        SecurityIrEmulator.start(
            EmulatorOptions.defaults().withSeedFile(CliProcess.FIXTURES.resolve("seed.yaml")));
    cases = temp.resolve("cases.yaml");
    Files.copy(CliProcess.FIXTURES.resolve("changes.yaml"), cases);
    plan = temp.resolve("plan.json");
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private String endpoint() {
    return emulator.endpoint().toString();
  }

  private CliProcess.Result savePlan(String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("plan", cases.toString(), "--out", plan.toString()));
    args.addAll(List.of(extra));
    CliProcess.Result r = cli.run(CliProcess.against(endpoint(), args.toArray(String[]::new)));
    assertEquals(2, r.exitCode(), r.toString());
    return r;
  }

  private CliProcess.Result applyPlan(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("apply", plan.toString(), "--yes"));
    args.addAll(List.of(extra));
    return cli.run(CliProcess.against(endpoint(), args.toArray(String[]::new)));
  }

  private List<CallRecord> calls(String operation) {
    return emulator.control().calls().stream()
        .filter(c -> c.operation().equals(operation))
        .toList();
  }

  @Test
  void aSavedPlanAppliedWithNothingChangedMakesExactlyThePlannedCalls() throws Exception {
    CliProcess.Result planned = savePlan("--format", "markdown");

    JsonObject doc = JsonParser.parseString(Files.readString(plan)).getAsJsonObject();
    assertEquals("securityir-plan", doc.get("format").getAsString());
    assertEquals(endpoint(), doc.get("endpoint").getAsString());
    assertEquals("us-east-1", doc.get("region").getAsString());
    JsonArray planCases = doc.getAsJsonArray("cases");
    assertEquals(4, planCases.size());
    List<String> plannedMoves = new ArrayList<>();
    for (JsonElement e : planCases) {
      JsonObject c = e.getAsJsonObject();
      String id = c.get("caseId").getAsString();
      JsonObject live = c.getAsJsonObject("live");
      assertEquals(SEEDED.get(id), live.get("status").getAsString(), id);
      assertEquals("Self", live.get("resolverType").getAsString(), id);
      Instant updated = Instant.parse(live.get("lastUpdatedDate").getAsString());
      assertTrue(
          !updated.isBefore(seededAfter) && !updated.isAfter(Instant.now()),
          id + " lastUpdatedDate " + updated);
      for (JsonElement s : c.getAsJsonArray("steps")) {
        plannedMoves.add(s.getAsJsonObject().get("operation").getAsString() + " " + id);
      }
    }
    assertEquals(
        List.of(
            "UpdateCaseStatus 1000000001",
            "UpdateCaseStatus 1000000002",
            "UpdateCaseStatus 1000000002",
            "CloseCase 1000000003"),
        plannedMoves);
    assertEquals("unchanged", planCases.get(3).getAsJsonObject().get("plan").getAsString());
    assertFalse(Files.readString(plan).contains("Ransomware"), "a case title was saved");
    String md = planned.out();
    assertTrue(
        md.startsWith("### securityir plan: 3 to change (4 steps), 1 unchanged, 0 refused\n"), md);
    assertTrue(
        md.contains(
            "| leaked-access-key | 1000000003 | Post-incident Activities | Closed |"
                + " Post-incident Activities -> Closed (CloseCase) |\n"),
        md);
    assertTrue(
        md.contains(
            "    DETECTION_AND_ANALYSIS --> CONTAINMENT_ERADICATION_AND_RECOVERY : 2 cases\n"),
        md);
    assertTrue(md.contains("    SUBMITTED --> DETECTION_AND_ANALYSIS : 1 case\n"), md);
    assertTrue(
        planned.err().contains("Plan: 3 to change (4 steps), 1 unchanged, 0 refused."),
        planned.toString());
    emulator.control().clearCalls();

    CliProcess.Result applied = applyPlan();

    assertEquals(0, applied.exitCode(), applied.toString());
    List<String> moves =
        emulator.control().calls().stream()
            .filter(c -> MOVES.contains(c.operation()))
            .map(c -> c.operation() + " " + c.caseId())
            .sorted()
            .toList();
    assertEquals(plannedMoves.stream().sorted().toList(), moves);
    assertEquals(
        List.of("1000000001", "1000000002", "1000000003"),
        calls("GetCase").stream().map(CallRecord::caseId).sorted().toList(),
        "one read of each case the plan changes, none of the unchanged one");
    assertEquals(3, calls("CreateCaseComment").size(), emulator.control().calls().toString());
    assertTrue(
        applied.out().contains("Apply: 3 converged, 1 unchanged, 0 refused, 0 failed."),
        applied.toString());
  }

  @Test
  void aCaseMovedBetweenPlanAndApplyIsStaleUntilReplanned() throws Exception {
    savePlan();
    assertInstanceOf(
        ControlResult.Ok.class,
        emulator.control().moveCase("1000000002", CaseState.DETECTION_AND_ANALYSIS));
    emulator.control().clearCalls();

    CliProcess.Result applied = applyPlan("--format", "json");

    assertEquals(1, applied.exitCode(), applied.toString());
    assertEquals(
        List.of(),
        emulator.control().calls().stream()
            .filter(c -> "1000000002".equals(c.caseId()) && !c.operation().equals("GetCase"))
            .toList(),
        "the stale case got a call");
    JsonObject report = JsonParser.parseString(applied.out()).getAsJsonObject();
    JsonObject stale = report.getAsJsonArray("cases").get(1).getAsJsonObject();
    assertEquals("stale", stale.get("result").getAsString(), stale.toString());
    assertEquals("Submitted", stale.getAsJsonObject("planned").get("status").getAsString());
    assertEquals(
        "Detection and Analysis", stale.getAsJsonObject("live").get("status").getAsString());
    assertEquals(2, report.getAsJsonObject("summary").get("converged").getAsInt());
    assertEquals(1, report.getAsJsonObject("summary").get("stale").getAsInt());
    assertTrue(applied.err().contains("stale"), applied.toString());
    emulator.control().clearCalls();

    CliProcess.Result replanned = applyPlan("--replan");

    assertEquals(0, replanned.exitCode(), replanned.toString());
    assertTrue(
        replanned
            .out()
            .contains(
                "ransomware-build-host (1000000002): changed since the plan (planned in 'Submitted'"),
        replanned.toString());
    assertEquals(
        List.of("UpdateCaseStatus 1000000002"),
        emulator.control().calls().stream()
            .filter(c -> MOVES.contains(c.operation()))
            .map(c -> c.operation() + " " + c.caseId())
            .toList(),
        "only the re-planned step, from Detection and Analysis");
  }

  @Test
  void aPlanForAnotherEndpointOrWhoseCasesFileChangedIsRefusedWithNoCall() throws Exception {
    savePlan();
    emulator.control().clearCalls();
    try (SecurityIrEmulator other =
        SecurityIrEmulator.start(
            EmulatorOptions.defaults().withSeedFile(CliProcess.FIXTURES.resolve("seed.yaml")))) {
      CliProcess.Result elsewhere =
          cli.run(
              CliProcess.against(other.endpoint().toString(), "apply", plan.toString(), "--yes"));

      assertEquals(1, elsewhere.exitCode(), elsewhere.toString());
      assertTrue(
          elsewhere
              .err()
              .contains(
                  "endpoint: the plan read from "
                      + endpoint()
                      + ", this apply would call "
                      + other.endpoint()
                      + "; apply it with --endpoint "
                      + endpoint()),
          elsewhere.toString());
      assertEquals(List.of(), other.control().calls());
    }
    Files.writeString(cases, Files.readString(cases) + "# reviewed again\n");

    CliProcess.Result changed = applyPlan();

    assertEquals(1, changed.exitCode(), changed.toString());
    assertTrue(
        changed.err().contains("cases file: " + cases + " has changed since the plan"),
        changed.toString());
    assertEquals(List.of(), emulator.control().calls());
  }
}
