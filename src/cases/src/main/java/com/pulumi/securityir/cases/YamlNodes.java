package com.pulumi.securityir.cases;

import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.core.text.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The node checks every level of a cases file shares: the entries of a mapping (duplicates and
 * non-text keys reported), unknown keys (with the key meant), and how a node is named in a message.
 * Collects into the load's {@link Problems}; single use, not thread-safe.
 */
final class YamlNodes {

  /** One key of a mapping, its text and its value. */
  record Entry(String name, Node key, Node value) {}

  private final Problems problems;
  private final GuardedParser parser;

  YamlNodes(Problems problems, GuardedParser parser) {
    this.problems = problems;
    this.parser = parser;
  }

  Problems problems() {
    return problems;
  }

  /**
   * The entries of a mapping by key text, first occurrence wins. Every later occurrence is reported
   * at its own position with the line of the first, and non-text keys are reported.
   */
  Map<String, Entry> uniqueEntries(MappingNode mapping, String what) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (isForeignTagged(key)) {
        continue;
      }
      if (!(key instanceof ScalarNode scalar) || isNull(key)) {
        problems.add(
            key.getStartMark(),
            what + ": expected a name, found " + describe(key) + "; write a plain name before ':'");
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

  /**
   * Reports a key that is not one of {@code known}, suggesting the key meant: the synonym's, else
   * the closest spelling.
   *
   * @param where {@code top-level key}, or the path of the mapping, e.g. {@code cases.phishing}
   * @param known the valid keys, in the order the message lists them
   * @param synonyms keys people plausibly write, mapped to the key meant (matched ignoring case)
   */
  void unknownKey(Entry entry, String where, List<String> known, Map<String, String> synonyms) {
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
        .append(known.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ")));
    problems.add(entry.key().getStartMark(), message.toString());
  }

  /** Foreign tags were reported by {@link GuardedParser}; the node is skipped, not re-reported. */
  boolean isForeignTagged(Node node) {
    return parser.hadForeignTag(node.getStartMark());
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  /** How a message names a node: {@code a mapping}, {@code the number '12'}, ... */
  static String describe(Node node) {
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
