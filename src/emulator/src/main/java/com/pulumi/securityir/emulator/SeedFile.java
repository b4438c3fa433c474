package com.pulumi.securityir.emulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a seed file: a YAML list of cases, each a map with {@code title}, {@code status}, {@code
 * resolverType} and optionally {@code caseId}, {@code description}, {@code engagementType}. Only
 * plain YAML types are constructed (SafeConstructor), so a seed file cannot instantiate classes.
 */
final class SeedFile {

  /** The seeds, or the problems found (each naming the entry, the field and the fix). */
  record Result(List<SeedCase> seeds, List<String> problems) {}

  private SeedFile() {}

  static Result read(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    Object doc;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      doc = new Yaml(new SafeConstructor(options)).load(r);
    } catch (IOException e) {
      return new Result(
          List.of(), List.of("Seed file " + file + " cannot be read: " + e.getMessage()));
    } catch (YAMLException e) {
      return new Result(
          List.of(),
          List.of(
              "Seed file "
                  + file
                  + " is not valid YAML: "
                  + e.getMessage().lines().findFirst().orElse("")));
    }
    if (doc == null) {
      return new Result(List.of(), List.of());
    }
    if (!(doc instanceof List<?> list)) {
      return new Result(
          List.of(),
          List.of(
              "Seed file "
                  + file
                  + " must be a YAML list of cases, e.g.\n"
                  + "- {title: Phishing, status: Detection and Analysis, resolverType: Self}"));
    }
    List<SeedCase> seeds = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "seed file " + file.getFileName() + " entry " + (i + 1);
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        problems.add(where + ": must be a map with title, status and resolverType");
        continue;
      }
      for (Object k : m.keySet()) {
        if (!SeedValidation.FIELDS.contains(String.valueOf(k))) {
          problems.add(
              where + ": unknown field '" + k + "'; known fields are " + SeedValidation.FIELDS);
        }
      }
      String caseId = text(m.get("caseId"));
      String status = text(m.get("status"));
      String resolver = text(m.get("resolverType"));
      CaseState state = status == null ? null : CaseState.fromWire(status).orElse(null);
      Resolver r = resolver == null ? null : Resolver.fromWire(resolver).orElse(null);
      if (status != null && state == null) {
        problems.add(where + ": status '" + status + "' must be one of " + CaseState.wireValues());
      }
      if (resolver != null && r == null) {
        problems.add(
            where + ": resolverType '" + resolver + "' must be one of " + Resolver.wireValues());
      }
      seeds.add(
          new SeedCase(
              caseId,
              text(m.get("title")),
              state,
              r,
              text(m.get("description")),
              text(m.get("engagementType"))));
      if (status == null) {
        problems.add(where + ": status is required, one of " + CaseState.wireValues());
      }
      if (resolver == null) {
        problems.add(where + ": resolverType is required, one of " + Resolver.wireValues());
      }
    }
    return new Result(seeds, problems);
  }

  private static String text(Object o) {
    return o == null ? null : String.valueOf(o);
  }
}
