package com.pulumi.securityir.reliability;

import static com.pulumi.securityir.provider.harness.EngineHarness.secret;

import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EmulatorProcess.Call;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.pulumi.securityir.provider.harness.EngineSession.State;
import com.pulumi.securityir.provider.harness.EngineSession.Step;
import io.grpc.Status;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.GetCaseRequest;

/**
 * The fault soak: cases with random start and declared statuses (self-managed and AWS-supported),
 * applied by repeated {@code up}s through the engine-like harness (a fresh plugin process per run,
 * the engine state carried between runs, partial failures included) while the emulator injects
 * throttling, service errors, dropped connections and latency jitter, and "someone else" moves a
 * tenth of the cases during the first run. Collects figures and every violation of the promises:
 * reachable cases converge, refused cases get no mutating call, no rejected transition except those
 * provoked by a concurrent move, every recorded status is the live one.
 */
final class FaultSoak {

  private static final Set<String> MUTATING = Set.of("UpdateCaseStatus", "CloseCase");

  /** What to run. */
  record Config(int cases, long seed, int runs, int parallel, int maxRetries, Faults faults) {

    /** The mixed faults and concurrent moves. */
    Config(int cases, long seed, int runs, int parallel, int maxRetries) {
      this(cases, seed, runs, parallel, maxRetries, Faults.MIXED);
    }
  }

  /** Which faults the emulator injects. */
  enum Faults {
    /**
     * Throttling, service errors, dropped connections and latency jitter, with a tenth of the cases
     * moved by someone else during the first run.
     */
    MIXED,
    /**
     * Only throttling: 30% of every API call, {@code Retry-After: 0}, nobody else moving cases and
     * every declared status reachable, so every case must converge; the CLI runs with {@code
     * --debug}, whose line must show the calls at once came down below {@code --parallel}.
     */
    THROTTLING
  }

  /** One declared case. */
  record Case(String name, String id, String resolverType, String start, String target) {}

  private final Config config;
  private final EmulatorProcess emulator;
  private final Random random;
  private final SoakFigures figures = new SoakFigures();
  private final List<String> violations = new ArrayList<>();

  FaultSoak(Config config, EmulatorProcess emulator) {
    this.config = config;
    this.emulator = emulator;
    this.random = new Random(config.seed());
  }

  /** The result: figures and violations (empty when every promise held). */
  record Result(SoakFigures figures, List<String> violations) {}

  Result run() throws Exception {
    List<Case> cases = seedCases();
    Map<String, State> state = new ConcurrentHashMap<>();
    Map<String, String> live = readLive(cases);
    List<Case> moved = new ArrayList<>(cases);
    java.util.Collections.shuffle(moved, random);
    moved = moved.subList(0, Math.max(1, cases.size() / 10));
    Map<String, String> lastReport = new HashMap<>();
    // Cases whose latest run that got as far as planning reported a refusal; a run whose read
    // failed outright cannot refuse, and does not undo the earlier report.
    Set<String> refusalReported = ConcurrentHashMap.newKeySet();
    for (int run = 1; run <= config.runs(); run++) {
      emulator.clearFaults();
      emulator.clearCalls();
      installFaults(cases, run);
      List<Move> moves = new java.util.concurrent.CopyOnWriteArrayList<>();
      Map<String, Step> steps = upAll(cases, state, run == 1 ? moved : List.of(), moves);
      emulator.clearFaults();
      List<Call> calls = emulator.calls();
      Map<String, String> before = live;
      live = readLive(cases);
      check(run, cases, steps, calls, moves, before, live, state, lastReport, refusalReported);
    }
    for (Case c : cases) {
      String now = live.get(c.id());
      if (now.equals(c.target())) {
        figures.converged++;
      } else if (LifecycleOracle.reachable(now, c.target(), c.resolverType())) {
        violations.add(
            c.name()
                + ": reachable '"
                + c.target()
                + "' from '"
                + now
                + "' but not converged after "
                + config.runs()
                + " runs; last: "
                + lastReport.get(c.name()));
      } else {
        figures.refused++;
        if (!refusalReported.contains(c.name())) {
          violations.add(
              c.name()
                  + ": unreachable from '"
                  + now
                  + "' but the last run did not report a refusal: "
                  + lastReport.get(c.name()));
        }
      }
      State recorded = state.get(c.name());
      if (recorded != null
          && !recorded.status().equals(now)
          && !refusalReported.contains(c.name())) {
        figures.lost++;
        violations.add(
            c.name()
                + ": engine state says '"
                + recorded.status()
                + "', the case is in '"
                + now
                + "'");
      }
    }
    figures.cases = cases.size();
    return new Result(figures, List.copyOf(violations));
  }

