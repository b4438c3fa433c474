package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a plan file back: what it holds, and every way it can be unusable. */
class PlanFileReaderTest {

  private static final Instant READ_AT = Instant.parse("2026-03-04T05:06:07.089Z");

  @TempDir Path dir;

  private static CaseDeclaration declare(String name, String id, LifecycleStatus status, int line) {
    return new CaseDeclaration(
        name, new CaseId(id), status, false, Optional.of("why " + name), true, line);
  }

  private static CaseSnapshot live(String id, LifecycleStatus status) {
    return new CaseSnapshot(
        new CaseId(id), status, ResolverType.SELF, "t", "a", Optional.of(READ_AT));
  }

  /** A change, an unchanged case, a refusal and an unreadable case. */
  private static CasesPlan fourKinds() {
    CaseDeclaration change = declare("change", "1000000001", DETECTION_AND_ANALYSIS, 2);
    CaseDeclaration same = declare("same", "1000000002", SUBMITTED, 5);
    CaseDeclaration refused = declare("refused", "1000000003", SUBMITTED, 8);
    CaseDeclaration unreadable = declare("unreadable", "1000000004", CLOSED, 11);
    return new CasesPlan(
        Fixtures.file(),
        List.of(
            new PlannedCase.Change(
                change,
                live("1000000001", SUBMITTED),
                (Plan.Path)
                    Fixtures.PLANNER.plan(SUBMITTED, DETECTION_AND_ANALYSIS, ResolverType.SELF)),
            new PlannedCase.Unchanged(same, live("1000000002", SUBMITTED)),
            new PlannedCase.Refused(
                refused,
                live("1000000003", CLOSED),
                (Plan.Refusal) Fixtures.PLANNER.plan(CLOSED, SUBMITTED, ResolverType.SELF)),
            new PlannedCase.Unreadable(
                unreadable,
                new CaseGatewayException(
                    CaseGatewayException.Kind.CASE_NOT_FOUND, "no such case"))));
  }

  private Path written(String json) throws IOException {
    return Files.writeString(dir.resolve("plan.json"), json);
  }

  private static String json() {
    TransitionGraph graph = TransitionGraph.of(GraphVariant.DOCUMENTED);
    return PlanFile.json(
        new PlanFile.Header(
            "cases.yaml",
            "ab".repeat(32),
            "https://security-ir.example",
            "eu-west-1",
            graph.variant(),
            graph.fingerprint(),
            "9.9.9",
            Instant.parse("2026-03-04T05:07:00Z")),
        fourKinds());
  }

  @Test
  void aWrittenPlanReadsBackCaseForCase() throws IOException {
    SavedPlan saved =
        assertInstanceOf(SavedPlan.Reading.Read.class, PlanFileReader.read(written(json()))).plan();

    assertEquals("eu-west-1", saved.header().region());
    assertEquals("9.9.9", saved.header().toolVersion());
    List<PlannedCase> expected = fourKinds().cases();
    List<PlannedCase> read = saved.plan().cases();
    for (int i = 0; i < 3; i++) {
      assertEquals(expected.get(i).declaration(), read.get(i).declaration());
      assertEquals(expected.get(i).getClass(), read.get(i).getClass());
    }
    assertEquals(
        ((PlannedCase.Change) expected.get(0)).path(), ((PlannedCase.Change) read.get(0)).path());
    CaseSnapshot snapshot = ((PlannedCase.Change) read.get(0)).actual();
    assertEquals(
        List.of(SUBMITTED, ResolverType.SELF, Optional.of(READ_AT), ""),
        List.of(
            snapshot.status(), snapshot.resolverType(), snapshot.lastUpdated(), snapshot.title()));
    PlannedCase.Unreadable unreadable = (PlannedCase.Unreadable) read.get(3);
    assertEquals(CaseGatewayException.Kind.CASE_NOT_FOUND, unreadable.error().kind());
    assertEquals("no such case", unreadable.error().getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cases:\n  a:\n    caseId: \"1000000001\"\n    status: Closed\n",
        "{cases: {a: {caseId: \"1000000001\", status: Closed}}}",
        "{\"format\": \"something-else\", \"formatVersion\": 1}",
        "[1, 2]",
        "",
      })
  void anythingButAJsonObjectOfThePlanFormatIsNotAPlan(String content) throws IOException {
    assertInstanceOf(SavedPlan.Reading.NotAPlan.class, PlanFileReader.read(written(content)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "\"region\": \"eu-west-1\", => \"region\": 7, => region: expected text",
        "\"endpoint\": \"https://security-ir.example\", => '' => endpoint: missing",
        "\"region\": \"eu-west-1\", => \"region\": \"eu-west-1\",, => is a securityir plan but not valid JSON",
        "\"caseId\": \"1000000001\" => \"caseId\": \"1\" => cases[0].caseId: invalid case id '1'",
        "\"status\": \"Closed\" => \"status\": \"Shut\" => cases[2].live.status: 'Shut' is not a"
            + " status",
        "\"line\": 5 => \"line\": 0 => cases[1].line: must be 1 or more",
        "\"kind\": \"CASE_NOT_FOUND\" => \"kind\": \"GONE\" => unknown kind 'GONE'",
        "\"variant\": \"documented\" => \"variant\": \"sideways\" => transitionGraph.variant: unknown"
            + " transition graph 'sideways'",
        "\"createdAt\": \"2026-03-04T05:07:00Z\" => \"createdAt\": \"yesterday\" => createdAt:"
            + " 'yesterday' is not a time",
        "\"plan\": \"unchanged\" => \"plan\": \"change\" => cases[1] (same): the saved plan is not"
            + " what securityir plans",
      })
  void everyBadFieldIsAProblemNamingItsPath(String from, String to, String problem)
      throws IOException {
    String json = json();
    assertTrue(json.contains(from), "fixture lacks " + from);

    SavedPlan.Reading reading =
        PlanFileReader.read(
            written(json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))));

    List<String> problems = assertInstanceOf(SavedPlan.Reading.Unusable.class, reading).problems();
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.startsWith(dir.resolve("plan.json") + ": ") && p.contains(problem)),
        problems.toString());
  }

  @Test
  void aBadNoteIsNamedButNeverQuoted() throws IOException {
    String json = json().replace("\"why change\"", "\"" + "confidential ".repeat(400) + "\"");

    List<String> problems =
        assertInstanceOf(SavedPlan.Reading.Unusable.class, PlanFileReader.read(written(json)))
            .problems();

    assertTrue(
        problems.get(0).contains("cases[0].note is 5200 characters long"), problems.toString());
    assertFalse(problems.toString().contains("confidential"), problems.toString());
  }
}
