package com.pulumi.securityir.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.cases.CasesFileWriter.CommentedOut;
import com.pulumi.securityir.cases.CasesFileWriter.Declared;
import com.pulumi.securityir.cases.CasesFileWriter.Entry;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The written text is read back by the real loader, never compared with the writer's own idea. */
class CasesFileWriterTest {

  private static final Path FILE = Path.of("imported.yaml");

  private final CasesFileWriter writer = new CasesFileWriter();

  private static CasesFile loaded(String text) {
    CasesFileLoad load = new CasesFileLoader().load(text, FILE);
    if (load instanceof CasesFileLoad.Invalid invalid) {
      throw new AssertionError(
          "the written file does not load:\n" + invalid.report() + "\n" + text);
    }
    return ((CasesFileLoad.Loaded) load).file();
  }

  private static CaseId id(String digits) {
    return new CaseId(digits);
  }

  private static Declared declared(String digits, LifecycleStatus status) {
    return new Declared("case-" + digits, id(digits), status, Optional.empty());
  }

  /** name, id and status of each declaration, in file order. */
  private static List<String> summary(CasesFile file) {
    return file.cases().stream()
        .map(
            c ->
                c.name() + " " + c.caseId() + " " + c.status().wireName() + " " + c.closeOnDelete())
        .toList();
  }

  @Test
  void everyDeclaredEntryLoadsBackWithItsNameIdAndStatusInOrder() {
    List<Entry> entries =
        List.of(
            new Declared(
                "case-1000000003",
                id("1000000003"),
                LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY,
                Optional.of("Self-managed case, last updated 2026-11-30T10:00:00Z")),
            declared("1000000001", LifecycleStatus.SUBMITTED),
            declared("1000000002", LifecycleStatus.DETECTION_AND_ANALYSIS),
            declared("1000000004", LifecycleStatus.POST_INCIDENT_ACTIVITIES),
            declared("00000000000000000000000000000005", LifecycleStatus.CLOSED));

    CasesFile file = loaded(writer.write(List.of("Imported for a test."), entries));

    assertEquals(
        List.of(
            "case-1000000003 1000000003 Containment, Eradication and Recovery false",
            "case-1000000001 1000000001 Submitted false",
            "case-1000000002 1000000002 Detection and Analysis false",
            "case-1000000004 1000000004 Post-incident Activities false",
            "case-00000000000000000000000000000005 00000000000000000000000000000005 Closed false"),
        summary(file));
  }

  @Test
  void statusesAndIdsAreDoubleQuotedSoCommasAndLeadingZerosSurviveEveryYamlReader() {
    String text =
        writer.write(
            List.of(),
            List.of(declared("0100000001", LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY)));

    assertTrue(text.contains("\n    caseId: \"0100000001\"\n"), text);
    assertTrue(text.contains("\n    status: \"Containment, Eradication and Recovery\"\n"), text);
  }

