package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --format json|markdown}: the document alone on stdout, the text on stderr. */
class OutputFormatsTest {

  @TempDir Path dir;

  private Path cases;
  private FakeCaseGateway gateway;

  /** Two cases take Submitted -> Detection and Analysis; one is closed; one is refused. */
  @BeforeEach
  void fourCases() throws IOException {
    cases =
        Fixtures.casesFile(
            dir,
            "\n",
            "cases:",
            "  phishing:",
            "    caseId: \"1000000001\"",
            "    status: Detection and Analysis",
            "  ransomware:",
            "    caseId: \"1000000002\"",
            "    status: Post-incident Activities",
            "  laptop:",
            "    caseId: \"1000000003\"",
            "    status: Closed",
            "  old:",
            "    caseId: \"1000000004\"",
            "    status: Detection and Analysis");
    gateway =
        new FakeCaseGateway()
            .with("1000000001", SUBMITTED)
            .with("1000000002", SUBMITTED)
            .with("1000000003", POST_INCIDENT_ACTIVITIES)
            .with("1000000004", CLOSED);
  }

  private CliRunner.Run run(String... args) {
    return CliRunner.run(FakeGatewayFactory.over(gateway), dir, args);
  }

  @Test
  void planJsonIsThePlanDocumentAloneOnStdout() {
    CliRunner.Run plan = run("plan", cases.toString(), "--format", "json");

    assertEquals(ExitCodes.ERROR, plan.exitCode(), plan.toString());
    JsonObject doc = JsonParser.parseString(plan.out()).getAsJsonObject();
    assertEquals("securityir-plan", doc.get("format").getAsString());
    JsonArray list = doc.getAsJsonArray("cases");
    assertEquals(4, list.size());
    assertEquals("change", list.get(1).getAsJsonObject().get("plan").getAsString());
    assertEquals(2, list.get(1).getAsJsonObject().getAsJsonArray("steps").size());
    JsonObject refusal = list.get(3).getAsJsonObject().getAsJsonObject("refusal");
    assertEquals("CLOSED_IS_TERMINAL", refusal.get("reason").getAsString());
    assertTrue(refusal.get("message").getAsString().contains("closed cases cannot be reopened"));
    assertTrue(
        plan.err().contains("Plan: 3 to change (4 steps), 0 unchanged, 1 refused."),
        plan.toString());
    assertTrue(plan.err().contains("securityir plan: 1 case refused"), plan.toString());
  }

  @Test
  void anUnreadableCaseIsSavedWithItsErrorKindAndMessage() {
    gateway.failingReads(
        "1000000001",
        new CaseGatewayException(
            CaseGatewayException.Kind.ACCESS_DENIED, "Access denied: GetCase"));

    CliRunner.Run plan = run("plan", cases.toString(), "--format", "json");

    JsonObject first =
        JsonParser.parseString(plan.out())
            .getAsJsonObject()
            .getAsJsonArray("cases")
            .get(0)
            .getAsJsonObject();
    assertEquals("unreadable", first.get("plan").getAsString());
    assertTrue(first.get("live").isJsonNull());
    assertEquals("ACCESS_DENIED", first.getAsJsonObject("error").get("kind").getAsString());
    assertEquals(
        "Access denied: GetCase", first.getAsJsonObject("error").get("message").getAsString());
  }

