package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.cases.CasesFileLoad;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.emulator.EmulatorOptions;
import com.pulumi.securityir.emulator.EmulatorStartException;
import com.pulumi.securityir.emulator.SecurityIrEmulator;
import com.pulumi.securityir.gateway.GatewayConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code securityir demo}: the whole idea in one command, with no AWS account and no Pulumi CLI.
 * Starts an in-process emulator seeded from {@code examples/quickstart/seed.yaml}, plans and
 * applies {@code examples/quickstart/cases.yaml} against it, and prints each case's audit trail.
 *
 * <p>The quickstart deliberately declares one move the lifecycle forbids, so the demo can show a
 * refusal. Exit 0 therefore means "the quickstart behaved as designed": every case the plan could
 * move converged, and the only cases short of their declared status are those the plan refused
 * (nothing was called for them). Anything else (a failed step, an unreadable case, missing example
 * files) exits 1.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    versionProvider = SecurityIrCli.Version.class,
    description = {
      "See the whole idea in one command, with no AWS account.",
      "Plans and applies examples/quickstart/cases.yaml against an embedded emulator, then shows each"
          + " case's audit trail. Changes nothing outside this process."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the quickstart behaved as designed (its one refusal included)",
      "1:something else happened: a failed step, an unreadable case, missing example files"
    })
final class DemoCommand implements Callable<Integer> {

  /** Set by bin/java-launcher.sh to the project root. */
  static final String HOME_PROPERTY = "securityir.home";

  /**
   * Static keys for the emulator, which checks their form but not their signature; not a secret.
   */
  private static final String DEMO_ACCESS_KEY_ID = "AKIAEMULATORDEMO0000";

  private static final String DEMO_SECRET_ACCESS_KEY = "emulator-demo-secret";
  private static final String DEMO_REGION = "us-east-1";
  private static final int PARALLEL = 4;
  private static final String QUICKSTART = "examples/quickstart";

  /** Held here so the level set on it is not lost when the logger would otherwise be collected. */
  private static final Logger EMULATOR_LOG =
      Logger.getLogger(SecurityIrEmulator.class.getPackageName());

