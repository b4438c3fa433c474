package com.pulumi.securityir.cases;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The result of loading a cases file: the valid file, or every problem found in it. */
public sealed interface CasesFileLoad {

  /**
   * The file is valid.
   *
   * @param sha256 the SHA-256 (lower-case hex) of exactly the bytes the declarations were read from
   *     (for a load from text, of its UTF-8), so a saved plan can tell whether the file changed
   *     since
   */
  record Loaded(CasesFile file, String sha256) implements CasesFileLoad {
    public Loaded {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /**
   * The file is invalid; {@code problems} lists all of them in file order (never empty). A file
   * that cannot be parsed as YAML has a single problem at the syntax error's position.
   */
  record Invalid(List<LoadProblem> problems) implements CasesFileLoad {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid load needs at least one problem");
      }
    }

    /** The problems, one formatted problem per line, for printing. */
    public String report() {
      return problems.stream().map(LoadProblem::format).collect(Collectors.joining("\n"));
    }
  }
}
