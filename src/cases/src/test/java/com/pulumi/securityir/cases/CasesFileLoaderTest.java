package com.pulumi.securityir.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CasesFileLoaderTest {

  private static final Path FILE = Path.of("cases.yaml");

  private final CasesFileLoader loader = new CasesFileLoader();

  private static String yaml(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private CasesFile loaded(String content) {
    CasesFileLoad load = loader.load(content, FILE);
    if (load instanceof CasesFileLoad.Invalid invalid) {
      throw new AssertionError("expected a valid file, got:\n" + invalid.report());
    }
    return ((CasesFileLoad.Loaded) load).file();
  }

  private List<LoadProblem> problems(String content) {
    return assertInstanceOf(CasesFileLoad.Invalid.class, loader.load(content, FILE)).problems();
  }

  private LoadProblem onlyProblem(String content) {
    List<LoadProblem> problems = problems(content);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  private static void assertAt(LoadProblem problem, int line, int column, String... fragments) {
    assertEquals(FILE, problem.file());
    assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem::format);
    for (String fragment : fragments) {
      assertTrue(
          problem.message().contains(fragment), () -> problem.format() + " lacks: " + fragment);
    }
  }

  @Test
  void aCaseTakesExactlyTheInputsOfTheCaseStatusResource() {
    LoadProblem problem =
        onlyProblem(
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Closed",
                "    title: secret"));
    String validKeys =
        CaseStatusResource.DESCRIPTOR.inputNames().stream()
            .map(name -> "'" + name + "'")
            .collect(Collectors.joining(", "));
    assertAt(problem, 5, 5, "cases.c: unknown key 'title'", " Valid keys: " + validKeys);
    assertTrue(problem.message().endsWith(validKeys), problem::format);
  }

  @Test
  void loadsEveryDeclarationInFileOrderWithCanonicalStatusesAndLines() {
    CasesFile file =
        loaded(
            yaml(
                "# comment",
                "cases:",
                "  phishing-2026-11:",
                "    caseId: \"8403556009\"",
                "    status: Containment, Eradication and Recovery",
                "  ransomware-drill:",
                "    caseId: '8403556010'",
                "    status: closed",
                "    closeOnDelete: true"));

    assertEquals(FILE, file.file());
    assertEquals(
        List.of(
            new CaseDeclaration(
                "phishing-2026-11",
                CaseId.parse("8403556009").orElseThrow(),
                LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY,
                false,
                3),
            new CaseDeclaration(
                "ransomware-drill",
                CaseId.parse("8403556010").orElseThrow(),
                LifecycleStatus.CLOSED,
                true,
                6)),
        file.cases());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Containment, Eradication, and Recovery",
        "\"Containment, Eradication, and Recovery\"",
        "containment,  eradication and recovery",
      })
  void acceptsHumanSpellingsOfAStatusAndCanonicalisesThem(String written) {
    CasesFile file =
        loaded(yaml("cases:", "  c:", "    caseId: \"8403556009\"", "    status: " + written));

    assertEquals(
        LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY, file.cases().get(0).status());
    assertEquals("Containment, Eradication and Recovery", file.cases().get(0).status().wireName());
  }

  @Test
  void acceptsAnExplicitlyEmptyCasesMapping() {
    assertEquals(List.of(), loaded("cases: {}\n").cases());
  }

  @Test
  void acceptsCoreTagsAndAByteOrderMark() {
    CasesFile file =
        loaded("\uFEFFcases:\n  c:\n    caseId: !!str \"8403556009\"\n    status: !!str Closed\n");

    assertEquals("8403556009", file.cases().get(0).caseId().value());
  }

  static Stream<Arguments> singleProblems() {
    return Stream.of(
        Arguments.of(
            "status only the service sets",
            yaml("cases:", "  c:", "    caseId: \"8403556009\"", "    status: ready to close"),
            4,
            13,
            new String[] {"'Ready to Close' is set only by the service", "declare one of"}),
        Arguments.of(
            "syntax error",
            yaml("cases:", "  c:", "    caseId: \"8403556009\"", "   status: Closed"),
            4,
            4,
            new String[] {"invalid YAML", "indentation"}),
        Arguments.of(
            "unterminated quote",
            yaml("cases:", "  c:", "    caseId: \"8403556009", "    status: Closed"),
            5,
            1,
            new String[] {"invalid YAML", "quoted scalar"}),
        Arguments.of(
            "duplicate key in a case",
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Closed",
                "    status: Submitted"),
            5,
            5,
            new String[] {"duplicate key of cases.c 'status'", "first declared at line 4"}),
        Arguments.of(
            "unknown key with a case typo",
            yaml(
                "cases:",
                "  c:",
                "    caseid: \"8403556009\"",
                "    caseId: \"8403556009\"",
                "    status: Closed"),
            3,
            5,
            new String[] {"cases.c: unknown key 'caseid'", "did you mean 'caseId'?"}),
        Arguments.of(
            "unknown key with a misspelling",
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Closed",
                "    closeOnDelte: true"),
            5,
            5,
            new String[] {"unknown key 'closeOnDelte'", "did you mean 'closeOnDelete'?"}),
        Arguments.of(
            "unknown key that is a synonym",
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Closed",
                "    desiredStatus: Closed"),
            5,
            5,
            new String[] {"unknown key 'desiredStatus'", "did you mean 'status'?"}),
        Arguments.of(
            "unknown top-level key",
            yaml("case:", "  c:", "    caseId: \"8403556009\"", "    status: Closed"),
            1,
            1,
            new String[] {"unknown top-level key 'case'", "did you mean 'cases'?"}),
        Arguments.of(
            "case id as a number",
            yaml("cases:", "  c:", "    caseId: 8403556009", "    status: Closed"),
            3,
            13,
            new String[] {"cases.c.caseId", "read by YAML as a number", "caseId: \"8403556009\""}),
        Arguments.of(
            "case id as an octal number",
            yaml("cases:", "  c:", "    caseId: 0403556007", "    status: Closed"),
            3,
            13,
            new String[] {"leading zeros", "octal", "caseId: \"0403556007\""}),
        Arguments.of(
            "case id as digits YAML 1.1 reads as text but YAML 1.2 as a number",
            yaml("cases:", "  c:", "    caseId: 0403556009", "    status: Closed"),
            3,
            13,
            new String[] {"read by YAML as a number", "caseId: \"0403556009\""}),
        Arguments.of(
            "case id too short",
            yaml("cases:", "  c:", "    caseId: \"12345\"", "    status: Closed"),
            3,
            13,
            new String[] {"cases.c.caseId: invalid case id '12345'", "10 to 32 digits"}),
        Arguments.of(
            "case id missing",
            yaml("cases:", "  c:", "    status: Closed"),
            2,
            3,
            new String[] {"cases.c: missing 'caseId'"}),
        Arguments.of(
            "status misspelt",
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Contaiment, Eradication and Recovery"),
            4,
            13,
            new String[] {
              "cases.c.status: unknown status 'Contaiment, Eradication and Recovery'",
              "did you mean 'Containment, Eradication and Recovery'?"
            }),
        Arguments.of(
            "status missing",
            yaml("cases:", "  c:", "    caseId: \"8403556009\""),
            2,
            3,
            new String[] {"cases.c: missing 'status'", "'Post-incident Activities'"}),
        Arguments.of(
            "status empty",
            yaml("cases:", "  c:", "    caseId: \"8403556009\"", "    status:"),
            4,
            5,
            new String[] {"cases.c.status: no value"}),
        Arguments.of(
            "close on delete as quoted text",
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Closed",
                "    closeOnDelete: \"true\""),
            5,
            20,
            new String[] {
              "cases.c.closeOnDelete: expected true or false", "(quoted text)", "without quotes"
            }),
        Arguments.of(
            "close on delete as a YAML 1.1 yes",
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Closed",
                "    closeOnDelete: yes"),
            5,
            20,
            new String[] {"expected true or false, found 'yes'"}),
        Arguments.of(
            "invalid resource name",
            yaml("cases:", "  my case!:", "    caseId: \"8403556009\"", "    status: Closed"),
            2,
            3,
            new String[] {
              "case name 'my case!' is not a valid resource name", "e.g. 'phishing-2026-11'"
            }),
        Arguments.of(
            "duplicate case name",
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Closed",
                "  c:",
                "    caseId: \"8403556010\"",
                "    status: Closed"),
            5,
            3,
            new String[] {"duplicate case name 'c': first declared at line 2", "must be unique"}),
        Arguments.of(
            "same case id under two names",
            yaml(
                "cases:",
                "  a:",
                "    caseId: \"8403556009\"",
                "    status: Closed",
                "  b:",
                "    caseId: \"8403556009\"",
                "    status: Submitted"),
            6,
            13,
            new String[] {
              "cases.b.caseId: case id '8403556009' is already declared by case 'a' (line 3)"
            }),
        Arguments.of(
            "cases given as a list",
            yaml("cases:", "  - c:", "      caseId: \"8403556009\"", "      status: Closed"),
            2,
            3,
            new String[] {"expected a mapping from case names", "remove the '- '"}),
        Arguments.of(
            "cases without entries",
            yaml("cases:"),
            1,
            1,
            new String[] {"'cases' has no entries", "cases: {}"}),
        Arguments.of(
            "missing cases key",
            yaml("other: 1"),
            1,
            1,
            new String[] {"unknown top-level key 'other'"}),
        Arguments.of(
            "top level is a list",
            yaml("- a", "- b"),
            1,
            1,
            new String[] {"top level must be a mapping with the key 'cases', found a list"}),
        Arguments.of(
            "two documents",
            yaml("cases: {}", "---", "cases: {}"),
            2,
            1,
            new String[] {"invalid YAML", "single document"}),
        Arguments.of(
            "foreign tag never constructed",
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]"),
            4,
            13,
            new String[] {"YAML tag '!!javax.script.ScriptEngineManager' is not allowed"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleProblems")
  void reportsEachKindOfMistakeWithItsPositionAndFix(
      String kind, String content, int line, int column, String[] fragments) {
    List<LoadProblem> problems = problems(content);

    assertTrue(
        problems.stream().anyMatch(p -> p.line() == line && p.column() == column),
        () -> kind + ": nothing at " + line + ":" + column + " in " + problems);
    LoadProblem problem =
        problems.stream()
            .filter(p -> p.line() == line && p.column() == column)
            .findFirst()
            .orElseThrow();
    assertAt(problem, line, column, fragments);
  }

  @Test
  void reportsEveryForeignTagButConstructsNothing() {
    // The inner tags name classes whose construction would open a URL; the composer only records
    // tags, so each is reported and none is instantiated (a constructed URLClassLoader would need
    // a listening port, and the test would hang or fail differently).
    List<LoadProblem> problems =
        problems(
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]"));

    assertEquals(
        List.of(
            "!!javax.script.ScriptEngineManager", "!!java.net.URLClassLoader", "!!java.net.URL"),
        problems.stream()
            .map(p -> p.message().replaceAll(".*YAML tag '([^']*)'.*", "$1"))
            .toList());
  }

  @Test
  void reportsAllProblemsOfAFileTogetherInFileOrder() {
    List<LoadProblem> problems =
        problems(
            yaml(
                "cases:",
                "  phishing:",
                "    caseid: \"8403556009\"",
                "    status: Post-incident Activites",
                "  drill:",
                "    caseId: 8403556010",
                "    status: Closed",
                "    closeOnDelete: maybe"));

    List<String> expectedStarts =
        List.of(
            "cases.yaml:2:3: cases.phishing: missing 'caseId'",
            "cases.yaml:3:5: cases.phishing: unknown key 'caseid'; did you mean 'caseId'?",
            "cases.yaml:4:13: cases.phishing.status: unknown status 'Post-incident Activites'; did you mean 'Post-incident Activities'?",
            "cases.yaml:6:13: cases.drill.caseId: 8403556010 is read by YAML as a number",
            "cases.yaml:8:20: cases.drill.closeOnDelete: expected true or false, found 'maybe'");
    assertEquals(expectedStarts.size(), problems.size(), problems::toString);
    for (int i = 0; i < expectedStarts.size(); i++) {
      String actual = problems.get(i).format();
      String expected = expectedStarts.get(i);
      assertTrue(actual.startsWith(expected), () -> actual + "\n  should start with " + expected);
    }
  }

  @Test
  void formatsProblemsLikeACompiler() {
    LoadProblem problem =
        onlyProblem(
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: Contaiment, Eradication and Recovery"));

    assertTrue(
        problem
            .format()
            .startsWith(
                "cases.yaml:4:13: cases.c.status: unknown status 'Contaiment, Eradication and Recovery';"
                    + " did you mean 'Containment, Eradication and Recovery'?"),
        problem::format);
    assertEquals(problem.format(), problem.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n", "# only a comment\n", "---\n", "~\n"})
  void explainsAnEmptyFile(String content) {
    assertAt(onlyProblem(content), 1, 1, "the file is empty", "cases:");
  }

  @Test
  void rejectsAnAliasBombWithoutExpandingIt() {
    StringBuilder bomb =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(p);
      }
      bomb.append("]\n");
    }
    bomb.append("cases: *i\n");

    List<LoadProblem> problems = problems(bomb.toString());

    // 8 lines of 9 aliases plus the last line's one: each is reported, up to the report's bound.
    assertEquals(Problems.MAX_REPORTED + 1, problems.size());
    assertAt(problems.get(0), 2, 8, "alias '*a' is not allowed", "write the value out in full");
    assertTrue(
        problems.get(problems.size() - 1).message().startsWith("23 more problem(s) not shown"));
  }

  @Test
  void rejectsASingleAliasAtItsPosition() {
    LoadProblem problem =
        onlyProblem(
            yaml(
                "cases:",
                "  a:",
                "    caseId: \"8403556009\"",
                "    status: &s Closed",
                "  b:",
                "    caseId: \"8403556010\"",
                "    status: *s"));

    assertAt(problem, 7, 13, "alias '*s' is not allowed");
  }

  @Test
  void rejectsDeepNestingAtTheFirstTooDeepLevel() {
    String deep = "cases: " + "[".repeat(5000) + "]".repeat(5000) + "\n";

    LoadProblem problem = onlyProblem(deep);

    assertAt(problem, 1, 8 + CasesFileLoader.MAX_DEPTH - 1, "nesting deeper than 10 levels");
  }

  @Test
  void rejectsHugeTextBeforeParsingIt() {
    String huge = "cases: {}\n" + "#".repeat(CasesFileLoader.MAX_BYTES) + "\n";

    assertAt(onlyProblem(huge), 1, 1, "the file is too large", "at most 1048576");
  }

  @Test
  void rejectsAHugeFileBeforeReadingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cases.yaml");
    Files.writeString(file, "cases: {}\n" + " ".repeat(2 * CasesFileLoader.MAX_BYTES));

    List<LoadProblem> problems =
        assertInstanceOf(CasesFileLoad.Invalid.class, loader.load(file)).problems();

    assertEquals(1, problems.size());
    assertEquals(file, problems.get(0).file());
    assertTrue(problems.get(0).message().contains("too large (" + Files.size(file) + " bytes"));
  }

  @Test
  void loadsFromAPathAndNamesThePathInProblems(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.yaml");
    Files.writeString(
        good, yaml("cases:", "  c:", "    caseId: \"8403556009\"", "    status: Closed"));
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, yaml("cases:", "  c:", "    caseId: \"8403556009\"", "    status: Opened"));

    CasesFileLoad goodLoad = loader.load(good);
    List<LoadProblem> badProblems =
        assertInstanceOf(CasesFileLoad.Invalid.class, loader.load(bad)).problems();

    assertEquals(good, assertInstanceOf(CasesFileLoad.Loaded.class, goodLoad).file().file());
    assertTrue(badProblems.get(0).format().startsWith(bad + ":4:13: cases.c.status"));
  }

  @Test
  void explainsAMissingFileWithoutAPosition(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");

    List<LoadProblem> problems =
        assertInstanceOf(CasesFileLoad.Invalid.class, loader.load(missing)).problems();

    assertEquals(List.of(new LoadProblem(missing, 0, 0, problems.get(0).message())), problems);
    assertTrue(problems.get(0).format().startsWith(missing + ": file not found"));
  }

  @Test
  void reportsInvalidUtf8AtItsPosition(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cases.yaml");
    byte[] head = "cases:\n  c:\n    status: Clo".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    Files.write(file, bytes);

    LoadProblem problem =
        assertInstanceOf(CasesFileLoad.Invalid.class, loader.load(file)).problems().get(0);

    assertEquals("3:16", problem.line() + ":" + problem.column());
    assertTrue(problem.message().contains("not valid UTF-8"));
  }

  @Test
  void quotesLongOrMultiLineValuesOnOneBoundedLine() {
    LoadProblem problem =
        onlyProblem(
            yaml(
                "cases:",
                "  c:",
                "    caseId: \"8403556009\"",
                "    status: \"" + "x".repeat(500) + "\\nmore\""));

    assertFalse(problem.format().contains("\n"));
    assertTrue(problem.message().length() < 400, problem::format);
  }

  @Test
  void acceptsEveryValidResourceNameAndRefusesOthers() {
    assertEquals(
        List.of(true, true, true, false, false, false, false),
        Stream.of("a", "phishing-2026-11", "A_b.c", "", "-lead", "has space", "x".repeat(101))
            .map(CasesFileLoader::isValidResourceName)
            .collect(Collectors.toList()));
  }
}