  @ParameterizedTest
  @EnumSource(
      value = LifecycleStatus.class,
      names = {"ACKNOWLEDGED", "READY_TO_CLOSE"})
  void aCommentedOutEntryIsLeftOutOfTheLoadAndUncommentedIsTheEntryTheLoaderRefuses(
      LifecycleStatus status) {
    String text =
        writer.write(
            List.of("header"),
            List.of(
                declared("1000000001", LifecycleStatus.SUBMITTED),
                new CommentedOut("case-1000000002", id("1000000002"), status, "set by AWS.")));

    assertEquals(List.of("case-1000000001 1000000001 Submitted false"), summary(loaded(text)));
    assertTrue(text.contains("  # case-1000000002 is commented out: set by AWS.\n"), text);

    // The entry itself is there, under the comment: removing "# " restores it, and the loader
    // then refuses its status, as it refuses any status only the service sets.
    String uncommented = text.replace("  # case-1000000002:", "  case-1000000002:");
    uncommented = uncommented.replace("  #   ", "    ");
    List<LoadProblem> problems =
        assertInstanceOf(CasesFileLoad.Invalid.class, new CasesFileLoader().load(uncommented, FILE))
            .problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .message()
            .startsWith(
                "cases.case-1000000002.status: '"
                    + status.wireName()
                    + "' is set only by the service or AWS responders and cannot be declared"),
        problems.toString());
  }

  @Test
  void withNothingDeclaredTheFileSaysEmptyCasesAndStillLoads() {
    String text =
        writer.write(
            List.of(),
            List.of(
                new CommentedOut(
                    "case-1000000002", id("1000000002"), LifecycleStatus.ACKNOWLEDGED, "why.")));

    assertEquals(List.of(), loaded(text).cases());
    assertTrue(text.startsWith("cases: {}\n"), text);

    // Following the file's own advice (remove '{}' and the '# ') with a status one may declare.
    String edited =
        text.replace("cases: {}", "cases:")
            .replace("  # case-1000000002:", "  case-1000000002:")
            .replace("  #   ", "    ")
            .replace("\"Acknowledged\"", "\"Closed\"");
    assertEquals(List.of("case-1000000002 1000000002 Closed false"), summary(loaded(edited)));
  }

  @Test
  void noEntriesAtAllIsAFileOfNoCases() {
    String text = writer.write(List.of("Nothing matched."), List.of());

    assertEquals(List.of(), loaded(text).cases());
    assertEquals("# Nothing matched.\n\ncases: {}\n", text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "Null", "true", "off", "123", "1e3", "0x1F", "1_000", "case.1"})
  void aNameYamlWouldReadAsSomethingElseIsQuotedAndLoadsAsWritten(String name) {
    String text =
        writer.write(
            List.of(),
            List.of(
                new Declared(name, id("1000000001"), LifecycleStatus.CLOSED, Optional.empty())));

    assertEquals(List.of(name + " 1000000001 Closed false"), summary(loaded(text)));
  }

  @Test
  void headerAndEntryCommentsAreWrappedCommentLines() {
    String longParagraph = "word ".repeat(80).strip();
    String text =
        writer.write(
            List.of("Short line.", "", longParagraph),
            List.of(
                new Declared(
                    "case-1000000001",
                    id("1000000001"),
                    LifecycleStatus.CLOSED,
                    Optional.of(longParagraph))));

    List<String> lines = Arrays.asList(text.split("\n"));
    String header =
        lines.stream().takeWhile(l -> !l.isEmpty()).collect(Collectors.joining("\n", "", "\n"));
    assertTrue(header.startsWith("# Short line.\n#\n# word word"), header);
    for (String line : lines) {
      assertTrue(line.length() <= CasesFileWriter.WIDTH, () -> "too long: " + line);
    }
    long entryCommentWords =
        lines.stream()
            .filter(l -> l.startsWith("    # "))
            .mapToLong(l -> l.substring(6).split(" ").length)
            .sum();
    assertEquals(80, entryCommentWords, text);
    assertEquals(List.of("case-1000000001 1000000001 Closed false"), summary(loaded(text)));
  }

  @ParameterizedTest
  @EnumSource(
      value = LifecycleStatus.class,
      names = {"ACKNOWLEDGED", "READY_TO_CLOSE"})
  void aStatusTheLoaderRefusesCannotBeDeclared(LifecycleStatus status) {
    assertThrows(IllegalArgumentException.class, () -> declared("1000000001", status));
    assertEquals(false, CasesFileWriter.declarable(status));
  }

  @Test
  void duplicateNamesOrIdsAndMultiLineCommentsAreRefused() {
    Declared one = declared("1000000001", LifecycleStatus.CLOSED);
    Declared sameId =
        new Declared("other", id("1000000001"), LifecycleStatus.CLOSED, Optional.empty());
    Declared sameName =
        new Declared("case-1000000001", id("1000000002"), LifecycleStatus.CLOSED, Optional.empty());

    assertThrows(
        IllegalArgumentException.class, () -> writer.write(List.of(), List.of(one, sameId)));
    assertThrows(
        IllegalArgumentException.class, () -> writer.write(List.of(), List.of(one, sameName)));
    assertThrows(
        IllegalArgumentException.class, () -> writer.write(List.of("two\nlines"), List.of(one)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Declared("bad name", id("1000000001"), LifecycleStatus.CLOSED, Optional.empty()));
  }
}
