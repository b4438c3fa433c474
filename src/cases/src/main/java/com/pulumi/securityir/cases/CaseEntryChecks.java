package com.pulumi.securityir.cases;

import static com.pulumi.securityir.core.resource.CaseStatusResource.CASE_ID;
import static com.pulumi.securityir.core.resource.CaseStatusResource.CLOSE_ON_DELETE;
import static com.pulumi.securityir.core.resource.CaseStatusResource.COMMENT;
import static com.pulumi.securityir.core.resource.CaseStatusResource.NOTE;
import static com.pulumi.securityir.core.resource.CaseStatusResource.STATUS;

import com.pulumi.securityir.cases.YamlNodes.Entry;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.record.ChangeRecord;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.core.text.OneLine;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The checks of one case entry ({@code name: {caseId, status, closeOnDelete, note, comment}}), and
 * that no case id is declared twice across the file. The keys are the CaseStatus resource's inputs
 * ({@link CaseStatusResource#DESCRIPTOR}), so a case in cases.yaml is written as a program declares
 * one. Collects into the load's problems; single use, not thread-safe.
 */
final class CaseEntryChecks {

  /** The keys of a case, in the order messages list them. */
  private static final List<String> CASE_KEYS = CaseStatusResource.DESCRIPTOR.inputNames();

  /** Keys people plausibly write for ours, mapped to the key meant. */
  private static final Map<String, String> CASE_KEY_SYNONYMS =
      Map.of(
          "id", CASE_ID,
          "case", CASE_ID,
          "desiredStatus", STATUS,
          "targetStatus", STATUS,
          "state", STATUS,
          "closeOnDestroy", CLOSE_ON_DELETE,
          "closeOnRemove", CLOSE_ON_DELETE);

  private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9_]*");

  /** Longer than any spelling of a status; longer text is not echoed whole into a message. */
  private static final int MAX_STATUS_LENGTH = 80;

  /** YAML 1.1 reads these as booleans; they are refused so a file means the same to every tool. */
  private static final Set<String> PLAIN_BOOLEANS =
      Set.of("true", "True", "TRUE", "false", "False", "FALSE");

  private static final String ID_EXAMPLE = "e.g. " + CASE_ID + ": \"8403556009\"";

  private final YamlNodes nodes;
  private final Problems problems;
  private final Map<String, Located> namesById = new HashMap<>();

  CaseEntryChecks(YamlNodes nodes) {
    this.nodes = nodes;
    this.problems = nodes.problems();
  }

  /** The declaration of a valid entry; for an invalid one, its problems are reported instead. */
  Optional<CaseDeclaration> declaration(Entry entry) {
    String name = entry.name();
    String path = "cases." + OneLine.input(name);
    boolean nameValid = CasesFileLoader.isValidResourceName(name);
    if (!nameValid) {
      problems.add(
          entry.key().getStartMark(),
          "case name '"
              + OneLine.input(name)
              + "' is not a valid resource name; use 1 to 100 letters, digits, '-', '_' or"
              + " '.', starting with a letter or digit, e.g. 'phishing-2026-11'");
    }
    Node settings = entry.value();
    if (YamlNodes.isNull(settings)) {
      problems.add(
          entry.key().getStartMark(),
          path
              + ": no settings; add '"
              + CASE_ID
              + "' and '"
              + STATUS
              + "' indented below the case name");
      return Optional.empty();
    }
    if (!(settings instanceof MappingNode mapping)) {
      problems.add(
          settings.getStartMark(),
          path
              + ": expected the settings "
              + CASE_ID
              + ", "
              + STATUS
              + " and optionally "
              + CLOSE_ON_DELETE
              + ", found "
              + YamlNodes.describe(settings)
              + "; put each setting on its own line, indented below the case name");
      return Optional.empty();
    }
    Map<String, Entry> keys = nodes.uniqueEntries(mapping, "key of " + path);
    for (Entry key : keys.values()) {
      if (!CASE_KEYS.contains(key.name())) {
        nodes.unknownKey(key, path, CASE_KEYS, CASE_KEY_SYNONYMS);
      }
    }
    Optional<CaseId> caseId = caseId(path, entry, keys.get(CASE_ID));
    Optional<LifecycleStatus> status = status(path, entry, keys.get(STATUS));
    Optional<Boolean> closeOnDelete = flag(path, keys.get(CLOSE_ON_DELETE), false);
    Optional<Optional<String>> note = note(path, keys.get(NOTE));
    Optional<Boolean> comment = flag(path, keys.get(COMMENT), true);
    caseId.ifPresent(id -> checkUniqueId(path, name, id, keys.get(CASE_ID)));
    if (nameValid
        && caseId.isPresent()
        && status.isPresent()
        && closeOnDelete.isPresent()
        && note.isPresent()
        && comment.isPresent()) {
      return Optional.of(
          new CaseDeclaration(
              name,
              caseId.get(),
              status.get(),
              closeOnDelete.get(),
              note.get(),
              comment.get(),
              entry.key().getStartMark().getLine() + 1));
    }
    return Optional.empty();
  }

  private Optional<CaseId> caseId(String path, Entry caseEntry, Entry key) {
    if (key == null) {
      problems.add(
          caseEntry.key().getStartMark(),
          path + ": missing '" + CASE_ID + "'; add the case's numeric id in quotes, " + ID_EXAMPLE);
      return Optional.empty();
    }
    Node value = key.value();
    String where = path + "." + CASE_ID;
    if (nodes.isForeignTagged(value)) {
      return Optional.empty();
    }
    if (YamlNodes.isNull(value)) {
      problems.add(
          key.key().getStartMark(),
          where + ": no value; write the case's numeric id in quotes, " + ID_EXAMPLE);
      return Optional.empty();
    }
    if (!(value instanceof ScalarNode scalar)) {
      problems.add(
          value.getStartMark(),
          where
              + ": expected a quoted case id, found "
              + YamlNodes.describe(value)
              + "; "
              + ID_EXAMPLE);
      return Optional.empty();
    }
    // Unquoted digits are a number to most YAML tools (SnakeYAML reads 0403556009 as text,
    // YAML 1.2 as 403556009), so only a quoted id means the same everywhere.
    if (scalar.getTag().equals(Tag.INT)
        || scalar.getTag().equals(Tag.FLOAT)
        || (scalar.isPlain() && NUMBER_LIKE.matcher(scalar.getValue()).matches())) {
      problems.add(
          value.getStartMark(),
          where
              + ": "
              + OneLine.input(scalar.getValue())
              + " is read by YAML as a number, which drops leading zeros or reads them as"
              + " octal; quote it: "
              + CASE_ID
              + ": \""
              + OneLine.input(scalar.getValue())
              + "\"");
      return Optional.empty();
    }
    if (!scalar.getTag().equals(Tag.STR)) {
      problems.add(
          value.getStartMark(),
          where
              + ": expected a quoted case id, found "
              + YamlNodes.describe(value)
              + "; "
              + ID_EXAMPLE);
      return Optional.empty();
    }
    Parsed<CaseId> parsed = CaseId.parse(scalar.getValue());
    if (parsed instanceof Parsed.Failure<CaseId> failure) {
      problems.add(value.getStartMark(), where + ": " + failure.reason());
      return Optional.empty();
    }
    return Optional.of(parsed.orElseThrow());
  }

  private Optional<LifecycleStatus> status(String path, Entry caseEntry, Entry key) {
    if (key == null) {
      problems.add(
          caseEntry.key().getStartMark(),
          path
              + ": missing '"
              + STATUS
              + "'; add the status the case should be in, one of "
              + LifecycleStatus.quotedWireNames());
      return Optional.empty();
    }
    Node value = key.value();
    String where = path + "." + STATUS;
    if (nodes.isForeignTagged(value)) {
      return Optional.empty();
    }
    if (YamlNodes.isNull(value)) {
      problems.add(
          key.key().getStartMark(),
          where + ": no value; write one of " + LifecycleStatus.quotedWireNames());
      return Optional.empty();
    }
    if (!(value instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
      problems.add(
          value.getStartMark(),
          where
              + ": expected a status name, found "
              + YamlNodes.describe(value)
              + "; write one of "
              + LifecycleStatus.quotedWireNames());
      return Optional.empty();
    }
    if (scalar.getValue().length() > MAX_STATUS_LENGTH) {
      problems.add(
          value.getStartMark(),
          where
              + ": '"
              + OneLine.input(scalar.getValue())
              + "' is too long to be a status; write one of "
              + LifecycleStatus.quotedWireNames());
      return Optional.empty();
    }
    Parsed<LifecycleStatus> parsed = LifecycleStatus.parseDeclared(scalar.getValue());
    if (parsed instanceof Parsed.Failure<LifecycleStatus> failure) {
      problems.add(value.getStartMark(), where + ": " + failure.reason());
      return Optional.empty();
    }
    return Optional.of(parsed.orElseThrow());
  }

  /** A true/false setting; {@code absent} when the key is left out. */
  private Optional<Boolean> flag(String path, Entry key, boolean absent) {
    if (key == null) {
      return Optional.of(absent);
    }
    Node value = key.value();
    String where = path + "." + key.name();
    if (nodes.isForeignTagged(value)) {
      return Optional.empty();
    }
    if (YamlNodes.isNull(value)) {
      problems.add(
          key.key().getStartMark(),
          where + ": no value; write true or false, or remove the key (default " + absent + ")");
      return Optional.empty();
    }
    if (value instanceof ScalarNode scalar
        && scalar.getTag().equals(Tag.BOOL)
        && PLAIN_BOOLEANS.contains(scalar.getValue())) {
      return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT)));
    }
    String found =
        value instanceof ScalarNode scalar
            ? "'"
                + OneLine.input(scalar.getValue())
                + "'"
                + (scalar.getTag().equals(Tag.STR) && !scalar.isPlain() ? " (quoted text)" : "")
            : YamlNodes.describe(value);
    problems.add(
        value.getStartMark(),
        where
            + ": expected true or false, found "
            + found
            + "; write true or false without quotes");
    return Optional.empty();
  }

  /**
   * The optional note: text of 1 to {@value ChangeRecord#MAX_NOTE_LENGTH} characters. A problem
   * names the field and the line but never quotes the note, which ends up in a sensitive comment.
   */
  private Optional<Optional<String>> note(String path, Entry key) {
    if (key == null) {
      return Optional.of(Optional.empty());
    }
    Node value = key.value();
    String where = path + "." + NOTE;
    if (nodes.isForeignTagged(value)) {
      return Optional.empty();
    }
    if (YamlNodes.isNull(value)) {
      problems.add(
          key.key().getStartMark(),
          where + ": no value; write why the case is declared so, or remove the key");
      return Optional.empty();
    }
    if (!(value instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
      problems.add(
          value.getStartMark(),
          where
              + ": expected text, found "
              + (value instanceof ScalarNode ? "a " + kind(value) : YamlNodes.describe(value))
              + "; quote it, e.g. note: \"Contained: host isolated\"");
      return Optional.empty();
    }
    Optional<String> problem = ChangeRecord.noteProblem(scalar.getValue());
    if (problem.isPresent()) {
      problems.add(value.getStartMark(), where + " " + problem.get());
      return Optional.empty();
    }
    return Optional.of(Optional.of(scalar.getValue()));
  }

  /** How a non-text scalar is named without quoting it: {@code number}, {@code boolean}. */
  private static String kind(Node value) {
    Tag tag = value.getTag();
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "number";
    }
    return tag.equals(Tag.BOOL) ? "boolean" : "value that is not text";
  }

  private void checkUniqueId(String path, String name, CaseId id, Entry key) {
    Located first =
        namesById.putIfAbsent(
            id.value(), new Located(name, key.key().getStartMark().getLine() + 1));
    if (first != null) {
      problems.add(
          key.value().getStartMark(),
          path
              + "."
              + CASE_ID
              + ": case id '"
              + id
              + "' is already declared by case '"
              + OneLine.input(first.name())
              + "' (line "
              + first.line()
              + "); a case can have only one declared status: remove one of the entries");
    }
  }

  private record Located(String name, int line) {}
}
