package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.cases.CasesFileLoad;
import com.pulumi.securityir.cases.CasesFileLoader;
import com.pulumi.securityir.emulator.CallRecord;
import com.pulumi.securityir.emulator.CaseState;
import com.pulumi.securityir.emulator.ControlResult;
import com.pulumi.securityir.emulator.EmulatorOptions;
import com.pulumi.securityir.emulator.Resolver;
import com.pulumi.securityir.emulator.SecurityIrEmulator;
import com.pulumi.securityir.emulator.SeedCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/securityir import} as a user runs it, against an emulator holding more cases than one
 * ListCases page (25), in every status and of both resolver types, some moved there through the
 * control plane as AWS responders would. The expectations are computed here from the seeds and the
 * rules of issue 13: open cases by default, {@code --all} adds closed ones, Acknowledged and Ready
 * to Close cannot be declared.
 */
class ImportIT {

  private static final String TITLE = "Sensitive-Title-Marker";

  private static final CaseState[] OPEN_SELF_MANAGED = {
    CaseState.SUBMITTED,
    CaseState.DETECTION_AND_ANALYSIS,
    CaseState.CONTAINMENT_ERADICATION_AND_RECOVERY,
    CaseState.POST_INCIDENT_ACTIVITIES
  };

  @TempDir Path temp;

  private SecurityIrEmulator emulator;

  /** Every case seeded: id to where it is now. */
  private final Map<String, Seeded> seeded = new TreeMap<>();

  /** The case ids in the order they were seeded, which is the order ListCases lists them. */
  private final List<String> listOrder = new ArrayList<>();

  private record Seeded(CaseState status, Resolver resolver) {
    boolean declarable() {
      return status != CaseState.ACKNOWLEDGED && status != CaseState.READY_TO_CLOSE;
    }
  }

  @BeforeEach
  void startEmulatorWithMoreCasesThanAPage() throws Exception {
    emulator = SecurityIrEmulator.start(EmulatorOptions.defaults());
    int n = 0;
    // 24 open self-managed cases in every open status, listed out of id order.
    for (int i = 0; i < 24; i++) {
      seed(String.format("20000000%02d", 40 - i), OPEN_SELF_MANAGED[i % 4], Resolver.SELF, n++);
    }
    seed("2000000001", CaseState.DETECTION_AND_ANALYSIS, Resolver.AWS, n++);
    seed("2000000002", CaseState.READY_TO_CLOSE, Resolver.AWS, n++);
    seed("2000000003", CaseState.CLOSED, Resolver.SELF, n++);
    seed("2000000004", CaseState.CLOSED, Resolver.AWS, n++);
    // Moved as AWS responders and a console user would, through the control plane.
    seed("2000000005", CaseState.SUBMITTED, Resolver.AWS, n++);
    move("2000000005", CaseState.ACKNOWLEDGED);
    seed("2000000006", CaseState.POST_INCIDENT_ACTIVITIES, Resolver.SELF, n++);
    move("2000000006", CaseState.CLOSED);
    emulator.control().clearCalls();
  }

  private void seed(String caseId, CaseState status, Resolver resolver, int n) {
    assertInstanceOf(
        ControlResult.Ok.class,
        emulator.control().seedCase(SeedCase.of(caseId, TITLE + " " + n, status, resolver)));
    seeded.put(caseId, new Seeded(status, resolver));
    listOrder.add(caseId);
  }

