package com.pulumi.securityir.cases;

import com.pulumi.securityir.cases.YamlNodes.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The checks of a composed file's shape: a top-level mapping whose one key is {@code cases}, which
 * maps case names to settings; each entry is then {@link CaseEntryChecks}'s. Collects into the
 * load's problems; single use, not thread-safe.
 */
final class DocumentChecks {

  static final String CASES = "cases";

  static final String EXAMPLE_ENTRY =
      "e.g. 'cases:' then '  my-case:' with '    caseId: \"8403556009\"' and '    status: Closed'";

  private final YamlNodes nodes;
  private final CaseEntryChecks entries;

  DocumentChecks(YamlNodes nodes) {
    this.nodes = nodes;
    this.entries = new CaseEntryChecks(nodes);
  }

  /** The declarations of a valid file; for an invalid one, its problems are reported instead. */
  List<CaseDeclaration> file(Node root) {
    if (root == null || YamlNodes.isNull(root)) {
      nodes
          .problems()
          .add(
              1,
              1,
              "the file is empty; it must start with 'cases:' and list one entry per case, "
                  + EXAMPLE_ENTRY);
      return List.of();
    }
    if (!(root instanceof MappingNode mapping)) {
      nodes
          .problems()
          .add(
              root.getStartMark(),
              "the top level must be a mapping with the key 'cases', found "
                  + YamlNodes.describe(root)
                  + "; "
                  + EXAMPLE_ENTRY);
      return List.of();
    }
    Map<String, Entry> topLevel = nodes.uniqueEntries(mapping, "top-level key");
    Entry cases = null;
    for (Entry entry : topLevel.values()) {
      if (entry.name().equals(CASES)) {
        cases = entry;
      } else {
        nodes.unknownKey(entry, "top-level key", List.of(CASES), Map.of("case", CASES));
      }
    }
    if (cases == null) {
      nodes
          .problems()
          .add(
              mapping.getStartMark(),
              "missing key 'cases'; the file must start with 'cases:' and list one entry per"
                  + " case, "
                  + EXAMPLE_ENTRY);
      return List.of();
    }
    return cases(cases);
  }

  private List<CaseDeclaration> cases(Entry casesEntry) {
    Node cases = casesEntry.value();
    if (YamlNodes.isNull(cases)) {
      nodes
          .problems()
          .add(
              casesEntry.key().getStartMark(),
              "'cases' has no entries; add one entry per case ("
                  + EXAMPLE_ENTRY
                  + "), or write 'cases: {}' to declare no cases on purpose");
      return List.of();
    }
    if (!(cases instanceof MappingNode mapping)) {
      nodes
          .problems()
          .add(
              cases.getStartMark(),
              "cases: expected a mapping from case names to settings, found "
                  + YamlNodes.describe(cases)
                  + (cases instanceof SequenceNode
                      ? "; remove the '- ' in front of each case name"
                      : "; " + EXAMPLE_ENTRY));
      return List.of();
    }
    List<CaseDeclaration> declarations = new ArrayList<>();
    for (Entry entry : nodes.uniqueEntries(mapping, "case name").values()) {
      entries.declaration(entry).ifPresent(declarations::add);
    }
    return declarations;
  }
}
