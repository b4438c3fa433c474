package com.pulumi.securityir.program;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import com.pulumi.exceptions.RunException;
import com.pulumi.securityir.CaseStatus;
import com.pulumi.securityir.CaseStatusArgs;
import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.cases.CasesFileLoad;
import com.pulumi.securityir.cases.CasesFileLoader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The root Pulumi program: declares one {@code securityir:index:CaseStatus} per entry of the cases
 * file, named by the entry's key, with the status spelled canonically.
 *
 * <p>The file is named by the project's stack setting {@code casesFile} (default {@value
 * #DEFAULT_CASES_FILE}), relative to the project directory, which is the program's working
 * directory. An invalid file fails the program before any resource is declared, with every problem
 * on its own line ({@code file:line:column: message}) and no stack trace.
 *
 * <p><b>Provider choice:</b> the resources use the <em>default</em> {@code securityir} provider,
 * never an explicit one. The engine configures the default provider from the stack's {@code
 * securityir:*} settings ({@code securityir:region}, {@code securityir:endpoint}, {@code
 * securityir:accessKey} as a secret, ...), so every provider setting is honoured without this
 * program reading it, secrets stay encrypted in the stack file and reach the provider as secrets,
 * and each resource keeps the same provider for its whole life. An explicit provider created only
 * when some setting is present would switch every resource's provider when the first setting is
 * added or the last removed, which the engine may treat as a replacement; with {@code
 * closeOnDelete: true} replacing would close a case. Java programs that need several providers
 * (e.g. two regions) use {@link com.pulumi.securityir.Provider} directly, as in {@code
 * examples/java}.
 *
 * <p>Exports {@code statuses}: a map from each case name to the case's actual status after the
 * update.
 */
public final class CasesProgram {

  /** The project setting naming the cases file. */
  public static final String CASES_FILE_KEY = "casesFile";

  public static final String DEFAULT_CASES_FILE = "cases.yaml";

  /** The name of the stack output mapping case names to actual statuses. */
  public static final String STATUSES_OUTPUT = "statuses";

  private CasesProgram() {}

  public static void main(String[] args) {
    Pulumi.run(ctx -> stack(ctx, Path.of("")));
  }

  /**
   * The whole program: reads the {@code casesFile} setting, loads that file relative to {@code
   * projectDirectory} and declares its cases.
   *
   * @throws RunException (shown by Pulumi without a stack trace) when the setting or the file is
   *     invalid; nothing is declared then
   */
  public static void stack(Context ctx, Path projectDirectory) {
    Path file = casesFile(ctx.config().get(CASES_FILE_KEY), projectDirectory);
    declare(ctx, new CasesFileLoader().load(file));
  }

  /**
   * The cases file a setting names, resolved against the project directory; an empty project
   * directory ({@code Path.of("")}) keeps the path as the user wrote it, for messages.
   *
   * @throws RunException when the setting is blank or not a path
   */
  static Path casesFile(Optional<String> setting, Path projectDirectory) {
    String name = setting.orElse(DEFAULT_CASES_FILE);
    if (name.isBlank()) {
      throw new RunException(
          "config "
              + CASES_FILE_KEY
              + " is empty; set it to the cases file, e.g. `pulumi config"
              + " set "
              + CASES_FILE_KEY
              + " cases.yaml`, or remove it to use "
              + DEFAULT_CASES_FILE);
    }
    try {
      return projectDirectory.resolve(name.strip());
    } catch (InvalidPathException e) {
      throw new RunException(
          "config "
              + CASES_FILE_KEY
              + " is not a valid path ("
              + e.getReason()
              + "); set it to"
              + " the cases file, e.g. cases.yaml");
    }
  }

  /**
   * Declares one {@link CaseStatus} per entry of a valid file, in file order, and exports {@value
   * #STATUSES_OUTPUT}; fails the program with every problem of an invalid one.
   *
   * @return the declared resources by case name, in file order
   * @throws RunException listing every problem, one per line, when the file is invalid
   */
  public static Map<String, CaseStatus> declare(Context ctx, CasesFileLoad load) {
    Objects.requireNonNull(load, "load");
    if (load instanceof CasesFileLoad.Invalid invalid) {
      throw new RunException(
          "the cases file has "
              + invalid.problems().size()
              + (invalid.problems().size() == 1 ? " problem" : " problems")
              + "; nothing was changed:\n"
              + invalid.report());
    }
    CasesFile file = ((CasesFileLoad.Loaded) load).file();
    Map<String, CaseStatus> declared = new LinkedHashMap<>();
    for (CaseDeclaration declaration : file.cases()) {
      declared.put(declaration.name(), new CaseStatus(declaration.name(), args(declaration)));
    }
    ctx.export(STATUSES_OUTPUT, statuses(declared));
    return declared;
  }

  /** The resource inputs of one declaration: status in its exact wire spelling. */
  static CaseStatusArgs args(CaseDeclaration declaration) {
    CaseStatusArgs.Builder args =
        CaseStatusArgs.builder()
            .caseId(declaration.caseId().value())
            .status(declaration.status().wireName())
            .closeOnDelete(declaration.closeOnDelete())
            .comment(declaration.comment());
    declaration.note().ifPresent(args::note);
    return args.build();
  }

  private static Output<Map<String, String>> statuses(Map<String, CaseStatus> declared) {
    List<String> names = new ArrayList<>(declared.keySet());
    List<Output<String>> statuses = declared.values().stream().map(CaseStatus::status).toList();
    return Output.all(statuses)
        .applyValue(
            values -> {
              Map<String, String> byName = new LinkedHashMap<>();
              for (int i = 0; i < names.size(); i++) {
                byName.put(names.get(i), values.get(i));
              }
              return byName;
            });
  }
}