  private void move(String caseId, CaseState status) {
    assertInstanceOf(ControlResult.Ok.class, emulator.control().moveCase(caseId, status));
    seeded.put(caseId, new Seeded(status, seeded.get(caseId).resolver()));
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private CliProcess.Result run(String... args) throws Exception {
    return new CliProcess(temp).run(CliProcess.against(emulator.endpoint().toString(), args));
  }

  /** The operations the emulator answered since the last look, and forgets them. */
  private List<String> operations() {
    List<String> operations =
        emulator.control().calls().stream().map(CallRecord::operation).toList();
    emulator.control().clearCalls();
    return operations;
  }

  /** "name id status" per entry, in file order, as the loader reads the file. */
  private static List<String> declarations(Path file) {
    CasesFileLoad load = new CasesFileLoader().load(file);
    if (load instanceof CasesFileLoad.Invalid invalid) {
      throw new AssertionError(file + " does not load:\n" + invalid.report());
    }
    return ((CasesFileLoad.Loaded) load)
        .file().cases().stream()
            .map(c -> c.name() + " " + c.caseId() + " " + c.status().wireName())
            .toList();
  }

  /** What the file should declare: the chosen cases a cases file can declare, by id. */
  private List<String> expected(boolean closedToo, Resolver onlyResolver) {
    return seeded.entrySet().stream()
        .filter(e -> closedToo || e.getValue().status() != CaseState.CLOSED)
        .filter(e -> onlyResolver == null || e.getValue().resolver() == onlyResolver)
        .filter(e -> e.getValue().declarable())
        .map(e -> "case-" + e.getKey() + " " + e.getKey() + " " + e.getValue().status().wire())
        .toList();
  }

  @Test
  void importThenPlanChangesNothingAndThePulumiFileNamesEveryCase() throws Exception {
    CliProcess.Result imported =
        run("import", "--out", "cases.yaml", "--pulumi-import", "import.json");

    assertEquals(0, imported.exitCode(), imported.toString());
    assertEquals("", imported.err());
    assertEquals(
        List.of("ListCases", "ListCases"), operations(), "30 cases are two pages of at most 25");
    List<String> declared = declarations(temp.resolve("cases.yaml"));
    assertEquals(expected(false, null), declared);
    assertEquals(25, declared.size());
    String text = Files.readString(temp.resolve("cases.yaml"));
    assertTrue(text.contains("  # case-2000000002:\n  #   caseId: \"2000000002\"\n"), text);
    assertTrue(text.contains("  # case-2000000005:\n"), text);
    assertTrue(
        imported
            .out()
            .contains(
                "Listed 30 cases on 2 pages.\n"
                    + "Left out: 3 closed cases (--all adds them).\n"
                    + "Wrote cases.yaml: 25 cases, each declared in its current status.\n"),
        imported.toString());
    assertTrue(
        imported
            .out()
            .contains(
                "\nNext: securityir plan cases.yaml --endpoint "
                    + emulator.endpoint()
                    + " --region us-east-1\n"),
        imported.toString());
    assertTrue(
        imported.out().contains("  case-2000000002 (2000000002): Ready to Close\n"),
        imported.toString());
    assertTrue(
        imported.out().contains("  case-2000000005 (2000000005): Acknowledged\n"),
        imported.toString());

    List<String> fromJson = new ArrayList<>();
    for (JsonElement e :
        JsonParser.parseString(Files.readString(temp.resolve("import.json")))
            .getAsJsonObject()
            .getAsJsonArray("resources")) {
      JsonObject resource = e.getAsJsonObject();
      assertEquals("securityir:index:CaseStatus", resource.get("type").getAsString());
      fromJson.add(resource.get("name").getAsString() + " " + resource.get("id").getAsString());
    }
    assertEquals(
        declared.stream().map(d -> String.join(" ", List.of(d.split(" ")).subList(0, 2))).toList(),
        fromJson);

    CliProcess.Result plan = run("plan", "cases.yaml");

    assertEquals(0, plan.exitCode(), plan.toString());
    assertTrue(
        plan.out().contains("Plan: 0 to change (0 steps), 25 unchanged, 0 refused."),
        plan.toString());
    // 25 cases at 8 at once: ceil(25/8) = 4 rounds of GetCase against ceil(25/25) = 1 page, so the
    // plan reads pages of 25 in the order listed, up to the one holding the last declared case.
    int lastListed =
        declared.stream().mapToInt(d -> listOrder.indexOf(d.split(" ")[1])).max().orElseThrow();
    assertEquals(Collections.nCopies(lastListed / 25 + 1, "ListCases"), operations());

    for (String output :
        List.of(
            imported.out(),
            imported.err(),
            text,
            Files.readString(temp.resolve("import.json")),
            plan.out(),
            plan.err())) {
      assertFalse(output.contains(TITLE), output);
    }
  }

  @Test
  void allAndResolverChooseTheCasesAndAnExistingFileIsNeverOverwrittenWithoutForce()
      throws Exception {
    CliProcess.Result imported = run("import", "--out", "aws.yaml", "--all", "--resolver", "aws");

    assertEquals(0, imported.exitCode(), imported.toString());
    assertEquals(expected(true, Resolver.AWS), declarations(temp.resolve("aws.yaml")));
    assertTrue(
        imported.out().contains("Left out: 26 self-managed cases (--resolver all adds them).\n"),
        imported.toString());
    String written = Files.readString(temp.resolve("aws.yaml"));
    operations();

    CliProcess.Result again = run("import", "--out", "aws.yaml");

    assertEquals(1, again.exitCode(), again.toString());
    assertEquals(
        "securityir import: --out 'aws.yaml': the file exists; pass --force to overwrite it, or"
            + " name a new file\n",
        again.err());
    assertEquals(written, Files.readString(temp.resolve("aws.yaml")));
    assertEquals(List.of(), operations(), "a refused import makes no call");
  }
}
