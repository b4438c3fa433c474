package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CasesFileWriter;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.text.OneLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which listed cases {@code securityir import} writes, and how: each case chosen becomes an entry
 * named {@code case-<id>} (never anything from the title, which is sensitive), declared in its
 * current status, or commented out with the reason when a cases file cannot declare that status.
 * Entries are ordered by case id, so the same cases always give the same file.
 *
 * @param listed how many cases the service listed (a case listed twice counts once)
 * @param entries the chosen cases, by case id
 * @param closedLeftOut closed cases left out because {@code --all} was not given
 * @param resolverLeftOut open (or, with {@code --all}, any) cases of the other resolver type
 */
record ImportSelection(
    int listed, List<CasesFileWriter.Entry> entries, int closedLeftOut, int resolverLeftOut) {

  ImportSelection {
    entries = List.copyOf(entries);
  }

  /** {@code --resolver}: which resolver types to import. */
  enum Resolvers {
    SELF,
    AWS,
    ALL;

    static final String DEFAULT = "all";

    /** The choice for {@code text} (any letter case), or empty. */
    static Optional<Resolvers> parse(String text) {
      for (Resolvers r : values()) {
        if (r.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }

    /** The problem of an unusable value, naming the option, the value and the fix. */
    static String problem(String text) {
      return "--resolver '"
          + OneLine.input(text)
          + "': use self (self-managed cases), aws (AWS-supported cases) or all (default "
          + DEFAULT
          + ")";
    }

    boolean admits(ResolverType type) {
      return this == ALL || name().equals(type.name());
    }

    String describe() {
      return switch (this) {
        case SELF -> "self-managed only";
        case AWS -> "AWS-supported only";
        case ALL -> "both resolver types";
      };
    }
  }

  /** The entry name of a case: stable, and derived from nothing but its id. */
  static String name(CaseId caseId) {
    return "case-" + caseId.value();
  }

  /**
   * Chooses and orders the cases.
   *
   * @param includeClosed {@code --all}
   * @param graph the moves that say where a commented-out case can still go
   */
  static ImportSelection of(
      List<CaseSnapshot> listed,
      boolean includeClosed,
      Resolvers resolvers,
      TransitionGraph graph) {
    // By id: the order of the file, and one entry per case even if a page repeated one.
    Map<String, CaseSnapshot> byId = new TreeMap<>();
    listed.forEach(c -> byId.put(c.caseId().value(), c));
    List<CasesFileWriter.Entry> entries = new ArrayList<>();
    int closedLeftOut = 0;
    int resolverLeftOut = 0;
    for (CaseSnapshot c : byId.values()) {
      if (c.status().isTerminal() && !includeClosed) {
        closedLeftOut++;
      } else if (!resolvers.admits(c.resolverType())) {
        resolverLeftOut++;
      } else {
        entries.add(entry(c, graph));
      }
    }
    return new ImportSelection(byId.size(), entries, closedLeftOut, resolverLeftOut);
  }

  List<CasesFileWriter.Declared> declared() {
    return entries.stream()
        .filter(e -> e instanceof CasesFileWriter.Declared)
        .map(e -> (CasesFileWriter.Declared) e)
        .toList();
  }

  List<CasesFileWriter.CommentedOut> commentedOut() {
    return entries.stream()
        .filter(e -> e instanceof CasesFileWriter.CommentedOut)
        .map(e -> (CasesFileWriter.CommentedOut) e)
        .toList();
  }

  private static CasesFileWriter.Entry entry(CaseSnapshot c, TransitionGraph graph) {
    String name = name(c.caseId());
    if (!CasesFileWriter.declarable(c.status())) {
      String reachable =
          graph.movesFrom(c.status(), c.resolverType()).stream()
              .map(Transition::to)
              .map(s -> "'" + s.wireName() + "'")
              .collect(Collectors.joining(" or "));
      return new CasesFileWriter.CommentedOut(
          name,
          c.caseId(),
          c.status(),
          "'"
              + c.status().wireName()
              + "' is set only by the service or AWS responders, so a cases file cannot declare"
              + " it. To manage the case, remove the '# ' in front of its lines below and declare"
              + " a status it can move to from here ("
              + reachable
              + "), or import again once responders have moved it.");
    }
    return new CasesFileWriter.Declared(name, c.caseId(), c.status(), Optional.of(comment(c)));
  }

  private static String comment(CaseSnapshot c) {
    StringBuilder comment =
        new StringBuilder(
            c.resolverType() == ResolverType.SELF ? "Self-managed case" : "AWS-supported case");
    if (c.status().isTerminal()) {
      comment.append(", closed: a closed case cannot be reopened");
    } else if (c.resolverType() == ResolverType.AWS) {
      comment.append(": AWS responders set its status; the one change you can declare is 'Closed'");
    }
    c.lastUpdated()
        .map(Instant::toString)
        .ifPresent(at -> comment.append("; last updated ").append(at));
    return comment.append('.').toString();
  }

  /** What was chosen, for the file's header: e.g. "open cases, both resolver types". */
  static String describe(boolean includeClosed, Resolvers resolvers) {
    return (includeClosed ? "open and closed cases" : "open cases (closed ones left out)")
        + ", "
        + resolvers.describe();
  }
}
