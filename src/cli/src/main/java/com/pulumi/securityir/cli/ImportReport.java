package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CasesFileWriter;
import com.pulumi.securityir.core.text.Plural;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code securityir import} prints after writing its files: how many cases were listed, left
 * out, declared and commented out (and why), and the command to run next. Names and ids only, never
 * a title. Immutable.
 *
 * @param out the cases file written, as the user named it
 * @param pulumiImport the {@code pulumi import --file} file written, if one was asked for
 * @param nextPlan the plan command of the written file, ready to paste
 */
record ImportReport(Path out, Optional<Path> pulumiImport, String nextPlan) {

  ImportReport {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(pulumiImport, "pulumiImport");
    Objects.requireNonNull(nextPlan, "nextPlan");
  }

  /**
   * The report.
   *
   * @param pages how many pages of ListCases the listing took
   */
  String text(int pages, ImportSelection.Resolvers resolvers, ImportSelection selection) {
    StringBuilder text = new StringBuilder();
    text.append("Listed ")
        .append(Plural.count(selection.listed(), "case"))
        .append(" on ")
        .append(Plural.count(pages, "page"))
        .append(".\n");
    if (selection.closedLeftOut() > 0) {
      text.append("Left out: ")
          .append(Plural.count(selection.closedLeftOut(), "closed case"))
          .append(" (--all adds them).\n");
    }
    if (selection.resolverLeftOut() > 0) {
      text.append("Left out: ")
          .append(
              Plural.count(
                  selection.resolverLeftOut(),
                  resolvers == ImportSelection.Resolvers.SELF
                      ? "AWS-supported case"
                      : "self-managed case"))
          .append(" (--resolver all adds them).\n");
    }
    text.append("Wrote ")
        .append(out)
        .append(": ")
        .append(Plural.count(selection.declared().size(), "case"))
        .append(", each declared in its current status.\n");
    List<CasesFileWriter.CommentedOut> commentedOut = selection.commentedOut();
    if (!commentedOut.isEmpty()) {
      text.append("Commented out in ")
          .append(out)
          .append(": ")
          .append(Plural.count(commentedOut.size(), "case"))
          .append(" in a status only the service or AWS responders set, which a cases file cannot")
          .append(" declare:\n");
      for (CasesFileWriter.CommentedOut c : commentedOut) {
        text.append("  ")
            .append(c.name())
            .append(" (")
            .append(c.caseId())
            .append("): ")
            .append(c.status().wireName())
            .append('\n');
      }
    }
    if (pulumiImport.isPresent()) {
      text.append("Wrote ")
          .append(pulumiImport.get())
          .append(": ")
          .append(Plural.count(selection.declared().size(), "CaseStatus resource"))
          .append(" for 'pulumi import --file', with the names of ")
          .append(out)
          .append(
              commentedOut.isEmpty()
                  ? ""
                  : " (" + Plural.count(commentedOut.size(), "commented-out case") + " left out)")
          .append(".\n");
    }
    text.append("\nNext: ").append(nextPlan).append('\n');
    text.append("  It should exit 0 and change nothing; then edit the status of each case you")
        .append(" mean to move.\n");
    if (pulumiImport.isPresent()) {
      text.append("For a Pulumi stack: pulumi import --file ")
          .append(shell(pulumiImport.get().toString()))
          .append('\n');
    }
    return text.toString();
  }

  /** {@code value} as one shell word. */
  static String shell(String value) {
    return value.matches("[A-Za-z0-9._/:=@,+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
  }
}
