package com.pulumi.securityir.core.record;

import java.util.Objects;
import java.util.Optional;

/** Where a change was declared, as the case record names it. Immutable. */
public sealed interface Origin {

  /** The words of the comment's {@code From:} line. */
  String describe();

  /**
   * A Pulumi stack's resource.
   *
   * @param project the Pulumi project, from the resource URN
   * @param stack the stack, from the resource URN
   * @param resource the resource's name, from the resource URN
   */
  record PulumiStack(String project, String stack, String resource) implements Origin {
    public PulumiStack {
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(stack, "stack");
      Objects.requireNonNull(resource, "resource");
    }

    @Override
    public String describe() {
      return "Pulumi project '"
          + project
          + "', stack '"
          + stack
          + "', resource '"
          + resource
          + "' (securityir:index:CaseStatus)";
    }
  }

  /**
   * An entry of a cases file applied with the {@code securityir} CLI.
   *
   * @param file the cases file as the user named it
   * @param entry the entry's name in the file
   * @param commit the git commit of the work tree holding the file, when it is in one
   * @param uncommitted whether the file differs from that commit
   */
  record CasesFile(String file, String entry, Optional<String> commit, boolean uncommitted)
      implements Origin {
    public CasesFile {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(commit, "commit");
    }

    @Override
    public String describe() {
      return "securityir CLI, cases file '"
          + file
          + "', entry '"
          + entry
          + "'"
          + commit
              .map(c -> ", git commit " + c + (uncommitted ? " with uncommitted changes" : ""))
              .orElse("");
    }
  }
}
