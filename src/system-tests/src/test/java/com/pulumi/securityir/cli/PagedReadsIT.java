package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.emulator.CallRecord;
import com.pulumi.securityir.emulator.EmulatorOptions;
import com.pulumi.securityir.emulator.SecurityIrEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/securityir plan|apply} reading many declared cases from ListCases pages (docs/cli.md,
 * "How cases are read"), against an emulator seeded by each test; the counts come from that rule:
 * pages when ceil(n/25) is less than ceil(n/parallel), at most ceil(n/parallel) of them.
 */
class PagedReadsIT {

  @TempDir Path temp;

  private SecurityIrEmulator emulator;

  @AfterEach
  void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  /** Ids 2000000NNN, NNN from 100 + {@code first} to 100 + {@code last}. */
  private static List<String> ids(int first, int last) {
    return IntStream.rangeClosed(first, last).mapToObj(n -> "2000000" + (100 + n)).toList();
  }

  /** Starts the emulator with {@code groups} of (ids, status) seeded in this order. */
  private void seed(Object... groups) throws Exception {
    StringBuilder yaml = new StringBuilder();
    for (int g = 0; g < groups.length; g += 2) {
      @SuppressWarnings("unchecked")
      List<String> ids = (List<String>) groups[g];
      for (String id : ids) {
        yaml.append("- caseId: \"")
            .append(id)
            .append("\"\n  title: Case ")
            .append(id)
            .append("\n  status: ")
            .append(groups[g + 1])
            .append("\n  resolverType: Self\n");
      }
    }
    Path seed = Files.writeString(temp.resolve("seed.yaml"), yaml);
    emulator = SecurityIrEmulator.start(EmulatorOptions.defaults().withSeedFile(seed));
  }

  /** A cases file declaring every one of {@code ids} in {@code status}. */
  private Path casesFile(List<String> ids, String status) throws Exception {
    StringBuilder yaml = new StringBuilder("cases:\n");
    for (String id : ids) {
      yaml.append("  case-")
          .append(id)
          .append(":\n    caseId: \"")
          .append(id)
          .append("\"\n    status: ")
          .append(status)
          .append("\n");
    }
    return Files.writeString(temp.resolve("cases.yaml"), yaml);
  }

  private CliProcess.Result run(String command, Path file, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                file.toString(),
                "--endpoint",
                emulator.endpoint().toString(),
                "--region",
                "us-east-1"));
    args.addAll(List.of(extra));
    return new CliProcess(temp).run(args.toArray(String[]::new));
  }

  private List<String> operations() {
    return emulator.control().calls().stream().map(CallRecord::operation).toList();
  }

  @Test
  void planOfSixtyCasesReadsThreePagesAndNoGetCase() throws Exception {
    seed(ids(1, 60), "Submitted");

    CliProcess.Result r = run("plan", casesFile(ids(1, 60), "Submitted"));

    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("Plan: 0 to change (0 steps), 60 unchanged, 0 refused."), r.toString());
    // ceil(60/25) = 3 pages (fewer than ceil(60/8) = 8 rounds of GetCase) show every case.
    assertEquals(List.of("ListCases", "ListCases", "ListCases"), operations());
  }

  @Test
  void aDeclaredCaseThePageBudgetDidNotReachIsReadByGetCase() throws Exception {
    // 10 declared cases: 5 listed first, then 200 closed cases, then the other 5.
    seed(ids(1, 5), "Submitted", ids(100, 299), "Closed", ids(6, 10), "Submitted");
    List<String> declared = ids(1, 10);

    CliProcess.Result r = run("plan", casesFile(declared, "Detection and Analysis"));

    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("Plan: 10 to change (10 steps), 0 unchanged, 0 refused."), r.toString());
    // ceil(10/8) = 2 pages at most (50 cases, 5 of them declared), then GetCase for the rest.
    List<CallRecord> calls = emulator.control().calls();
    assertEquals(List.of("ListCases", "ListCases"), operations().subList(0, 2), calls.toString());
    assertEquals(
        ids(6, 10),
        calls.subList(2, calls.size()).stream()
            .filter(c -> c.operation().equals("GetCase"))
            .map(CallRecord::caseId)
            .sorted()
            .toList(),
        calls.toString());
    assertEquals(7, calls.size(), calls.toString());
  }

  @Test
  void applyOfSixtyCasesPlansFromPagesAndMakesOneMovePerCase() throws Exception {
    seed(ids(1, 60), "Submitted");

    CliProcess.Result r =
        run("apply", casesFile(ids(1, 60), "Detection and Analysis"), "--yes", "--no-comment");

    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("Apply: 60 converged, 0 unchanged, 0 refused, 0 failed."), r.toString());
    List<String> operations = operations();
    assertEquals(List.of("ListCases", "ListCases", "ListCases"), operations.subList(0, 3));
    assertEquals(60, operations.stream().filter("UpdateCaseStatus"::equals).count());
    assertEquals(63, operations.size(), operations.toString());
  }
}