  // ---- set-up ------------------------------------------------------------------------------

  private List<Case> seedCases() {
    boolean allReachable = config.faults() == Faults.THROTTLING;
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < config.cases(); i++) {
      String resolver = allReachable || random.nextInt(10) < 7 ? "Self" : "AWS";
      String start = LifecycleOracle.ALL.get(random.nextInt(LifecycleOracle.ALL.size()));
      String target =
          LifecycleOracle.DECLARABLE.get(random.nextInt(LifecycleOracle.DECLARABLE.size()));
      while (allReachable && !LifecycleOracle.reachable(start, target, resolver)) {
        target = LifecycleOracle.DECLARABLE.get(random.nextInt(LifecycleOracle.DECLARABLE.size()));
      }
      String id = emulator.seed("soak case " + i, start, resolver);
      cases.add(new Case("case-" + i, id, resolver, start, target));
      if (resolver.equals("Self")) {
        figures.selfManaged++;
      }
      if (!LifecycleOracle.reachable(start, target, resolver)) {
        figures.unreachableAtStart++;
      }
    }
    return cases;
  }

  /**
   * Mixed: 30% ThrottlingException (Retry-After 1 s), 10% InternalServerException and 5% dropped
   * connections of every API call, plus 0-40 ms of latency per case. The emulator lets the first
   * firing fault decide, so the later rates are conditional ones that give these marginal rates.
   * Throttling only: 30% ThrottlingException with Retry-After 0, nothing else.
   */
  private void installFaults(List<Case> cases, int run) {
    long seed = config.seed() * 31 + run;
    boolean throttlingOnly = config.faults() == Faults.THROTTLING;
    emulator.fault(
        Map.of(
            "operation",
            "*",
            "error",
            "ThrottlingException",
            "rate",
            0.30,
            "seed",
            seed,
            "retryAfterSeconds",
            throttlingOnly ? 0 : 1));
    if (throttlingOnly) {
      return;
    }
    emulator.fault(
        Map.of(
            "operation",
            "*",
            "error",
            "InternalServerException",
            "rate",
            0.10 / 0.70,
            "seed",
            seed + 1));
    emulator.fault(Map.of("operation", "*", "drop", true, "rate", 0.05 / 0.60, "seed", seed + 2));
    for (Case c : cases) {
      int ms = random.nextInt(41);
      if (ms > 0) {
        emulator.fault(Map.of("operation", "*", "caseId", c.id(), "latencyMs", ms));
      }
    }
  }

  // ---- one engine operation ----------------------------------------------------------------

  private record Move(String caseId, String to, int logIndex) {}

  private Map<String, Step> upAll(
      List<Case> cases, Map<String, State> state, List<Case> toMove, List<Move> moves)
      throws Exception {
    Map<String, Step> steps = new ConcurrentHashMap<>();
    AtomicInteger finished = new AtomicInteger();
    // Each move waits until a random number of the other cases are done, so moves land at
    // scattered points of the run: before, during and after the moved case's own walk.
    List<Integer> triggers = new ArrayList<>();
    List<String> destinations = new ArrayList<>();
    for (int i = 0; i < toMove.size(); i++) {
      triggers.add(random.nextInt(Math.max(1, cases.size())));
      destinations.add(LifecycleOracle.ALL.get(random.nextInt(LifecycleOracle.ALL.size() - 1)));
    }
    try (EngineHarness harness = EngineHarness.launch()) {
      EngineSession session = new EngineSession(harness);
      session.handshake();
      List<pulumirpc.Provider.CheckFailure> failures = session.configure(providerConfig());
      if (!failures.isEmpty()) {
        throw new AssertionError("soak configuration refused: " + failures);
      }
      ExecutorService workers = Executors.newFixedThreadPool(config.parallel());
      Thread mover =
          new Thread(
              () -> {
                for (int i = 0; i < toMove.size(); i++) {
                  for (int wait = 0; finished.get() < triggers.get(i) && wait < 6000; wait++) {
                    sleep(10);
                  }
                  Case c = toMove.get(i);
                  int index = emulator.calls().size();
                  if (emulator.tryMove(c.id(), destinations.get(i))) {
                    moves.add(new Move(c.id(), destinations.get(i), index));
                  }
                }
              },
              "someone-else");
      mover.start();
      try {
        List<Future<?>> pending = new ArrayList<>();
        for (Case c : cases) {
          pending.add(
              workers.submit(
                  () -> {
                    Step step =
                        session.up(
                            c.name(),
                            Map.of("caseId", c.id(), "status", c.target()),
                            Optional.ofNullable(state.get(c.name())));
                    steps.put(c.name(), step);
                    if (step instanceof Step.Done done) {
                      state.put(c.name(), done.state());
                    } else if (step instanceof Step.Partial partial) {
                      state.put(c.name(), partial.state());
                    }
                    finished.incrementAndGet();
                    return null;
                  }));
        }
        for (Future<?> f : pending) {
          f.get(10, TimeUnit.MINUTES);
        }
      } finally {
        mover.join(TimeUnit.MINUTES.toMillis(2));
        workers.shutdownNow();
      }
      if (!harness.strayStdout().isEmpty()) {
        violations.add("the plugin wrote to stdout after the port: " + harness.strayStdout());
      }
    }
    return steps;
  }

  private Map<String, Object> providerConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put("region", "us-east-1");
    config.put("endpoint", emulator.endpoint().toString());
    config.put("accessKey", "AKIDSOAK000000000000");
    config.put("secretKey", secret("soak-secret-key"));
    config.put("maxRetries", this.config.maxRetries());
    return config;
  }

  // ---- checks after a run ------------------------------------------------------------------

  private void check(
      int run,
      List<Case> cases,
      Map<String, Step> steps,
      List<Call> calls,
      List<Move> moves,
      Map<String, String> before,
      Map<String, String> after,
      Map<String, State> state,
      Map<String, String> lastReport,
      Set<String> refusalReported) {
    SoakFigures.Run figuresOfRun = figures.run(run);
    Map<String, List<Move>> movesByCase = scanCalls(run, calls, moves, figuresOfRun);
    for (Case c : cases) {
      Step step = steps.get(c.name());
      boolean movedNow = movesByCase.containsKey(c.id());
      String was = before.get(c.id());
      String now = after.get(c.id());
      long mutations =
          calls.stream()
              .filter(k -> k.caseId().equals(c.id()) && MUTATING.contains(k.operation()))
              .count();
      if (step == null) {
        violations.add("run " + run + ": " + c.name() + " has no outcome");
        continue;
      }
      if (step instanceof Step.CheckFailed failed) {
        violations.add("run " + run + ": " + c.name() + " failed Check: " + failed.failures());
        lastReport.put(c.name(), "check failed");
      } else if (step instanceof Step.Done done) {
        figuresOfRun.done++;
        lastReport.put(c.name(), "done");
        refusalReported.remove(c.name());
        if (!movedNow && !done.state().status().equals(now)) {
          violations.add(
              "run "
                  + run
                  + ": "
                  + c.name()
                  + " recorded '"
                  + done.state().status()
                  + "' but the case is in '"
                  + now
                  + "'");
        }
      } else if (step instanceof Step.Partial partial) {
        figuresOfRun.partial++;
        lastReport.put(c.name(), "partial: " + partial.state().initErrors());
        refusalReported.remove(c.name());
        if (movedNow) {
          figuresOfRun.partialOnMovedCase++;
        } else if (!partial.state().status().equals(now)) {
          figuresOfRun.partialMismatch++;
          violations.add(
              "run "
                  + run
                  + ": "
                  + c.name()
                  + " stopped part-way recording '"
                  + partial.state().status()
                  + "' but the case is in '"
                  + now
                  + "'");
        }
      } else {
        Step.Failed failed = (Step.Failed) step;
        Status status = failed.error().getStatus();
        if (status.getCode() == Status.Code.FAILED_PRECONDITION) {
          figuresOfRun.refused++;
          lastReport.put(c.name(), "refused");
          refusalReported.add(c.name());
          if (!movedNow && LifecycleOracle.reachable(was, c.target(), c.resolverType())) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " refused though '"
                    + c.target()
                    + "' is reachable from '"
                    + was
                    + "': "
                    + status.getDescription());
          }
          if (!movedNow && mutations > 0) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " was refused yet got "
                    + mutations
                    + " mutating calls");
          }
        } else {
          figuresOfRun.failed++;
          lastReport.put(c.name(), "failed: " + status.getCode() + " " + status.getDescription());
          if (!movedNow && !was.equals(now)) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " failed without a partial-failure detail, yet moved from '"
                    + was
                    + "' to '"
                    + now
                    + "': "
                    + status.getDescription());
          }
        }
      }
      if (!movedNow
          && !LifecycleOracle.reachable(was, c.target(), c.resolverType())
          && mutations > 0) {
        violations.add(
            "run "
                + run
                + ": "
                + c.name()
                + " is unreachable from '"
                + was
                + "' yet got mutating calls");
      }
      if (!movedNow && mutations > 0 && !(step instanceof Step.Failed)) {
        long ok =
            calls.stream()
                .filter(
                    k ->
                        k.caseId().equals(c.id())
                            && MUTATING.contains(k.operation())
                            && k.status() / 100 == 2)
                .count();
        int planned = LifecycleOracle.distance(was, c.target(), c.resolverType());
        if (planned >= 0 && ok > planned) {
          violations.add(
              "run "
                  + run
                  + ": "
                  + c.name()
                  + " made "
                  + ok
                  + " successful moves for a "
                  + planned
                  + "-step path from '"
                  + was
                  + "'");
        }
      }
    }
    figuresOfRun.convergedAfter =
        (int) cases.stream().filter(c -> after.get(c.id()).equals(c.target())).count();
  }

  /**
   * Counts the run's calls and faults and flags every rejected mutating call not provoked by a
   * concurrent move of its case; returns the moves by case id.
   */
  private Map<String, List<Move>> scanCalls(
      int run, List<Call> calls, List<Move> moves, SoakFigures.Run figuresOfRun) {
    figuresOfRun.calls = calls.size();
    Map<String, List<Move>> movesByCase = new HashMap<>();
    moves.forEach(m -> movesByCase.computeIfAbsent(m.caseId(), k -> new ArrayList<>()).add(m));
    figuresOfRun.moves = moves.size();
    for (int i = 0; i < calls.size(); i++) {
      Call call = calls.get(i);
      switch (call.status()) {
        case 429 -> figuresOfRun.throttled++;
        case 500 -> figuresOfRun.serverErrors++;
        case 0 -> figuresOfRun.dropped++;
        default -> {}
      }
      if (MUTATING.contains(call.operation())) {
        if (call.status() / 100 == 2) {
          figuresOfRun.mutations++;
        }
        if (call.status() == 409 || call.status() == 400) {
          final int at = i;
          boolean provoked =
              movesByCase.getOrDefault(call.caseId(), List.of()).stream()
                  .anyMatch(m -> m.logIndex() <= at);
          if (provoked) {
            figuresOfRun.rejectedAfterMove++;
          } else {
            figuresOfRun.rejectedUnprovoked++;
            violations.add(
                "run "
                    + run
                    + ": "
                    + call.operation()
                    + " on case "
                    + call.caseId()
                    + " rejected with "
                    + call.status()
                    + " though nobody else moved it");
          }
        }
      }
    }
    return movesByCase;
  }

  // ---- the same soak through the CLI -------------------------------------------------------

  /** How the CLI reported one case under "Where each case stands". */
  private enum Reported {
    CONVERGED,
    UNCHANGED,
    REFUSED,
    UNREADABLE,
    STOPPED_PART_WAY,
    STOPPED_BEFORE_ANY_STEP
  }

  /** One case's block in the CLI's report; {@code status} is the status it names, if any. */
  private record CliOutcome(Reported kind, String status, String line) {}

  /** The CLI's {@code --debug} line on how far throttling brought the calls at once down. */
  private static final Pattern CONCURRENCY =
      Pattern.compile(
          "^securityir apply: debug: at most (\\d+) calls at once; throttled (\\d+) times?, the"
              + " limit came down to (\\d+) and ended at (\\d+)$");

  private static final Pattern OUTCOME =
      Pattern.compile("^  [+=!x] (case-\\d+) \\((\\d+)\\): (.*)$");

  /**
   * The same cases, faults and concurrent moves, applied with {@code bin/securityir apply --yes} (a
   * fresh process per run, nothing carried between runs: the CLI is stateless). After each run the
   * printed "where each case stands" is compared with the emulator's live status.
   */
  Result runThroughCli(Path workDir) throws Exception {
    List<Case> cases = seedCases();
    Path file = workDir.resolve("cases.yaml");
    StringBuilder yaml = new StringBuilder("cases:\n");
    for (Case c : cases) {
      yaml.append("  ")
          .append(c.name())
          .append(":\n    caseId: \"")
          .append(c.id())
          .append("\"\n    status: ")
          .append(c.target())
          .append('\n');
    }
    Files.writeString(file, yaml);
    Map<String, String> live = readLive(cases);
    List<Case> moved = new ArrayList<>(cases);
    java.util.Collections.shuffle(moved, random);
    moved = moved.subList(0, Math.max(1, cases.size() / 10));
    Map<String, String> lastReport = new HashMap<>();
    Set<String> refusalReported = new HashSet<>();
    for (int run = 1; run <= config.runs(); run++) {
      emulator.clearFaults();
      emulator.clearCalls();
      installFaults(cases, run);
      List<Move> moves = new java.util.concurrent.CopyOnWriteArrayList<>();
      List<Case> toMove = run == 1 && config.faults() == Faults.MIXED ? moved : List.<Case>of();
      CliRun result = applyWithCli(workDir, cases, toMove, moves);
      emulator.clearFaults();
      List<Call> calls = emulator.calls();
      Map<String, String> before = live;
      live = readLive(cases);
      checkCliRun(run, cases, result, calls, moves, before, live, lastReport, refusalReported);
    }
    for (Case c : cases) {
      String now = live.get(c.id());
      if (now.equals(c.target())) {
        figures.converged++;
      } else if (LifecycleOracle.reachable(now, c.target(), c.resolverType())) {
        violations.add(
            c.name()
                + ": reachable '"
                + c.target()
                + "' from '"
                + now
                + "' but not converged after "
                + config.runs()
                + " CLI runs; last: "
                + lastReport.get(c.name()));
      } else {
        figures.refused++;
        if (!refusalReported.contains(c.name())) {
          violations.add(
              c.name()
                  + ": unreachable from '"
                  + now
                  + "' but the last CLI run did not report a refusal: "
                  + lastReport.get(c.name()));
        }
      }
    }
    figures.cases = cases.size();
    return new Result(figures, List.copyOf(violations));
  }

  private CliRun applyWithCli(Path workDir, List<Case> cases, List<Case> toMove, List<Move> moves)
      throws Exception {
    // Moves wait for a random number of logged API calls, so they land at scattered points of
    // the run: before the plan reads the case, between plan and apply, and during its walk.
    List<Integer> triggers = new ArrayList<>();
    List<String> destinations = new ArrayList<>();
    for (int i = 0; i < toMove.size(); i++) {
      triggers.add(random.nextInt(Math.max(1, cases.size() * 2)));
      destinations.add(LifecycleOracle.ALL.get(random.nextInt(LifecycleOracle.ALL.size() - 1)));
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "apply",
                "cases.yaml",
                "--yes",
                "--endpoint",
                emulator.endpoint().toString(),
                "--region",
                "us-east-1",
                "--parallel",
                Integer.toString(config.parallel()),
                "--max-retries",
                Integer.toString(config.maxRetries())));
    if (config.faults() == Faults.THROTTLING) {
      args.add("--debug");
    }
    CliRun.Started started =
        CliRun.start(
            workDir,
            Map.of(
                "AWS_ACCESS_KEY_ID", "AKIDSOAK000000000000",
                "AWS_SECRET_ACCESS_KEY", "soak-secret-key"),
            args);
    Thread mover =
        new Thread(
            () -> {
              for (int i = 0; i < toMove.size(); i++) {
                for (int wait = 0;
                    started.process().isAlive()
                        && emulator.calls().size() < triggers.get(i)
                        && wait < 12_000;
                    wait++) {
                  sleep(25);
                }
                Case c = toMove.get(i);
                int index = emulator.calls().size();
                if (emulator.tryMove(c.id(), destinations.get(i))) {
                  moves.add(new Move(c.id(), destinations.get(i), index));
                }
              }
            },
            "someone-else");
    mover.start();
    try {
      return started.finish();
    } finally {
      mover.join(TimeUnit.MINUTES.toMillis(2));
    }
  }

  private static Map<String, CliOutcome> parseOutcomes(String stdout) {
    Map<String, CliOutcome> outcomes = new HashMap<>();
    // With nothing to apply, the plan is the whole report: each case's line names its status.
    boolean planOnly = stdout.lines().anyMatch(l -> l.equals("Nothing to apply."));
    List<String> report =
        planOnly
            ? stdout.lines().toList()
            : stdout.lines().dropWhile(l -> !l.equals("Where each case stands:")).toList();
    for (String line : report) {
      Matcher m = OUTCOME.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String rest = m.group(3);
      CliOutcome outcome;
      if (planOnly && rest.endsWith(", no change")) {
        outcome =
            new CliOutcome(
                Reported.UNCHANGED,
                rest.substring(0, rest.length() - ", no change".length()),
                line);
      } else if (planOnly && rest.endsWith(", refused")) {
        outcome = new CliOutcome(Reported.REFUSED, rest.substring(0, rest.indexOf(" -> ")), line);
      } else if (planOnly && rest.startsWith("cannot read the case")) {
        outcome = new CliOutcome(Reported.UNREADABLE, null, line);
      } else if (planOnly) {
        continue;
      } else if (rest.startsWith("now '")) {
        outcome = new CliOutcome(Reported.CONVERGED, quoted(rest), line);
      } else if (rest.endsWith(", unchanged")) {
        outcome =
            new CliOutcome(
                Reported.UNCHANGED,
                rest.substring(0, rest.length() - ", unchanged".length()),
                line);
      } else if (rest.startsWith("left in '")) {
        outcome = new CliOutcome(Reported.REFUSED, quoted(rest), line);
      } else if (rest.startsWith("not applied, the case could not be read")) {
        outcome = new CliOutcome(Reported.UNREADABLE, null, line);
      } else if (rest.startsWith("stopped in '")) {
        outcome = new CliOutcome(Reported.STOPPED_PART_WAY, quoted(rest), line);
      } else if (rest.startsWith("stopped before any step; nothing was changed")) {
        outcome = new CliOutcome(Reported.STOPPED_BEFORE_ANY_STEP, null, line);
      } else {
        continue;
      }
      outcomes.put(m.group(1), outcome);
    }
    return outcomes;
  }

  private static String quoted(String text) {
    int start = text.indexOf('\'') + 1;
    return text.substring(start, text.indexOf('\'', start));
  }

  private void checkCliRun(
      int run,
      List<Case> cases,
      CliRun result,
      List<Call> calls,
      List<Move> moves,
      Map<String, String> before,
      Map<String, String> after,
      Map<String, String> lastReport,
      Set<String> refusalReported) {
    SoakFigures.Run figuresOfRun = figures.run(run);
    Map<String, List<Move>> movesByCase = scanCalls(run, calls, moves, figuresOfRun);
    Map<String, CliOutcome> outcomes = parseOutcomes(result.out());
    if (result.err().contains("\tat ")
        || result.err().lines().anyMatch(l -> !l.startsWith("securityir apply: "))) {
      violations.add("run " + run + ": stderr is not the CLI's own one-line messages: " + result);
    }
    if (config.faults() == Faults.THROTTLING) {
      checkCameDown(run, result, figuresOfRun);
    }
    boolean allSettled = true;
    for (Case c : cases) {
      CliOutcome outcome = outcomes.get(c.name());
      boolean movedNow = movesByCase.containsKey(c.id());
      String was = before.get(c.id());
      String now = after.get(c.id());
      long mutations =
          calls.stream()
              .filter(k -> k.caseId().equals(c.id()) && MUTATING.contains(k.operation()))
              .count();
      if (outcome == null) {
        violations.add("run " + run + ": " + c.name() + " is missing from where each case stands");
        allSettled = false;
        continue;
      }
      lastReport.put(c.name(), outcome.line().strip());
      switch (outcome.kind()) {
        case CONVERGED, UNCHANGED -> {
          figuresOfRun.done++;
          refusalReported.remove(c.name());
          if (!movedNow && !outcome.status().equals(now)) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " reported '"
                    + outcome.status()
                    + "' but the"
                    + " case is in '"
                    + now
                    + "'");
          }
        }
        case REFUSED -> {
          figuresOfRun.refused++;
          allSettled = false;
          refusalReported.add(c.name());
          if (!movedNow && LifecycleOracle.reachable(was, c.target(), c.resolverType())) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " refused though '"
                    + c.target()
                    + "' is"
                    + " reachable from '"
                    + was
                    + "': "
                    + outcome.line());
          }
          if (!movedNow && mutations > 0) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " was refused yet got "
                    + mutations
                    + " mutating calls");
          }
          if (!movedNow && !outcome.status().equals(now)) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " refused, left in '"
                    + outcome.status()
                    + "', but the case is in '"
                    + now
                    + "'");
          }
        }
        case STOPPED_PART_WAY -> {
          figuresOfRun.partial++;
          allSettled = false;
          refusalReported.remove(c.name());
          if (movedNow) {
            figuresOfRun.partialOnMovedCase++;
          } else if (!outcome.status().equals(now)) {
            figuresOfRun.partialMismatch++;
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " stopped part-way naming '"
                    + outcome.status()
                    + "' but the case is in '"
                    + now
                    + "'");
          }
        }
        case UNREADABLE, STOPPED_BEFORE_ANY_STEP -> {
          figuresOfRun.failed++;
          allSettled = false;
          if (!movedNow && !was.equals(now)) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " said nothing was changed, yet moved from '"
                    + was
                    + "' to '"
                    + now
                    + "': "
                    + outcome.line());
          }
          if (outcome.kind() == Reported.UNREADABLE && mutations > 0) {
            violations.add(
                "run "
                    + run
                    + ": "
                    + c.name()
                    + " could not be read yet got "
                    + mutations
                    + " mutating calls");
          }
        }
      }
      if (!movedNow
          && !LifecycleOracle.reachable(was, c.target(), c.resolverType())
          && mutations > 0) {
        violations.add(
            "run "
                + run
                + ": "
                + c.name()
                + " is unreachable from '"
                + was
                + "' yet got mutating calls");
      }
      if (!movedNow && mutations > 0) {
        long ok =
            calls.stream()
                .filter(
                    k ->
                        k.caseId().equals(c.id())
                            && MUTATING.contains(k.operation())
                            && k.status() / 100 == 2)
                .count();
        int planned = LifecycleOracle.distance(was, c.target(), c.resolverType());
        if (planned >= 0 && ok > planned) {
          violations.add(
              "run "
                  + run
                  + ": "
                  + c.name()
                  + " made "
                  + ok
                  + " successful moves for a "
                  + planned
                  + "-step path from '"
                  + was
                  + "'");
        }
      }
    }
    int expectedExit = allSettled ? 0 : 1;
    if (result.exitCode() != expectedExit) {
      violations.add(
          "run "
              + run
              + ": exit code "
              + result.exitCode()
              + ", expected "
              + expectedExit
              + " for the cases reported");
    }
    figuresOfRun.convergedAfter =
        (int) cases.stream().filter(c -> after.get(c.id()).equals(c.target())).count();
  }

  /**
   * Under throttling alone the limit of calls at once must have come down below {@code --parallel}
   * and never below 1, as the {@code --debug} line says.
   */
  private void checkCameDown(int run, CliRun result, SoakFigures.Run figuresOfRun) {
    Optional<Matcher> line =
        result.err().lines().map(CONCURRENCY::matcher).filter(Matcher::matches).findFirst();
    if (line.isEmpty()) {
      violations.add("run " + run + ": no --debug line on the calls at once: " + result);
      return;
    }
    int bound = Integer.parseInt(line.get().group(1));
    int lowest = Integer.parseInt(line.get().group(3));
    figuresOfRun.lowestAtOnce = lowest;
    if (bound != config.parallel() || lowest < 1 || lowest >= bound) {
      violations.add(
          "run "
              + run
              + ": "
              + figuresOfRun.throttled
              + " throttled calls should bring the calls at once below --parallel "
              + config.parallel()
              + " (and not below 1): "
              + line.get().group());
    }
  }

  // ---- live status, read around the provider ----------------------------------------------

  private Map<String, String> readLive(List<Case> cases) {
    try (SecurityIrClient client =
        SecurityIrClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(emulator.endpoint().toString()))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDSOAKREADER000000", "reader")))
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build()) {
      Map<String, String> live = new LinkedHashMap<>();
      for (Case c : cases) {
        live.put(
            c.id(),
            client.getCase(GetCaseRequest.builder().caseId(c.id()).build()).caseStatusAsString());
      }
      return live;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
