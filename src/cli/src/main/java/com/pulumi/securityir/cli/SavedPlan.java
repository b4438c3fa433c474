package com.pulumi.securityir.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A plan file read back and checked: what it was made from, and the plan itself, with each case as
 * the plan read it. Immutable.
 *
 * @param file where the plan file was read from
 * @param header what the plan was made from
 * @param plan the plan's cases; their snapshots are the live state the plan read
 */
record SavedPlan(Path file, PlanFile.Header header, CasesPlan plan) {

  SavedPlan {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(plan, "plan");
  }

  /** How reading a file as a plan file ended. */
  sealed interface Reading {

    /** The file is not a plan file (no JSON object with {@code "format": "securityir-plan"}). */
    record NotAPlan() implements Reading {}

    /** The file is a plan file, and can be applied if what it was made for matches. */
    record Read(SavedPlan plan) implements Reading {
      public Read {
        Objects.requireNonNull(plan, "plan");
      }
    }

    /** The file says it is a plan file but cannot be used; every problem, one line each. */
    record Unusable(List<String> problems) implements Reading {
      public Unusable {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
          throw new IllegalArgumentException("an unusable plan needs at least one problem");
        }
      }
    }
  }
}
