package com.pulumi.securityir.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-case {@code note:} and {@code comment:} keys of a cases file (issue 13). */
class CaseNoteAndCommentTest {

  private static final Path FILE = Path.of("cases.yaml");

  private static String entry(String... extra) {
    return "cases:\n  c:\n    caseId: \"8403556009\"\n    status: Closed\n"
        + String.join("", List.of(extra).stream().map(l -> "    " + l + "\n").toList());
  }

  private static CaseDeclaration loaded(String content) {
    CasesFileLoad load = new CasesFileLoader().load(content, FILE);
    if (load instanceof CasesFileLoad.Invalid invalid) {
      throw new AssertionError("expected a valid file, got:\n" + invalid.report());
    }
    return ((CasesFileLoad.Loaded) load).file().cases().get(0);
  }

  private static LoadProblem onlyProblem(String content) {
    List<LoadProblem> problems =
        assertInstanceOf(CasesFileLoad.Invalid.class, new CasesFileLoader().load(content, FILE))
            .problems();
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void aLoadedFileCarriesTheSha256OfTheBytesItWasReadFrom(@TempDir Path dir) throws Exception {
    byte[] bytes = entry("note: \"café\"").getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("cases.yaml"), bytes);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

    CasesFileLoad load = new CasesFileLoader().load(file);

    assertEquals(expected, assertInstanceOf(CasesFileLoad.Loaded.class, load).sha256());
  }

  @Test
  void anEntryWithoutNoteOrCommentHasNoNoteAndIsRecorded() {
    CaseDeclaration c = loaded(entry());

    assertEquals(Optional.empty(), c.note());
    assertTrue(c.comment());
  }

  @Test
  void readsTheNoteAsWrittenAndCommentFalse() {
    CaseDeclaration c =
        loaded(entry("note: \"Contained: host isolated | ticket SEC-12\"", "comment: false"));

    assertEquals(Optional.of("Contained: host isolated | ticket SEC-12"), c.note());
    assertFalse(c.comment());
  }

  @Test
  void aBlockNoteKeepsItsLines() {
    CaseDeclaration c = loaded(entry("note: |", "  first line", "  second line"));

    assertEquals(Optional.of("first line\nsecond line\n"), c.note());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "note: \"   \"; 5:11; cases.c.note is blank",
        "note:; 5:5; cases.c.note: no value",
        "note: 42; 5:11; cases.c.note: expected text, found a number",
        "note: [a, b]; 5:11; cases.c.note: expected text, found a list",
        "comment: \"false\"; 5:14; cases.c.comment: expected true or false",
        "comment:; 5:5; cases.c.comment: no value; write true or false, or remove the key (default"
            + " true)",
      })
  void aBadNoteOrCommentIsOneProblemNamingTheFieldAndLine(
      String line, String position, String message) {
    LoadProblem problem = onlyProblem(entry(line));

    assertEquals(position, problem.line() + ":" + problem.column(), problem::format);
    assertTrue(problem.message().startsWith(message), problem::format);
  }

  @Test
  void aNoteTooLongIsRefusedWithItsLengthAndNeverQuoted() {
    String note = "secret-looking-text ".repeat(201).strip();
    LoadProblem problem = onlyProblem(entry("note: \"" + note + "\""));

    assertTrue(
        problem
            .message()
            .startsWith(
                "cases.c.note is "
                    + note.length()
                    + " characters long; shorten it to at most 4000"),
        problem::format);
    assertFalse(problem.format().contains("secret-looking-text"), problem::format);
  }
}
