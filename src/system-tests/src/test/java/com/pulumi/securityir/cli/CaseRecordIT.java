package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.pulumi.securityir.emulator.AwsCli;
import com.pulumi.securityir.emulator.CallRecord;
import com.pulumi.securityir.emulator.EmulatorOptions;
import com.pulumi.securityir.emulator.FaultSpec;
import com.pulumi.securityir.emulator.SecurityIrEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comment {@code bin/securityir apply} adds to each changed case, read back with the AWS CLI as
 * an independent client ({@code aws security-ir list-comments}): exactly one per applied change
 * across a retried call and a resumed run, and none from {@code plan}. Skipped when {@code aws} is
 * not on PATH.
 */
class CaseRecordIT {

  @TempDir Path temp;

  private SecurityIrEmulator emulator;
  private CliProcess cli;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(AwsCli.onPath(), "the AWS CLI (aws) is not on PATH; it reads the comments back");
    cli = new CliProcess(temp);
    emulator =
        SecurityIrEmulator.start(
            EmulatorOptions.defaults().withSeedFile(CliProcess.FIXTURES.resolve("seed.yaml")));
  }

  @AfterEach
  void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private CliProcess.Result run(String... args) throws Exception {
    return cli.run(CliProcess.against(emulator.endpoint().toString(), args));
  }

  @Test
  void oneCommentPerAppliedChangeAcrossARetriedCallAndAResumedRunAndNoneFromPlan()
      throws Exception {
    String changes = CliProcess.FIXTURES.resolve("changes.yaml").toString();
    // The close's comment lands, then its answer is lost: the gateway retries with the same token.
    emulator
        .control()
        .injectFault(FaultSpec.drop("CreateCaseComment", 1).forCase("1000000003").landing())
        .orElseThrow();
    // The two-step case stops after its first step; the next apply resumes it.
    emulator
        .control()
        .injectFault(
            FaultSpec.error("UpdateCaseStatus", "AccessDeniedException", 1)
                .forCase("1000000002")
                .after(1))
        .orElseThrow();

    CliProcess.Result plan = run("plan", changes);
    CliProcess.Result first = run("apply", changes, "--yes", "--note", "INC-42 triage");
    CliProcess.Result resumed = run("apply", changes, "--yes");

    assertEquals(2, plan.exitCode(), plan.toString());
    assertEquals(1, first.exitCode(), first.toString());
    assertEquals(0, resumed.exitCode(), resumed.toString());
    List<CallRecord> commentCalls =
        emulator.control().calls().stream()
            .filter(c -> c.operation().equals("CreateCaseComment"))
            .toList();
    assertEquals(
        List.of(0, 201),
        commentCalls.stream()
            .filter(c -> "1000000003".equals(c.caseId()))
            .map(CallRecord::status)
            .toList(),
        "the dropped comment was not retried");

    List<String> leaked = comments("1000000003");
    assertEquals(1, leaked.size(), leaked.toString());
    assertTrue(
        leaked
            .get(0)
            .startsWith(
                "Status changed by securityir from 'Post-incident Activities' to 'Closed' in 1 step:\n"
                    + "- Post-incident Activities -> Closed (CloseCase)\n"
                    + "From: securityir CLI, cases file '"
                    + changes
                    + "', entry 'leaked-access-key', git commit "
                    + gitHead()),
        leaked.get(0));
    assertTrue(leaked.get(0).endsWith("Note: INC-42 triage"), leaked.get(0));

    List<String> ransomware = comments("1000000002");
    assertEquals(2, ransomware.size(), "one per applied change: " + ransomware);
    assertTrue(
        ransomware
            .get(0)
            .startsWith(
                "Status changed by securityir from 'Submitted' to 'Detection and Analysis' in 1 step,"
                    + " then stopped short of the declared 'Containment, Eradication and Recovery'"),
        ransomware.get(0));
    assertTrue(
        ransomware
            .get(1)
            .startsWith(
                "Status changed by securityir from 'Detection and Analysis' to 'Containment,"
                    + " Eradication and Recovery' in 1 step:"),
        ransomware.get(1));
    assertEquals(1, comments("1000000001").size());
    assertEquals(List.of(), comments("1000000004"), "the unchanged case was commented");
  }

  /** The bodies of a case's comments, oldest first, as the AWS CLI reads them. */
  private List<String> comments(String caseId) throws IOException, InterruptedException {
    AwsCli.Run run =
        new AwsCli(emulator.endpoint(), temp).run("list-comments", "--case-id", caseId);
    assertEquals(0, run.exit(), run.err());
    List<String> bodies = new ArrayList<>();
    for (JsonElement item : run.json().getAsJsonArray("items")) {
      bodies.add(item.getAsJsonObject().get("body").getAsString());
    }
    return bodies;
  }

  private static String gitHead() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("git", "-C", CliProcess.FIXTURES.toString(), "rev-parse", "HEAD")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String head = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assumeTrue(p.exitValue() == 0, "the checkout is not a git work tree");
    return head;
  }
}
