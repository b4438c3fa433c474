package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.BuildInfo;
import com.pulumi.securityir.core.text.OneLine;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import picocli.CommandLine.Parameters;

/**
 * {@code securityir plan FILE}: reads every declared case's status and shows what {@code apply}
 * would do, as text, JSON or Markdown; {@code --out PLAN} also saves the plan for {@code apply
 * PLAN}. Makes read calls only ({@code GetCase}), never a mutating one, and never comments.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    versionProvider = SecurityIrCli.Version.class,
    description = {
      "Show what apply would change; changes nothing.",
      "Reads the live status of every case declared in FILE and plans the shortest legal path to its"
          + " declared status."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing to do: every case is in its declared status",
      "2:changes pending, and all of them can be applied",
      "1:errors: a refused move, an unreadable case, a bad file or option"
    })
final class PlanCommand implements Callable<Integer> {

  static final List<OutputFormat> FORMATS =
      List.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.MARKDOWN);

  private final Environment environment;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The cases file, e.g. cases.yaml.")
  private Path file;

  @Option(
      names = "--out",
      paramLabel = "PLAN",
      description =
          "Also save the plan as JSON to PLAN, for 'securityir apply PLAN' to apply exactly it."
              + " Replaces an earlier plan file, never another file.")
  private Path out;

  @Option(
      names = "--format",
      paramLabel = "text|json|markdown",
      defaultValue = "text",
      description =
          "What stdout carries: text (default), json (the plan file's document) or markdown (a"
              + " pull-request comment). With json or markdown the text goes to stderr.")
  private String format;

  @Mixin private CommonOptions options;

  PlanCommand(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    Optional<OutputFormat> chosen = OutputFormat.parse(format, FORMATS);
    List<String> problems = new ArrayList<>();
    if (chosen.isEmpty()) {
      problems.add(OutputFormat.problem(format, FORMATS));
    }
    if (out != null) {
      outProblem().ifPresent(problems::add);
    }
    return Workflow.planThen(
        "securityir plan",
        spec,
        options,
        problems,
        chosen.orElse(OutputFormat.TEXT),
        file,
        environment,
        (flow, planned) -> {
          PlanFile.Header header = header(planned);
          if (out != null) {
            try {
              save(PlanFile.json(header, planned.plan()));
            } catch (IOException e) {
              return flow.fail(
                  "--out '"
                      + out
                      + "': cannot write the plan file ("
                      + e.getClass().getSimpleName()
                      + ": "
                      + OneLine.message(e.getMessage())
                      + "); check the directory exists and is writable");
            }
            flow.out().println();
            flow.out()
                .println(
                    "Saved the plan to "
                        + out
                        + "; apply exactly it with: securityir apply "
                        + out);
            flow.out().flush();
          }
          if (chosen.get() == OutputFormat.JSON) {
            flow.stdout().print(PlanFile.json(header, planned.plan()));
          } else if (chosen.get() == OutputFormat.MARKDOWN) {
            flow.stdout().print(MarkdownPlan.markdown(header, planned.plan()));
          }
          flow.stdout().flush();
          flow.renderer().planErrors(planned.plan()).ifPresent(flow::fail);
          return planned.plan().exitCode();
        });
  }

  private PlanFile.Header header(Workflow.Planned planned) {
    return new PlanFile.Header(
        file.toString(),
        planned.casesSha256(),
        planned.service().endpoint(),
        planned.service().region(),
        planned.planner().graph().variant(),
        planned.planner().graph().fingerprint(),
        BuildInfo.version(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** {@code --out} may name a new file or an earlier plan, never the cases file or another file. */
  private Optional<String> outProblem() {
    if (Files.isDirectory(out)) {
      return Optional.of("--out '" + out + "': is a directory; name the plan file, e.g. plan.json");
    }
    boolean isCasesFile;
    try {
      isCasesFile = Files.exists(out) && Files.isSameFile(out, file);
    } catch (IOException e) {
      isCasesFile = false;
    }
    if (isCasesFile
        || Files.exists(out) && PlanFileReader.read(out) instanceof SavedPlan.Reading.NotAPlan) {
      return Optional.of(
          "--out '"
              + out
              + "': the file exists and is not a securityir plan; name a new file (e.g. plan.json),"
              + " or remove it first");
    }
    return Optional.empty();
  }

  /** Writes beside the target, then moves it in place, so a reader never sees half a plan. */
  private void save(String json) throws IOException {
    Path absolute = out.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".securityir-plan", ".tmp");
    try {
      Files.writeString(temp, json);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
