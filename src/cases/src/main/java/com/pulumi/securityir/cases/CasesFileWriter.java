package com.pulumi.securityir.cases;

import static com.pulumi.securityir.core.resource.CaseStatusResource.CASE_ID;
import static com.pulumi.securityir.core.resource.CaseStatusResource.STATUS;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes the text of a commented {@code cases.yaml} that {@link CasesFileLoader} loads back as
 * exactly the {@link Declared} entries given, in the given order:
 *
 * <pre>
 * # header
 *
 * cases:
 *   case-8403556009:
 *     # the entry's comment
 *     caseId: "8403556009"
 *     status: "Containment, Eradication and Recovery"
 *
 *   # case-8403556010 is commented out: why
 *   # case-8403556010:
 *   #   caseId: "8403556010"
 *   #   status: "Acknowledged"
 * </pre>
 *
 * <p>Values are double-quoted (a status contains commas and spaces; an unquoted id would be a
 * number); a name is written plain when YAML reads it as text, else quoted. A {@link CommentedOut}
 * entry is a comment laid out so that removing {@code "# "} from its lines makes it an entry again.
 * When nothing is declared the file says {@code cases: {}}, which loads as no cases. Comment
 * paragraphs are wrapped at {@value #WIDTH} columns. Stateless and thread-safe.
 */
public final class CasesFileWriter {

  /** The column comments are wrapped at. */
  public static final int WIDTH = 100;

  private static final Resolver RESOLVER = new Resolver();

  /** One case of the file. */
  public sealed interface Entry permits Declared, CommentedOut {
    String name();

    CaseId caseId();

    LifecycleStatus status();
  }

  /**
   * A case declared in {@code status}, with an optional comment above its settings.
   *
   * @throws IllegalArgumentException when the name is not a valid resource name or a cases file
   *     cannot declare the status (see {@link LifecycleStatus#parseDeclared})
   */
  public record Declared(
      String name, CaseId caseId, LifecycleStatus status, Optional<String> comment)
      implements Entry {
    public Declared {
      checkName(name);
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(comment, "comment");
      if (!declarable(status)) {
        throw new IllegalArgumentException("a cases file cannot declare " + status);
      }
    }
  }

  /** A case written as a comment, with the reason it is not declared. */
  public record CommentedOut(String name, CaseId caseId, LifecycleStatus status, String reason)
      implements Entry {
    public CommentedOut {
      checkName(name);
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * True when a cases file can declare {@code status}: the loader's own rule, so a {@link Declared}
   * entry always loads.
   */
  public static boolean declarable(LifecycleStatus status) {
    Objects.requireNonNull(status, "status");
    return LifecycleStatus.parseDeclared(status.wireName()) instanceof Parsed.Success;
  }

  /**
   * The file's text.
   *
   * @param header the paragraphs of the comment at the top; an empty string is a blank comment line
   * @param entries the cases in the order to write them
   * @throws IllegalArgumentException when two entries share a name or a case id, which no cases
   *     file may hold, or a comment holds a control character (a line break would end the comment)
   */
  public String write(List<String> header, List<Entry> entries) {
    checkUnique(entries);
    StringBuilder text = new StringBuilder();
    for (String paragraph : header) {
      comment(text, "", paragraph);
    }
    if (!header.isEmpty()) {
      text.append('\n');
    }
    boolean anyDeclared = entries.stream().anyMatch(e -> e instanceof Declared);
    text.append("cases:").append(anyDeclared ? "" : " {}").append('\n');
    if (!anyDeclared && !entries.isEmpty()) {
      comment(
          text,
          "  ",
          "No case below can be declared yet. To declare one, remove the '{}' after 'cases:' and"
              + " the '# ' in front of its lines.");
    }
    boolean first = true;
    for (Entry entry : entries) {
      if (!first) {
        text.append('\n');
      }
      first = false;
      if (entry instanceof Declared declared) {
        text.append("  ").append(key(declared.name())).append(":\n");
        declared.comment().ifPresent(c -> comment(text, "    ", c));
        settings(text, "    ", declared);
      } else {
        CommentedOut out = (CommentedOut) entry;
        comment(text, "  ", out.name() + " is commented out: " + out.reason());
        text.append("  # ").append(key(out.name())).append(":\n");
        settings(text, "  #   ", out);
      }
    }
    return text.toString();
  }

  private static void settings(StringBuilder text, String indent, Entry entry) {
    text.append(indent).append(CASE_ID).append(": ").append(quoted(entry.caseId().value()));
    text.append('\n');
    text.append(indent).append(STATUS).append(": ").append(quoted(entry.status().wireName()));
    text.append('\n');
  }

  /** A name as a mapping key: plain when YAML reads it as text (most names), else quoted. */
  private static String key(String name) {
    return RESOLVER.resolve(NodeId.scalar, name, true).equals(Tag.STR) ? name : quoted(name);
  }

  /** A YAML double-quoted scalar; escapes what such a scalar cannot hold as it is. */
  private static String quoted(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** {@code paragraph} as comment lines of at most {@link #WIDTH} columns where words allow. */
  private static void comment(StringBuilder text, String indent, String paragraph) {
    String prefix = indent + "#";
    if (paragraph.isBlank()) {
      text.append(prefix).append('\n');
      return;
    }
    StringBuilder line = new StringBuilder(prefix);
    if (paragraph.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a comment must be one line of text");
    }
    for (String word : paragraph.strip().split(" +")) {
      if (line.length() > prefix.length() && line.length() + 1 + word.length() > WIDTH) {
        text.append(line).append('\n');
        line = new StringBuilder(prefix);
      }
      line.append(' ').append(word);
    }
    text.append(line).append('\n');
  }

  private static void checkName(String name) {
    if (!CasesFileLoader.isValidResourceName(name)) {
      throw new IllegalArgumentException("invalid resource name: " + name);
    }
  }

  private static void checkUnique(List<Entry> entries) {
    Set<String> names = new HashSet<>();
    Set<CaseId> ids = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (Entry entry : entries) {
      if (!names.add(entry.name())) {
        duplicates.add("name " + entry.name());
      }
      if (!ids.add(entry.caseId())) {
        duplicates.add("case id " + entry.caseId());
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException("duplicate " + String.join(", ", duplicates));
    }
  }
}
