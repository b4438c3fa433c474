package com.pulumi.securityir.cases;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A valid cases file: its declarations in file order. Names and case ids are unique, which the
 * constructor checks again so an instance can never hold two entries for one resource or case.
 *
 * @param file where it was read from (or the display name of a text load)
 * @param cases the declarations, in the order they appear in the file; may be empty when the file
 *     says {@code cases: {}}
 */
public record CasesFile(Path file, List<CaseDeclaration> cases) {

  public CasesFile {
    Objects.requireNonNull(file, "file");
    cases = List.copyOf(cases);
    Set<String> names = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (CaseDeclaration c : cases) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("duplicate case name " + c.name());
      }
      if (!ids.add(c.caseId().value())) {
        throw new IllegalArgumentException("duplicate case id " + c.caseId());
      }
    }
  }
}
