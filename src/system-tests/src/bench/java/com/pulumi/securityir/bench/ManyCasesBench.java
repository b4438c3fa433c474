package com.pulumi.securityir.bench;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EmulatorProcess.Call;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;

/**
 * A {@code pulumi preview} or {@code pulumi up} over many existing CaseStatus resources, each
 * declared two steps away from its live status, driven in engine order: one plugin process per
 * operation; Check and Diff one resource at a time (the engine's step generation is serial); each
 * Update handed to a pool of {@code parallel} workers as soon as its Diff says DIFF_SOME (the
 * engine's step executor, {@code --parallel}); with {@code PULUMI_PARALLEL_DIFF} (the {@code
 * *_PARALLEL_DIFF} modes) each Diff runs on those workers too. The timed part starts after
 * Configure and ends when the last Update answered. Afterwards the emulator's call log is compared
 * with the lower bound.
 */
final class ManyCasesBench {

  static final String FROM = "Submitted";
  static final String TO = "Containment, Eradication and Recovery";

  /** The most cases one ListCases page shows (the model's maxResults bound). */
  private static final int PAGE_SIZE = 25;

  /** How the engine is emulated. */
  enum Mode {
    /** {@code pulumi preview}: Update(preview=true). */
    PREVIEW,
    /** {@code pulumi up}: Update(preview=false). */
    UP,
    /**
     * Baseline: a preview in engine order where every declaration is unchanged but every case was
     * moved elsewhere (drift). Only the live status can show the change, so each Diff waits for the
     * read its Check started a moment before: one serial round trip per resource, which is what a
     * provider that read in Diff would pay for every resource.
     */
    PREVIEW_DRIFT,
    /**
     * Diagnostic, not engine order: every Check first, then every Diff, as if the plugin could
     * start all reads before the first Diff. Shows what a provider that does not wait on a read
     * started by the Check just before it would reach.
     */
    PREVIEW_CHECKS_FIRST,
    /**
     * {@code pulumi preview} with {@code PULUMI_PARALLEL_DIFF=true} (engine v3.157.0,
     * pulumi#18872): Check stays serial in the step generator, which hands each Diff to the step
     * workers and goes on to the next resource; the Update follows on the workers once its Diff
     * answered.
     */
    PREVIEW_PARALLEL_DIFF,
    /**
     * {@link #PREVIEW_DRIFT} with concurrent Diffs as in {@link #PREVIEW_PARALLEL_DIFF}: every Diff
     * needs its case's live status, so a plugin that serialised Diffs would take as long as the
     * serial baseline, and one that answers them at once about 1/{@code parallel} of it.
     */
    PREVIEW_DRIFT_PARALLEL_DIFF;

    boolean drift() {
      return this == PREVIEW_DRIFT || this == PREVIEW_DRIFT_PARALLEL_DIFF;
    }

    boolean parallelDiff() {
      return this == PREVIEW_PARALLEL_DIFF || this == PREVIEW_DRIFT_PARALLEL_DIFF;
    }
  }

  /** One run's figures and its call log, already checked against the lower bound. */
  record Result(
      Mode mode,
      int cases,
      double seconds,
      double cpuSeconds,
      double peakRssMiB,
      long getCase,
      long listCases,
      long updateCaseStatus,
      long closeCase,
      long createCaseComment,
      List<String> callLogProblems) {}

  private ManyCasesBench() {}

  /**
   * One run on a fresh emulator holding {@code othersFirst} closed cases, listed before the run's
   * own cases (ListCases lists in creation order), so that the run's reads see an account of that
   * shape and nothing left by an earlier run.
   */
  static Result run(int latencyMs, Mode mode, int cases, int parallel, int othersFirst)
      throws Exception {
    try (EmulatorProcess emulator =
        EmulatorProcess.start("--latency-ms", Integer.toString(latencyMs))) {
      seed(emulator, othersFirst, "Closed");
      return run(emulator, mode, cases, parallel, othersFirst);
    }
  }

