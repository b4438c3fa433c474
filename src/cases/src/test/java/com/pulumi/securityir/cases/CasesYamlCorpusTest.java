package com.pulumi.securityir.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases.yaml part of the bad input corpus (src/test/resources/bad-input/cases-yaml/): each
 * document is Invalid, with a problem at the expected line naming the field and the fix. The loader
 * has no gateway, so no document can cause an API call.
 */
class CasesYamlCorpusTest {

  static Stream<Arguments> corpus() throws Exception {
    Path dir = Path.of(CasesYamlCorpusTest.class.getResource("/bad-input/cases-yaml").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      return sorted.stream().map(p -> Arguments.of(p.getFileName().toString(), parse(p)));
    }
  }

  private static JsonObject parse(Path p) {
    try {
      return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void badCasesFileIsRefusedAtItsLineNamingTheFieldAndTheFix(String name, JsonObject entry) {
    CasesFileLoad load =
        new CasesFileLoader().load(entry.get("yaml").getAsString(), Path.of("cases.yaml"));
    List<LoadProblem> problems =
        assertInstanceOf(CasesFileLoad.Invalid.class, load, name).problems();
    String field = entry.get("field").getAsString();
    String phrase = entry.get("mustContain").getAsString();
    int line = entry.get("line").getAsInt();
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.line() == line
                        && p.message().contains(field)
                        && p.message().contains(phrase)),
        () ->
            name
                + ": no problem at line "
                + line
                + " naming '"
                + field
                + "' with '"
                + phrase
                + "': "
                + problems);
    problems.forEach(
        p ->
            assertFalse(
                p.message().contains("Exception") || p.message().contains("\n"),
                () -> name + ": " + p));
  }
}
