package com.pulumi.securityir.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.testing.Generated;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cases.yaml loader fed 10,000 generated documents: mutations of a valid file (lines dropped,
 * duplicated, re-indented, spliced with YAML syntax), hostile constructs (aliases, alias bombs,
 * Java tags, deep nesting, huge scalars) and random bytes. Whatever the input, no exception
 * escapes, and the result is Loaded with valid cases or Invalid with positioned, one-line problems.
 */
class CasesFileLoaderFuzzTest {

  private static final Path FILE = Path.of("cases.yaml");
  private static final List<String> VALID =
      List.of(
          "cases:",
          "  phishing-2026-11:",
          "    caseId: \"8403556009\"",
          "    status: Containment, Eradication and Recovery",
          "    closeOnDelete: true",
          "  ransomware:",
          "    caseId: '1234567890123'",
          "    status: closed");
  private static final List<String> SPLICES =
      List.of(
          "&a [x, y]",
          "*a",
          "!!java.lang.Runtime",
          "!!python/object:os.system",
          "{",
          "}",
          "[",
          "]",
          ": :",
          "\t",
          "- ",
          "? ",
          "|",
          ">",
          "---",
          "...",
          "%YAML 1.1",
          "<<: *a",
          "'",
          "\"",
          "8403556009",
          "84_035_560",
          "0x1F",
          "yes",
          "~",
          "null",
          "caseId:",
          "status:",
          "cases:",
          "\u0000",
          "\uFEFF",
          "\u2028",
          "🙂",
          "../../etc",
          "Detection and Analysis");

  @Test
  void everyDocumentLoadsOrIsRefusedWithPositionsAndNoException() {
    Generated.check(10_000, CasesFileLoaderFuzzTest::document, CasesFileLoaderFuzzTest::check);
  }

  private static void check(String yaml) {
    CasesFileLoad load = new CasesFileLoader().load(yaml, FILE);
    int lines = (int) yaml.lines().count() + 2;
    if (load instanceof CasesFileLoad.Loaded loaded) {
      for (CaseDeclaration declared : loaded.file().cases()) {
        assertTrue(declared.toString() != null);
      }
    } else {
      List<LoadProblem> problems = ((CasesFileLoad.Invalid) load).problems();
      assertFalse(problems.isEmpty(), "Invalid must say why");
      for (LoadProblem problem : problems) {
        assertTrue(
            problem.line() <= lines,
            () -> "line " + problem.line() + " beyond the document: " + problem);
        assertFalse(problem.message().isBlank());
        assertFalse(
            problem.message().contains("\n"), () -> "problem over lines: " + problem.message());
        assertFalse(
            problem.message().contains("Exception"),
            () -> "internals in a problem: " + problem.message());
      }
    }
  }

  private static String document(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> bomb(random);
      case 1 -> nested(random);
      case 2 -> randomText(random);
      case 3 ->
          "cases:\n  big:\n    caseId: \""
              + "9".repeat(random.nextInt(100_000))
              + "\"\n    status: "
              + "x".repeat(random.nextInt(100_000))
              + "\n";
      default -> mutated(random);
    };
  }

  private static String mutated(Random random) {
    List<String> lines = new ArrayList<>(VALID);
    for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(6)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        case 2 -> lines.set(at, " ".repeat(random.nextInt(7)) + lines.get(at).strip());
        case 3 -> lines.set(at, lines.get(at) + " " + SPLICES.get(random.nextInt(SPLICES.size())));
        case 4 -> {
          String line = lines.get(at);
          int cut = random.nextInt(line.length() + 1);
          lines.set(
              at,
              line.substring(0, cut)
                  + SPLICES.get(random.nextInt(SPLICES.size()))
                  + line.substring(cut));
        }
        default -> lines.add(at, SPLICES.get(random.nextInt(SPLICES.size())));
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join(random.nextInt(5) == 0 ? "\r\n" : "\n", lines)
        + (random.nextBoolean() ? "\n" : "");
  }

  private static String bomb(Random random) {
    StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\"]\n");
    int levels = 1 + random.nextInt(9);
    for (int i = 1; i <= levels; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    return yaml.append("cases: *a").append(levels).append('\n').toString();
  }

  private static String nested(Random random) {
    int depth = 1 + random.nextInt(random.nextBoolean() ? 50 : 5000);
    return random.nextBoolean()
        ? "cases: " + "[".repeat(depth) + "]".repeat(depth) + "\n"
        : "cases: " + "{a: ".repeat(depth) + "b" + "}".repeat(depth) + "\n";
  }

  private static String randomText(Random random) {
    String alphabet = " :-\n\t[]{}&*!|>'\"#abc0123456789";
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(400); i > 0; i--) {
      text.appendCodePoint(
          random.nextInt(4) == 0
              ? random.nextInt(0x3000)
              : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