  private static Result run(
      EmulatorProcess emulator, Mode mode, int cases, int parallel, int othersFirst)
      throws Exception {
    // One after the other, so that ListCases lists them in the order they are declared.
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      ids.add(emulator.seed("bench case " + i, FROM, "Self"));
    }
    emulator.clearCalls();
    double seconds;
    double rss;
    double cpu;
    List<String> outputProblems = new ArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(parallel);
    try (EngineHarness harness =
        EngineHarness.launch(
            new EngineHarness.Options(
                List.of(), Map.of("JAVA_HOME", System.getProperty("java.home"))))) {
      EngineSession session = new EngineSession(harness);
      session.handshake();
      if (!session.configure(ColdStartBench.config(emulator.endpoint().toString())).isEmpty()) {
        throw new IllegalStateException("configuration refused");
      }
      boolean preview = mode != Mode.UP;
      long start = System.nanoTime();
      List<Future<Future<UpdateResponse>>> updates = new ArrayList<>();
      if (mode == Mode.PREVIEW_CHECKS_FIRST) {
        for (int i = 0; i < ids.size(); i++) {
          check(harness, "case-" + i, inputs(ids.get(i), FROM), inputs(ids.get(i), TO));
        }
      }
      for (int i = 0; i < ids.size(); i++) {
        String name = "case-" + i;
        // The state records the case in FROM (declared TO since), or, for drift, in TO all along.
        String recorded = mode.drift() ? TO : FROM;
        Struct oldInputs = inputs(ids.get(i), recorded);
        Struct news = inputs(ids.get(i), TO);
        if (mode != Mode.PREVIEW_CHECKS_FIRST) {
          news = check(harness, name, oldInputs, news);
        }
        Step step =
            new Step(
                harness,
                workers,
                ids.get(i),
                name,
                oldInputs,
                news,
                outputs(ids.get(i), recorded),
                preview);
        if (mode.parallelDiff()) {
          updates.add(workers.submit(step::diffThenUpdate));
        } else {
          updates.add(CompletableFuture.completedFuture(step.diffThenUpdate()));
        }
      }
      for (Future<Future<UpdateResponse>> update : updates) {
        UpdateResponse answer = update.get(10, TimeUnit.MINUTES).get(10, TimeUnit.MINUTES);
        String status = EngineHarness.text(answer.getProperties(), "status");
        if (!TO.equals(status)) {
          outputProblems.add("an Update answered status " + status);
        }
        Value transitions = answer.getProperties().getFieldsMap().get("lastTransitions");
        if (!preview && (transitions == null || transitions.getListValue().getValuesCount() != 2)) {
          outputProblems.add("an Update did not report 2 applied steps: " + transitions);
        }
      }
      seconds = (System.nanoTime() - start) / 1e9;
      rss = Machine.peakRssMiB(harness.process().pid());
      cpu = Machine.cpuSeconds(harness.process().pid());
      if (!harness.strayStdout().isEmpty()) {
        outputProblems.add("stray stdout: " + harness.strayStdout());
      }
    } finally {
      workers.shutdownNow();
    }
    return check(emulator, mode, ids, othersFirst, seconds, cpu, rss, outputProblems);
  }

  /**
   * One resource after its Check: the Diff (which must see a change), then the Update handed to the
   * workers, as the engine's step executor gets it.
   */
  private record Step(
      EngineHarness harness,
      ExecutorService workers,
      String id,
      String name,
      Struct oldInputs,
      Struct news,
      Struct oldOutputs,
      boolean preview) {

    Future<UpdateResponse> diffThenUpdate() {
      DiffResponse diff =
          harness
              .provider()
              .diff(
                  DiffRequest.newBuilder()
                      .setId(id)
                      .setUrn(EngineSession.urn(name))
                      .setName(name)
                      .setType(EngineSession.TYPE)
                      .setOlds(oldOutputs)
                      .setNews(news)
                      .setOldInputs(oldInputs)
                      .build());
      if (diff.getChanges() != DiffResponse.DiffChanges.DIFF_SOME) {
        throw new IllegalStateException("Diff saw no change for " + id + ": " + diff);
      }
      return workers.submit(
          () ->
              harness
                  .provider()
                  .update(
                      UpdateRequest.newBuilder()
                          .setId(id)
                          .setUrn(EngineSession.urn(name))
                          .setName(name)
                          .setType(EngineSession.TYPE)
                          .setOlds(oldOutputs)
                          .setNews(news)
                          .setOldInputs(oldInputs)
                          .setPreview(preview)
                          .build()));
    }
  }

  private static Struct check(EngineHarness harness, String name, Struct olds, Struct news) {
    CheckResponse checked =
        harness
            .provider()
            .check(
                CheckRequest.newBuilder()
                    .setUrn(EngineSession.urn(name))
                    .setName(name)
                    .setType(EngineSession.TYPE)
                    .setOlds(olds)
                    .setNews(news)
                    .build());
    if (checked.getFailuresCount() > 0) {
      throw new IllegalStateException("Check failed: " + checked);
    }
    return checked.getInputs();
  }

  /**
   * Compares the call log with the lower bound for the mode. Reads: a plugin asked for one case
   * reads it with GetCase; asked for more, it reads the first with GetCase and the rest from
   * ListCases pages of 25 ({@code ceil(n / 25)} of them) when the account lists them first, or
   * reads one page, finds none of them on it and reads each with GetCase when {@code othersFirst}
   * other cases fill that page. Never two GetCase for one case.
   */
  private static Result check(
      EmulatorProcess emulator,
      Mode mode,
      List<String> ids,
      int othersFirst,
      double seconds,
      double cpu,
      double rss,
      List<String> problems) {
    List<Call> calls = emulator.calls();
    Map<String, List<Call>> byCase = new HashMap<>();
    for (Call call : calls) {
      if (!call.operation().equals("ListCases")) {
        byCase.computeIfAbsent(call.caseId(), c -> new ArrayList<>()).add(call);
      }
    }
    List<String> found = new ArrayList<>(problems);
    if (!ids.containsAll(byCase.keySet())) {
      found.add("calls for cases outside the run: " + byCase.keySet());
    }
    for (String id : ids) {
      List<String> operations =
          byCase.getOrDefault(id, List.of()).stream()
              .map(Call::operation)
              .filter(op -> !op.equals("GetCase"))
              .toList();
      // An up records each changed case with one comment: CaseStatus's comment input defaults to
      // true.
      List<String> expected =
          mode == Mode.UP
              ? List.of("UpdateCaseStatus", "UpdateCaseStatus", "CreateCaseComment")
              : List.of();
      if (!operations.equals(expected)) {
        found.add("case " + id + ": " + operations + ", expected " + expected);
      }
      long reads =
          byCase.getOrDefault(id, List.of()).stream()
              .filter(c -> c.operation().equals("GetCase"))
              .count();
      if (reads > 1) {
        found.add("case " + id + " read " + reads + " times");
      }
    }
    for (Call call : calls) {
      if (call.status() / 100 != 2) {
        found.add("call answered " + call.status() + ": " + call);
      }
    }
    long get = count(calls, "GetCase");
    long pages = count(calls, "ListCases");
    int n = ids.size();
    boolean othersFillPage = othersFirst >= PAGE_SIZE;
    long expectedGets = n < 2 || othersFillPage ? n : 1;
    long expectedPages = n < 2 ? 0 : othersFillPage ? 1 : (n + PAGE_SIZE - 1) / PAGE_SIZE;
    if (get != expectedGets || pages != expectedPages) {
      found.add(
          String.format(
              "reads: %d GetCase and %d ListCases, expected %d and %d",
              get, pages, expectedGets, expectedPages));
    }
    return new Result(
        mode,
        n,
        seconds,
        cpu,
        rss,
        get,
        pages,
        count(calls, "UpdateCaseStatus"),
        count(calls, "CloseCase"),
        count(calls, "CreateCaseComment"),
        found.size() > 5 ? List.copyOf(found.subList(0, 5)) : List.copyOf(found));
  }

  private static long count(List<Call> calls, String operation) {
    return calls.stream().filter(c -> c.operation().equals(operation)).count();
  }

  /** Seeds fresh self-managed cases in {@code status}, 16 at a time. */
  static List<String> seed(EmulatorProcess emulator, int cases, String status)
      throws InterruptedException, ExecutionException {
    ExecutorService seeders = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> seeded = new ArrayList<>();
      for (int i = 0; i < cases; i++) {
        int n = i;
        seeded.add(seeders.submit(() -> emulator.seed("bench case " + n, status, "Self")));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> id : seeded) {
        ids.add(id.get());
      }
      return ids;
    } finally {
      seeders.shutdownNow();
    }
  }

  private static Struct inputs(String caseId, String status) {
    return EngineHarness.struct(Map.of("caseId", caseId, "status", status, "closeOnDelete", false));
  }

  /** What the state holds for a case last seen in {@code status}. */
  private static Struct outputs(String caseId, String status) {
    return inputs(caseId, status).toBuilder()
        .putFields("resolverType", EngineHarness.value("Self"))
        .putFields("title", EngineHarness.secret("bench case"))
        .putFields(
            "caseArn",
            EngineHarness.value("arn:aws:security-ir:us-east-1:123456789012:case/" + caseId))
        .putFields(
            "lastTransitions",
            Value.newBuilder().setListValue(ListValue.getDefaultInstance()).build())
        .build();
  }
}