  private final Environment environment;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--no-color",
      description = "No colours (also off when NO_COLOR is set or output is not a" + " terminal).")
  private boolean noColor;

  @Option(names = "--debug", description = "Show stack traces of unexpected errors.")
  private boolean debug;

  DemoCommand(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Style style = environment.style(noColor);
    Workflow flow =
        new Workflow("securityir demo", out, spec.commandLine().getErr(), style, environment);
    Path quickstart = environment.home().resolve(QUICKSTART);
    Path seed = quickstart.resolve("seed.yaml");
    Path casesFile = quickstart.resolve("cases.yaml");
    for (Path needed : List.of(seed, casesFile)) {
      if (!Files.isRegularFile(needed)) {
        return flow.fail(
            needed
                + " is missing; run the demo through bin/securityir from a complete"
                + " checkout (the launcher sets -D"
                + HOME_PROPERTY
                + " to the project root), or from the"
                + " project root directory");
      }
    }
    Optional<CasesFile> cases = flow.load(casesFile).map(CasesFileLoad.Loaded::file);
    if (cases.isEmpty()) {
      return ExitCodes.ERROR;
    }
    if (!debug) {
      // The emulator logs its start and stop at INFO; in the demo they would only interleave with
      // the story.
      EMULATOR_LOG.setLevel(Level.WARNING);
    }
    SecurityIrEmulator emulator;
    try {
      emulator = SecurityIrEmulator.start(EmulatorOptions.defaults().withSeedFile(seed));
    } catch (EmulatorStartException e) {
      return flow.fail(
          e.problems().stream().map(p -> "the embedded emulator cannot start: " + p).toList());
    }
    try (emulator) {
      GatewayConfig config =
          GatewayConfig.builder()
              .endpoint(emulator.endpoint().toString())
              .region(DEMO_REGION)
              .accessKeyId(DEMO_ACCESS_KEY_ID)
              .secretAccessKey(DEMO_SECRET_ACCESS_KEY)
              .build();
      Optional<GatewayFactory.OpenGateway> opened = flow.open(config);
      if (opened.isEmpty()) {
        return ExitCodes.ERROR;
      }
      try (GatewayFactory.OpenGateway service = opened.get()) {
        return run(flow, style, cases.get(), service, emulator);
      }
    }
  }

  private int run(
      Workflow flow,
      Style style,
      CasesFile cases,
      GatewayFactory.OpenGateway service,
      SecurityIrEmulator emulator) {
    PrintWriter out = flow.out();
    out.println(
        style.bold("securityir demo")
            + ": an embedded Security IR emulator at "
            + emulator.endpoint()
            + ", seeded from "
            + QUICKSTART
            + "/seed.yaml.");
    out.println("No AWS account and no Pulumi CLI involved; nothing outside this process changes.");
    out.println();
    out.println(style.bold("1. Plan") + "  (securityir plan " + QUICKSTART + "/cases.yaml)");
    Planner planner = new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED));
    CasesPlan plan = flow.plan(cases, service.gateway(), planner, PARALLEL, service.target());
    out.println();
    out.println(
        style.bold("2. Apply")
            + "  (securityir apply --yes "
            + QUICKSTART
            + "/cases.yaml; no confirmation needed against the emulator)");
    // The demo's story is the audit trail; its apply adds no comments.
    ApplyResult result =
        flow.apply(plan, new Reconciler(service.gateway(), planner), PARALLEL, CaseRecorder.off());
    out.println();
    out.println(
        style.bold("3. Audit trail")
            + "  (ListCaseEdits: what the service recorded, one line per edit)");
    for (CaseDeclaration declaration : cases.cases()) {
      try {
        out.print(
            flow.renderer()
                .auditTrail(
                    declaration,
                    service.auditTrail().edits(declaration.caseId(), Deadline.none())));
      } catch (CaseGatewayException e) {
        out.println("  " + Renderer.label(declaration) + ": cannot list edits: " + e.getMessage());
      }
    }
    out.println();
    boolean designed = behavedAsDesigned(result);
    out.print(explanation(result, designed));
    out.flush();
    if (!designed) {
      return flow.fail(
          "the quickstart did not behave as designed; see where each case stands above");
    }
    return ExitCodes.OK;
  }

  /** Every case converged or was unchanged, except those the plan refused before any call. */
  static boolean behavedAsDesigned(ApplyResult result) {
    return result.cases().stream()
        .allMatch(
            c ->
                c.settled()
                    || c instanceof CaseResult.Refused
                    || c instanceof CaseResult.Reconciled r
                        && r.outcome() instanceof ReconcileOutcome.Refused);
  }

  private static String explanation(ApplyResult result, boolean designed) {
    StringBuilder text =
        new StringBuilder("What happened: ")
            .append(Plural.count(result.convergedCount(), "case"))
            .append(" moved, one API call per planned step; ")
            .append(Plural.count(result.unchangedCount(), "case"))
            .append(" already matched and got no call.");
    if (result.refusedCount() > 0) {
      text.append(" ")
          .append(Plural.count(result.refusedCount(), "case"))
          .append(
              " refused on purpose: the plan found no legal"
                  + " path (the reason is printed under the case), so no call was made for it and it stays as"
                  + " it was. That is the safety the tool promises: it never tries a move the lifecycle forbids.");
    }
    text.append('\n');
    if (designed) {
      text.append(
          "The quickstart behaved as designed, so the demo exits 0. With a real account, the same"
              + " file works with: securityir plan cases.yaml, then securityir apply cases.yaml.\n");
    }
    return text.toString();
  }

  /** The project root from the launcher, or the working directory. */
  static Path home() {
    String home = System.getProperty(HOME_PROPERTY);
    return (home == null || home.isBlank() ? Path.of("") : Path.of(home))
        .toAbsolutePath()
        .normalize();
  }
}
