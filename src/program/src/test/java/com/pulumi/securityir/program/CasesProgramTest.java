package com.pulumi.securityir.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.exceptions.RunException;
import com.pulumi.securityir.RecordingMocks;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasesProgramTest {

  private static final String CASE_STATUS = "securityir:index:CaseStatus";

  private final RecordingMocks mocks = new RecordingMocks();

  @TempDir Path project;

  @AfterEach
  void cleanup() {
    PulumiTest.cleanup();
  }

  private TestResult runProgram() {
    return PulumiTest.withMocks(mocks)
        .withOptions(TestOptions.builder().projectName("securityir-cases").stackName("dev").build())
        .runTest(ctx -> CasesProgram.stack(ctx, project));
  }

  private void write(String... lines) throws IOException {
    Files.writeString(project.resolve("cases.yaml"), String.join("\n", lines) + "\n");
  }

  /** The program's failure, as the SDK's runner saw it (wrapped by the async machinery). */
  private static RunException failure(TestResult result) {
    Throwable thrown = result.exceptions().get(0);
    while (!(thrown instanceof RunException) && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    RunException failure = assertInstanceOf(RunException.class, thrown);
    // The runner reports a RunException as its message alone: what `pulumi up` shows.
    assertEquals(List.of(failure.getMessage()), result.errors());
    return failure;
  }

  @Test
  void declaresOneCaseStatusPerEntryNamedByItsKeyWithTheCanonicalStatusNoteAndComment()
      throws IOException {
    write(
        "cases:",
        "  phishing-2026-11:",
        "    caseId: \"8403556009\"",
        "    status: Containment, Eradication, and Recovery",
        "  ransomware-drill:",
        "    caseId: \"8403556010\"",
        "    status: closed",
        "    closeOnDelete: true",
        "    note: drill finished",
        "    comment: false");

    TestResult result = runProgram().throwOnError();

    List<Mocks.ResourceArgs> cases = mocks.registered(CASE_STATUS);
    assertEquals(
        List.of("phishing-2026-11", "ransomware-drill"), cases.stream().map(c -> c.name).toList());
    assertEquals(
        Map.of(
            "caseId",
            "8403556009",
            "status",
            "Containment, Eradication and Recovery",
            "closeOnDelete",
            false,
            "comment",
            true),
        cases.get(0).inputs);
    assertEquals(
        Map.of(
            "caseId",
            "8403556010",
            "status",
            "Closed",
            "closeOnDelete",
            true,
            "note",
            "drill finished",
            "comment",
            false),
        cases.get(1).inputs);
    assertEquals(
        Map.of(
            "phishing-2026-11", "Containment, Eradication and Recovery",
            "ransomware-drill", "Closed"),
        PulumiTest.extractValue(result.output(CasesProgram.STATUSES_OUTPUT, Map.class)));
  }

  @Test
  void usesTheDefaultProviderSoStackConfigConfiguresIt() throws IOException {
    write("cases:", "  a:", "    caseId: \"8403556009\"", "    status: Closed");

    runProgram().throwOnError();

    assertEquals(List.of(CASE_STATUS), mocks.registered().stream().map(r -> r.type).toList());
    String provider = mocks.registered(CASE_STATUS).get(0).provider;
    assertTrue(provider == null || provider.isEmpty(), () -> "explicit provider: " + provider);
  }

  @Test
  void failsWithEveryProblemOfAnInvalidFileAndDeclaresNothing() throws IOException {
    write(
        "cases:",
        "  a:",
        "    caseId: 8403556009",
        "    status: Contaiment, Eradication and Recovery",
        "  b:",
        "    caseid: \"8403556010\"",
        "    status: Closed");

    TestResult result = runProgram();

    assertEquals(List.of(), mocks.registered());
    RunException failure = failure(result);
    List<String> lines = failure.getMessage().lines().toList();
    assertEquals("the cases file has 4 problems; nothing was changed:", lines.get(0));
    Path file = project.resolve("cases.yaml");
    assertEquals(
        List.of(file + ":3:13:", file + ":4:13:", file + ":5:3:", file + ":6:5:"),
        lines.subList(1, lines.size()).stream()
            .map(l -> l.substring(0, l.indexOf(": ") + 1))
            .toList());
    assertTrue(lines.get(2).contains("did you mean 'Containment, Eradication and Recovery'?"));
  }

  @Test
  void failsClearlyWhenTheCasesFileIsMissing() {
    TestResult result = runProgram();

    RunException failure = failure(result);
    assertTrue(
        failure.getMessage().contains(project.resolve("cases.yaml") + ": file not found"),
        failure::getMessage);
  }

  @Test
  void resolvesTheCasesFileSettingAgainstTheProjectDirectory() {
    assertEquals(Path.of("cases.yaml"), CasesProgram.casesFile(Optional.empty(), Path.of("")));
    assertEquals(
        Path.of("teams/red.yaml"),
        CasesProgram.casesFile(Optional.of("teams/red.yaml"), Path.of("")));
    assertEquals(
        project.resolve("x.yaml"), CasesProgram.casesFile(Optional.of(" x.yaml "), project));
    assertEquals(
        Path.of("/abs/c.yaml"), CasesProgram.casesFile(Optional.of("/abs/c.yaml"), project));
  }

  @Test
  void refusesABlankCasesFileSetting() {
    RunException failure =
        assertThrows(RunException.class, () -> CasesProgram.casesFile(Optional.of("  "), project));

    assertTrue(failure.getMessage().startsWith("config casesFile is empty"), failure::getMessage);
  }
}
