package com.pulumi.securityir.cases;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.core.text.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads a {@code cases.yaml} file:
 *
 * <pre>
 * cases:
 *   phishing-2026-11:                 # resource name, unique
 *     caseId: "8403556009"
 *     status: Containment, Eradication and Recovery
 *     closeOnDelete: true             # optional, default false
 * </pre>
 *
 * <p>Safety: the YAML is only composed into a node tree (SnakeYAML's {@link Composer}); no Java
 * object is ever constructed from it, whatever tags it carries. Before parsing, the size is checked
 * ({@value #MAX_BYTES} bytes at most); during parsing, aliases and foreign tags are rejected and
 * nesting is bounded ({@value #MAX_DEPTH} levels), so a hostile file costs time and memory
 * proportional to its bounded size only.
 *
 * <p>Every problem of a file is reported, each with file, 1-based line and column, the offending
 * key or value, and the fix; a YAML syntax error ends parsing and is reported at its position.
 * Never throws for bad input. Stateless and thread-safe; a load reads the file once and keeps no
 * handle open.
 */
public final class CasesFileLoader {

  /** The largest cases file accepted: ample for thousands of cases, small enough to bound work. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** A valid file nests three levels (cases, entry, settings); this leaves room for mistakes. */
  public static final int MAX_DEPTH = 10;

  static final String CASES = "cases";
  static final String CASE_ID = "caseId";
  static final String STATUS = "status";
  static final String CLOSE_ON_DELETE = "closeOnDelete";

  private static final Set<String> CASE_KEYS = Set.of(CASE_ID, STATUS, CLOSE_ON_DELETE);

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

  private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /** YAML 1.1 reads these as booleans; they are refused so a file means the same to every tool. */
  private static final Set<String> PLAIN_BOOLEANS =
      Set.of("true", "True", "TRUE", "false", "False", "FALSE");

  private static final String EXAMPLE_ENTRY =
      "e.g. 'cases:' then '  my-case:' with '    caseId: \"8403556009\"' and '    status: Closed'";

  /**
   * True for names usable as a Pulumi resource name in a URN and a shell: 1 to 100 characters,
   * letters, digits, '-', '_' and '.', starting with a letter or digit.
   */
  public static boolean isValidResourceName(String name) {
    return name != null && RESOURCE_NAME.matcher(name).matches();
  }

  /**
   * Loads the file at {@code file}. The path is reported as given, so pass it the way the user
   * named it (e.g. relative to the working directory).
   */
  public CasesFileLoad load(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return wholeFile(file, "is a directory, not a cases file; name the YAML file itself");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return tooLarge(file, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        // Read one byte past the limit: the file may have grown since it was measured.
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      return wholeFile(
          file, "file not found; create it (see the sample cases.yaml) or name an existing file");
    } catch (IOException e) {
      return wholeFile(
          file,
          "cannot read the file ("
              + e.getClass().getSimpleName()
              + "); check that it exists and is readable");
    }
    if (bytes.length > MAX_BYTES) {
      return tooLarge(file, bytes.length);
    }
    return decode(bytes).map(text -> load(text, file)).orElseGet(() -> notUtf8(file, bytes));
  }

  /**
   * Loads cases from text, as if read from a file called {@code displayName} (used in every
   * problem). For tests and for callers that already hold the content.
   */
  public CasesFileLoad load(String content, Path displayName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(displayName, "displayName");
    if (content.length() > MAX_BYTES) {
      return tooLarge(displayName, content.length());
    }
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    Problems problems = new Problems(displayName);
    Node root;
    GuardedParser parser =
        new GuardedParser(
            new ParserImpl(new StreamReader(new StringReader(text)), options()),
            MAX_DEPTH,
            problems);
    try {
      root = new Composer(parser, new Resolver(), options()).getSingleNode();
    } catch (GuardedParser.TooDeep e) {
      problems.add(
          e.mark(),
          "nesting deeper than "
              + MAX_DEPTH
              + " levels; a cases file needs three (cases, case name, settings): check the"
              + " indentation");
      return new CasesFileLoad.Invalid(problems.list());
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(mark, syntaxMessage(e));
      return new CasesFileLoad.Invalid(problems.list());
    } catch (YAMLException e) {
      // Only SnakeYAML's own limits end up here, and the checks above come first.
      problems.add(1, 1, "the file cannot be read as YAML: " + OneLine.input(e.getMessage()));
      return new CasesFileLoad.Invalid(problems.list());
    }
    if (parser.aliases() > 0) {
      // The aliases were replaced by empty values; checking the rest would report noise.
      return new CasesFileLoad.Invalid(problems.list());
    }
    List<CaseDeclaration> cases = new Validation(problems, parser).file(root);
    return problems.isEmpty()
        ? new CasesFileLoad.Loaded(new CasesFile(displayName, cases))
        : new CasesFileLoad.Invalid(problems.list());
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    // Second lines of defence; GuardedParser rejects aliases and deep nesting first.
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH + 5);
    options.setCodePointLimit(MAX_BYTES);
    options.setProcessComments(false);
    options.setTagInspector(tag -> false);
    return options;
  }

  private static String syntaxMessage(MarkedYAMLException e) {
    StringBuilder message = new StringBuilder("invalid YAML: ");
    message.append(e.getProblem() != null ? e.getProblem() : "syntax error");
    if (e.getContext() != null) {
      message.append(" (").append(e.getContext());
      if (e.getContextMark() != null
          && e.getProblemMark() != null
          && e.getContextMark().getLine() != e.getProblemMark().getLine()) {
        message.append(" started at line ").append(e.getContextMark().getLine() + 1);
      }
      message.append(")");
    }
    message.append(
        "; check the indentation (spaces, not tabs) and quote values that contain ': ' or ' #'");
    return message.toString();
  }

  private static CasesFileLoad wholeFile(Path file, String message) {
    return new CasesFileLoad.Invalid(List.of(new LoadProblem(file, 0, 0, message)));
  }

  private static CasesFileLoad tooLarge(Path file, long size) {
    return new CasesFileLoad.Invalid(
        List.of(
            new LoadProblem(
                file,
                1,
                1,
                "the file is too large ("
                    + size
                    + " bytes; at most "
                    + MAX_BYTES
                    + "); a cases file lists one short entry per case: remove entries of"
                    + " closed cases or split the cases over several stacks")));
  }

  /** Strict UTF-8: malformed input is reported, never replaced. */
  private static Optional<String> decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    if (result.isError()) {
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    return Optional.of(out.toString());
  }

  private static CasesFileLoad notUtf8(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    decoder.decode(in, out, true);
    out.flip();
    // The decoder stopped at the first malformed byte: everything before it is valid text.
    int line = 1;
    int column = 1;
    while (out.hasRemaining()) {
      char c = out.get();
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new CasesFileLoad.Invalid(
        List.of(
            new LoadProblem(
                file, line, column, "the file is not valid UTF-8 text; save it as UTF-8")));
  }

  /** The checks of one composed file; collects into {@code problems}, single use. */
  private static final class Validation {

    private final Problems problems;
    private final GuardedParser parser;
    private final Map<String, Located> namesById = new HashMap<>();

    Validation(Problems problems, GuardedParser parser) {
      this.problems = problems;
      this.parser = parser;
    }

    List<CaseDeclaration> file(Node root) {
      if (root == null || isNull(root)) {
        problems.add(
            1,
            1,
            "the file is empty; it must start with 'cases:' and list one entry per case, "
                + EXAMPLE_ENTRY);
        return List.of();
      }
      if (!(root instanceof MappingNode mapping)) {
        problems.add(
            root.getStartMark(),
            "the top level must be a mapping with the key 'cases', found "
                + describe(root)
                + "; "
                + EXAMPLE_ENTRY);
        return List.of();
      }
      Map<String, Entry> entries = uniqueEntries(mapping, "top-level key");
      Node cases = null;
      for (Entry entry : entries.values()) {
        if (entry.name().equals(CASES)) {
          cases = entry.value();
        } else {
          unknownKey(entry, "top-level key", Set.of(CASES), Map.of("case", CASES));
        }
      }
      if (cases == null) {
        problems.add(
            mapping.getStartMark(),
            "missing key 'cases'; the file must start with 'cases:' and list one entry per case, "
                + EXAMPLE_ENTRY);
        return List.of();
      }
      return cases(entries.get(CASES), cases);
    }

    private List<CaseDeclaration> cases(Entry casesEntry, Node cases) {
      if (isNull(cases)) {
        problems.add(
            casesEntry.key().getStartMark(),
            "'cases' has no entries; add one entry per case ("
                + EXAMPLE_ENTRY
                + "), or write 'cases: {}' to declare no cases on purpose");
        return List.of();
      }
      if (!(cases instanceof MappingNode mapping)) {
        problems.add(
            cases.getStartMark(),
            "cases: expected a mapping from case names to settings, found "
                + describe(cases)
                + (cases instanceof SequenceNode
                    ? "; remove the '- ' in front of each case name"
                    : "; " + EXAMPLE_ENTRY));
        return List.of();
      }
      List<CaseDeclaration> declarations = new ArrayList<>();
      for (Entry entry : uniqueEntries(mapping, "case name").values()) {
        declaration(entry).ifPresent(declarations::add);
      }
      return declarations;
    }

    private Optional<CaseDeclaration> declaration(Entry entry) {
      String name = entry.name();
      String path = "cases." + OneLine.input(name);
      boolean nameValid = isValidResourceName(name);
      if (!nameValid) {
        problems.add(
            entry.key().getStartMark(),
            "case name '"
                + OneLine.input(name)
                + "' is not a valid resource name; use 1 to 100 letters, digits, '-', '_' or"
                + " '.', starting with a letter or digit, e.g. 'phishing-2026-11'");
      }
      Node settings = entry.value();
      if (isNull(settings)) {
        problems.add(
            entry.key().getStartMark(),
            path + ": no settings; add 'caseId' and 'status' indented below the case name");
        return Optional.empty();
      }
      if (!(settings instanceof MappingNode mapping)) {
        problems.add(
            settings.getStartMark(),
            path
                + ": expected the settings caseId, status and optionally closeOnDelete, found "
                + describe(settings)
                + "; put each setting on its own line, indented below the case name");
        return Optional.empty();
      }
      Map<String, Entry> keys = uniqueEntries(mapping, "key of " + path);
      for (Entry key : keys.values()) {
        if (!CASE_KEYS.contains(key.name())) {
          unknownKey(key, path, CASE_KEYS, CASE_KEY_SYNONYMS);
        }
      }
      Optional<CaseId> caseId = caseId(path, entry, keys.get(CASE_ID));
      Optional<LifecycleStatus> status = status(path, entry, keys.get(STATUS));
      Optional<Boolean> closeOnDelete = closeOnDelete(path, keys.get(CLOSE_ON_DELETE));
      caseId.ifPresent(id -> checkUniqueId(path, name, id, keys.get(CASE_ID)));
      if (nameValid && caseId.isPresent() && status.isPresent() && closeOnDelete.isPresent()) {
        return Optional.of(
            new CaseDeclaration(
                name,
                caseId.get(),
                status.get(),
                closeOnDelete.get(),
                entry.key().getStartMark().getLine() + 1));
      }
      return Optional.empty();
    }

    private Optional<CaseId> caseId(String path, Entry caseEntry, Entry key) {
      if (key == null) {
        problems.add(
            caseEntry.key().getStartMark(),
            path
                + ": missing 'caseId'; add the case's numeric id in quotes, e.g. caseId: \"8403556009\"");
        return Optional.empty();
      }
      Node value = key.value();
      String where = path + "." + CASE_ID;
      if (isForeignTagged(value)) {
        return Optional.empty();
      }
      if (isNull(value)) {
        problems.add(
            key.key().getStartMark(),
            where
                + ": no value; write the case's numeric id in quotes, e.g. caseId: \"8403556009\"");
        return Optional.empty();
      }
      if (!(value instanceof ScalarNode scalar)) {
        problems.add(
            value.getStartMark(),
            where
                + ": expected a quoted case id, found "
                + describe(value)
                + "; e.g. caseId: \"8403556009\"");
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
                + " octal; quote it: caseId: \""
                + OneLine.input(scalar.getValue())
                + "\"");
        return Optional.empty();
      }
      if (!scalar.getTag().equals(Tag.STR)) {
        problems.add(
            value.getStartMark(),
            where
                + ": expected a quoted case id, found "
                + describe(value)
                + "; e.g. caseId: \"8403556009\"");
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
                + ": missing 'status'; add the status the case should be in, one of "
                + LifecycleStatus.quotedWireNames());
        return Optional.empty();
      }
      Node value = key.value();
      String where = path + "." + STATUS;
      if (isForeignTagged(value)) {
        return Optional.empty();
      }
      if (isNull(value)) {
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
                + describe(value)
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

    private Optional<Boolean> closeOnDelete(String path, Entry key) {
      if (key == null) {
        return Optional.of(false);
      }
      Node value = key.value();
      String where = path + "." + CLOSE_ON_DELETE;
      if (isForeignTagged(value)) {
        return Optional.empty();
      }
      if (isNull(value)) {
        problems.add(
            key.key().getStartMark(),
            where + ": no value; write true or false, or remove the key (default false)");
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
              : describe(value);
      problems.add(
          value.getStartMark(),
          where
              + ": expected true or false, found "
              + found
              + "; write true or false without quotes");
      return Optional.empty();
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

    private void unknownKey(
        Entry entry, String where, Set<String> known, Map<String, String> synonyms) {
      StringBuilder message =
          new StringBuilder(
                  where.equals("top-level key")
                      ? "unknown top-level key '"
                      : where + ": unknown key '")
              .append(OneLine.input(entry.name()))
              .append("'");
      synonyms.entrySet().stream()
          .filter(synonym -> synonym.getKey().equalsIgnoreCase(entry.name()))
          .map(Map.Entry::getValue)
          .findFirst()
          .or(() -> Suggestions.closest(entry.name(), known))
          .ifPresent(s -> message.append("; did you mean '").append(s).append("'?"));
      message
          .append(known.size() == 1 ? " The only valid key is " : " Valid keys: ")
          .append(
              known.stream()
                  .sorted(Comparator.comparingInt(CasesFileLoader::keyOrder))
                  .map(k -> "'" + k + "'")
                  .collect(Collectors.joining(", ")));
      problems.add(entry.key().getStartMark(), message.toString());
    }

    /**
     * The entries of a mapping by key text, first occurrence wins. Every later occurrence is
     * reported at its own position with the line of the first, and non-text keys are reported.
     */
    private Map<String, Entry> uniqueEntries(MappingNode mapping, String what) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node key = tuple.getKeyNode();
        if (isForeignTagged(key)) {
          continue;
        }
        if (!(key instanceof ScalarNode scalar) || isNull(key)) {
          problems.add(
              key.getStartMark(),
              what
                  + ": expected a name, found "
                  + describe(key)
                  + "; write a plain name before ':'");
          continue;
        }
        Entry entry = new Entry(scalar.getValue(), key, tuple.getValueNode());
        Entry first = entries.putIfAbsent(entry.name(), entry);
        if (first != null) {
          problems.add(
              key.getStartMark(),
              "duplicate "
                  + what
                  + " '"
                  + OneLine.input(entry.name())
                  + "': first declared at line "
                  + (first.key().getStartMark().getLine() + 1)
                  + "; "
                  + (what.equals("case name")
                      ? "resource names must be unique: rename or remove one of the entries"
                      : "remove one of them"));
        }
      }
      return entries;
    }

    private static boolean isNull(Node node) {
      return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /**
     * Foreign tags were reported by {@link GuardedParser}; the node is skipped, not re-reported.
     */
    private boolean isForeignTagged(Node node) {
      return parser.hadForeignTag(node.getStartMark());
    }

    private static String describe(Node node) {
      if (node instanceof MappingNode) {
        return "a mapping";
      }
      if (node instanceof SequenceNode) {
        return "a list";
      }
      Tag tag = node.getTag();
      String value = "'" + OneLine.input(((ScalarNode) node).getValue()) + "'";
      if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
        return "the number " + value;
      }
      if (tag.equals(Tag.BOOL)) {
        return "the boolean " + value;
      }
      if (tag.equals(Tag.NULL)) {
        return "no value";
      }
      return "the text " + value;
    }
  }

  private static int keyOrder(String key) {
    return switch (key) {
      case CASE_ID -> 0;
      case STATUS -> 1;
      default -> 2;
    };
  }

  private record Entry(String name, Node key, Node value) {}

  private record Located(String name, int line) {}
}
