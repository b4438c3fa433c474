package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CasesFileLoader;
import com.pulumi.securityir.cases.CasesFileWriter;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.text.Plural;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code securityir import --out FILE}: writes a commented cases file from the live cases ({@code
 * ListCases}, every page), each declared in its current status, so that the first {@code plan} of
 * the file changes nothing. Makes read calls only. Writes nothing when anything fails, and never
 * replaces an existing file without {@code --force}. Case titles are sensitive and are neither
 * written nor printed.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    versionProvider = SecurityIrCli.Version.class,
    description = {
      "Write a cases file from the live cases; changes no case.",
      "Lists every case (ListCases) and writes one entry per case, named case-<id> and declared in"
          + " its current status, so that plan of the written file changes nothing. A case in a"
          + " status nobody can declare (Acknowledged, Ready to Close) is written commented out,"
          + " with the reason."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the files were written",
      "1:errors: a file exists (without --force), ListCases failed, a bad option; nothing was"
          + " written"
    })
final class ImportCommand implements Callable<Integer> {

  private static final String COMMAND = "securityir import";

  private final Environment environment;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The cases file to write, e.g. cases.yaml. Required.")
  private Path out;

  @Option(names = "--all", description = "Also import closed cases (default: open cases only).")
  private boolean all;

  @Option(
      names = "--resolver",
      paramLabel = "self|aws|all",
      defaultValue = ImportSelection.Resolvers.DEFAULT,
      description =
          "Which cases to import: self-managed, AWS-supported, or all (default "
              + ImportSelection.Resolvers.DEFAULT
              + ").")
  private String resolver;

  @Option(
      names = "--pulumi-import",
      paramLabel = "FILE",
      description =
          "Also write the JSON file 'pulumi import --file' takes: one securityir:index:CaseStatus"
              + " per declared case, with the names of the cases file.")
  private Path pulumiImport;

  @Option(
      names = "--force",
      description = "Overwrite the files if they exist (default: refuse and write nothing).")
  private boolean force;

  @Mixin private CommonOptions options;

  ImportCommand(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    Workflow flow =
        new Workflow(
            COMMAND,
            spec.commandLine().getOut(),
            spec.commandLine().getErr(),
            environment.style(options.noColor),
            environment);
    List<String> problems = new ArrayList<>(options.problems());
    Optional<ImportSelection.Resolvers> resolvers = ImportSelection.Resolvers.parse(resolver);
    if (resolvers.isEmpty()) {
      problems.add(ImportSelection.Resolvers.problem(resolver));
    }
    if (out == null) {
      problems.add("--out is missing: name the cases file to write, e.g. --out cases.yaml");
    } else {
      problems.addAll(ImportFiles.problems(targets(), force));
    }
    if (!problems.isEmpty()) {
      return flow.fail(problems);
    }
    Optional<GatewayFactory.OpenGateway> opened = flow.open(options.gatewayConfig());
    if (opened.isEmpty()) {
      return ExitCodes.ERROR;
    }
    try (GatewayFactory.OpenGateway open = opened.get()) {
      PrintWriter stdout = flow.out();
      stdout.println("Listing cases at " + open.target() + " (ListCases, every page)");
      stdout.flush();
      ImportListing.Listing listing = ImportListing.list(open.gateway(), Deadline.none());
      if (listing instanceof ImportListing.Listing.Failed failed) {
        return flow.fail(failed.reason() + "; nothing was written");
      }
      ImportListing.Listing.Listed listed = (ImportListing.Listing.Listed) listing;
      ImportSelection selection =
          ImportSelection.of(
              listed.cases(), all, resolvers.get(), TransitionGraph.of(options.graphVariant()));
      String cases =
          new CasesFileWriter()
              .write(header(open.target(), resolvers.get(), selection), selection.entries());
      int size = cases.getBytes(StandardCharsets.UTF_8).length;
      if (size > CasesFileLoader.MAX_BYTES) {
        return flow.fail(
            Plural.count(selection.entries().size(), "case")
                + " make a cases file of "
                + size
                + " bytes, more than one may hold ("
                + CasesFileLoader.MAX_BYTES
                + "); import fewer with --resolver, or without --all; nothing was written");
      }
      List<ImportFiles.Content> files = new ArrayList<>();
      files.add(new ImportFiles.Content(targets().get(0), cases));
      if (pulumiImport != null) {
        files.add(
            new ImportFiles.Content(targets().get(1), ImportPulumiFile.json(selection.declared())));
      }
      Optional<String> failure = ImportFiles.write(files, force);
      if (failure.isPresent()) {
        return flow.fail(failure.get());
      }
      stdout.print(
          new ImportReport(out, Optional.ofNullable(pulumiImport), nextPlan())
              .text(listed.pages(), resolvers.get(), selection));
      stdout.flush();
      return ExitCodes.OK;
    }
  }

  private List<ImportFiles.Target> targets() {
    List<ImportFiles.Target> targets = new ArrayList<>();
    targets.add(new ImportFiles.Target("--out", out));
    if (pulumiImport != null) {
      targets.add(new ImportFiles.Target("--pulumi-import", pulumiImport));
    }
    return targets;
  }

  private List<String> header(
      String target, ImportSelection.Resolvers resolvers, ImportSelection selection) {
    return List.of(
        "Written by 'securityir import' on "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS)
            + " from the live cases at "
            + target
            + ": "
            + ImportSelection.describe(all, resolvers)
            + ". "
            + Plural.count(selection.declared().size(), "case")
            + " declared, "
            + selection.commentedOut().size()
            + " commented out.",
        "",
        "Each entry declares the status its case was in when imported, so 'securityir plan' of"
            + " this file changes nothing (exit 0) until a case moves. To use it: run plan, edit"
            + " the status of each case you mean to move, review the path with plan, then apply.",
        "Entry names are derived from the case ids; case titles are sensitive and are left out."
            + " A name is also the Pulumi resource's name: rename an entry before the first"
            + " 'pulumi up', or not at all.",
        "An entry holds caseId (in quotes) and status. Add 'closeOnDelete: true' to close the case"
            + " when its entry is removed (by default removing it only stops managing the case).",
        "A case in a status only the service or AWS responders set (Acknowledged, Ready to Close)"
            + " cannot be declared: it is commented out below, with the reason.");
  }

  /** The plan of the written file, against the same service, as one can paste it. */
  private String nextPlan() {
    StringBuilder command =
        new StringBuilder("securityir plan ").append(ImportReport.shell(out.toString()));
    appendOption(command, "--endpoint", options.endpoint);
    appendOption(command, "--region", options.region);
    appendOption(command, "--profile", options.profile);
    return command.toString();
  }

  private static void appendOption(StringBuilder command, String name, String value) {
    if (value != null) {
      command.append(' ').append(name).append(' ').append(ImportReport.shell(value));
    }
  }
}