  @Test
  void planMarkdownIsAPullRequestCommentWithATableAndOneDiagramOfTheTransitionsUsed() {
    CliRunner.Run plan = run("plan", cases.toString(), "--format", "markdown");

    String md = plan.out();
    assertTrue(
        md.startsWith("### securityir plan: 3 to change (4 steps), 0 unchanged, 1 refused\n"), md);
    assertTrue(
        md.contains("| Case | Id | Live | Declared | Path or refusal |\n|---|---|---|---|---|\n"),
        md);
    assertTrue(
        md.contains(
            "| ransomware | 1000000002 | Submitted | Post-incident Activities | Submitted -> Detection"
                + " and Analysis (UpdateCaseStatus), Detection and Analysis -> Post-incident"
                + " Activities (UpdateCaseStatus) |\n"),
        md);
    assertTrue(md.contains("| old | 1000000004 | Closed | Detection and Analysis | refused: "), md);
    assertEquals(1, md.split("```mermaid", -1).length - 1, md);
    assertTrue(
        md.contains(
            "    state \"Containment, Eradication and Recovery\" as CONTAINMENT_ERADICATION_AND_RECOVERY\n"),
        md);
    assertTrue(md.contains("    SUBMITTED --> DETECTION_AND_ANALYSIS : 2 cases\n"), md);
    assertTrue(
        md.contains("    DETECTION_AND_ANALYSIS --> POST_INCIDENT_ACTIVITIES : 1 case\n"), md);
    assertTrue(md.contains("    POST_INCIDENT_ACTIVITIES --> CLOSED : 1 case\n"), md);
    assertFalse(md.contains("Plan:"), "the text plan reached stdout");
    assertTrue(plan.err().contains("Plan: 3 to change"), plan.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "plain => plain",
        "a|b => a\\|b",
        "line one\\nline two => line one<br>line two",
        "crlf\\r\\nend => crlf<br>end",
        "<script>& => &lt;script>&amp;",
        "*bold* _em_ `code` [link] => \\*bold\\* \\_em\\_ \\`code\\` \\[link\\]",
        "a -> b => a -> b",
      })
  void aTableCellCannotBreakTheTable(String text, String cell) {
    assertEquals(cell, MarkdownPlan.cell(text.replace("\\n", "\n").replace("\\r", "\r")));
  }

  @Test
  void applyJsonSaysWhereEveryCaseStandsAndTheCommentResult() {
    gateway.failingComments(
        "1000000003",
        new CaseGatewayException(
            CaseGatewayException.Kind.THROTTLED, "Throttled: CreateCaseComment"));

    CliRunner.Run apply =
        run("apply", cases.toString(), "--format", "json", "--yes", "--note", "INC-7");

    assertEquals(ExitCodes.ERROR, apply.exitCode(), apply.toString());
    JsonObject doc = JsonParser.parseString(apply.out()).getAsJsonObject();
    assertEquals("securityir-apply", doc.get("format").getAsString());
    assertEquals(
        JsonParser.parseString(
            """
            {"cases": 4, "converged": 3, "unchanged": 0, "refused": 1, "failed": 0, "stale": 0,
             "commentWarnings": 1, "exitCode": 1}
            """),
        doc.get("summary"));
    JsonArray list = doc.getAsJsonArray("cases");
    JsonObject ransomware = list.get(1).getAsJsonObject();
    assertEquals("converged", ransomware.get("result").getAsString());
    assertEquals("Post-incident Activities", ransomware.get("reached").getAsString());
    assertEquals(2, ransomware.getAsJsonArray("applied").size());
    assertEquals("posted", ransomware.getAsJsonObject("caseComment").get("result").getAsString());
    JsonObject laptop = list.get(2).getAsJsonObject();
    assertEquals("failed", laptop.getAsJsonObject("caseComment").get("result").getAsString());
    assertTrue(
        laptop.getAsJsonObject("caseComment").get("warning").getAsString().contains("Throttled"));
    assertEquals("refused", list.get(3).getAsJsonObject().get("result").getAsString());
    assertTrue(apply.err().contains("Where each case stands:"), "the report is not on stderr");
    assertEquals(CLOSED, gateway.statusOf("1000000003"));
  }

  @Test
  void applyJsonWithNothingToApplyStillReportsEveryCase() {
    gateway.with("1000000001", DETECTION_AND_ANALYSIS);
    gateway.with("1000000002", POST_INCIDENT_ACTIVITIES);
    gateway.with("1000000003", CLOSED);

    CliRunner.Run apply = run("apply", cases.toString(), "--format", "json");

    JsonObject doc = JsonParser.parseString(apply.out()).getAsJsonObject();
    assertEquals(
        List.of("unchanged", "unchanged", "unchanged", "refused"),
        doc.getAsJsonArray("cases").asList().stream()
            .map(c -> c.getAsJsonObject().get("result").getAsString())
            .toList());
    assertEquals(List.of(), gateway.mutatingCalls());
  }

  @ParameterizedTest
  @CsvSource({"plan, yaml, 'text', 'json', 'markdown'", "apply, markdown, 'text', 'json'"})
  void anUnknownFormatIsOneProblemListingTheChoices(String command, String format) {
    CliRunner.Run run = run(command, cases.toString(), "--format", format);

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(
        run.err().contains("--format '" + format + "': use one of 'text', 'json'"), run.toString());
    assertEquals(List.of(), gateway.calls());
  }
}
