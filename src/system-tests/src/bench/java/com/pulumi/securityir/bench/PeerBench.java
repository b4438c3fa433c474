package com.pulumi.securityir.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EmulatorProcess.Call;
import com.pulumi.securityir.provider.harness.EngineHarness;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code securityir plan} and {@code apply} as users run them ({@code bin/securityir}, a fresh JVM
 * each, default options) against the script a user would write instead ({@code
 * bench/boto3_peer.py}: boto3, serial and on a thread pool), on the same cases and the same
 * emulator settings. Every measurement gets a fresh emulator seeded with exactly its cases, so each
 * one sees the same account (list-based reads would otherwise page through earlier runs' cases).
 * The call log of each measurement is kept, for comparing what each tool called.
 */
final class PeerBench {

  private static final Gson GSON = new Gson();

  /** The documented lifecycle's shortest path from {@link ManyCasesBench#FROM} to TO. */
  static final List<String> STEPS = List.of("Detection and Analysis", ManyCasesBench.TO);

  /** What is measured. */
  enum Work {
    /** Reads only: {@code securityir plan}; the script without "apply". */
    PLAN,
    /**
     * The two moves per case: {@code securityir apply --yes --no-comment}; the script with "apply".
     */
    APPLY
  }

  /** Who does the work. */
  enum Tool {
    SECURITYIR("`securityir`"),
    BOTO3_SERIAL("boto3, serial"),
    BOTO3_THREADS("boto3, threads");

    final String label;

    Tool(String label) {
      this.label = label;
    }
  }

  /**
   * One measurement. {@code seconds}: for securityir the whole process (spawn to exit, JVM start
   * included); for the script its own timing (after imports and client creation). {@code
   * processSeconds}: spawn to exit for both. {@code calls}: the emulator's call log by operation.
   */
  record Result(
      Work work,
      Tool tool,
      double seconds,
      double processSeconds,
      Map<String, Long> calls,
      List<String> problems) {}

  private final Path dir;
  private final int latencyMs;
  private final int threads;

  PeerBench(Path dir, int latencyMs, int threads) {
    this.dir = dir;
    this.latencyMs = latencyMs;
    this.threads = threads;
  }

  /** The version of boto3 that python3 on PATH imports, or empty when it cannot. */
  static Optional<String> boto3Version() {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", "import boto3; print(boto3.__version__)")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** {@code rounds} rounds, each measuring every work with every tool in turn (interleaved). */
  List<Result> run(int cases, int rounds) throws Exception {
    Files.createDirectories(dir);
    List<Result> results = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (Work work : Work.values()) {
        for (Tool tool : Tool.values()) {
          Result r = measure(work, tool, cases);
          System.out.printf(
              "  %-5s %-15s %4d cases %6.2f s (process %6.2f s)  %s %s%n",
              work,
              tool,
              cases,
              r.seconds(),
              r.processSeconds(),
              r.calls(),
              r.problems().isEmpty() ? "ok" : r.problems());
          results.add(r);
        }
      }
    }
    return results;
  }

  private Result measure(Work work, Tool tool, int cases) throws Exception {
    try (EmulatorProcess emulator =
        EmulatorProcess.start("--latency-ms", Integer.toString(latencyMs))) {
      List<String> ids = ManyCasesBench.seed(emulator, cases, ManyCasesBench.FROM);
      emulator.clearCalls();
      List<String> problems = new ArrayList<>();
      double seconds;
      double process;
      if (tool == Tool.SECURITYIR) {
        Path file = dir.resolve("cases.yaml");
        Files.writeString(file, casesFile(ids));
        List<String> command = new ArrayList<>();
        command.add(EngineHarness.projectDir().resolve("bin/securityir").toString());
        command.addAll(
            work == Work.PLAN ? List.of("plan") : List.of("apply", "--yes", "--no-comment"));
        command.addAll(
            List.of(
                "--endpoint",
                emulator.endpoint().toString(),
                "--region",
                "us-east-1",
                "--no-color",
                file.toString()));
        long start = System.nanoTime();
        int exit = runToEnd(command);
        process = (System.nanoTime() - start) / 1e9;
        seconds = process;
        // plan: 2 = changes pending, all of them can be applied; apply: 0 = all declared.
        int expected = work == Work.PLAN ? 2 : 0;
        if (exit != expected) {
          problems.add(
              "securityir exited " + exit + ", expected " + expected + " (see " + dir + ")");
        }
      } else {
        Path input = dir.resolve("boto3-input.json");
        Files.writeString(
            input,
            GSON.toJson(
                scriptInput(
                    emulator.endpoint().toString(),
                    tool == Tool.BOTO3_SERIAL ? 1 : threads,
                    work == Work.APPLY,
                    ids)));
        Path script = EngineHarness.projectDir().resolve("bench/boto3_peer.py");
        long start = System.nanoTime();
        int exit = runToEnd(List.of("python3", script.toString(), input.toString()));
        process = (System.nanoTime() - start) / 1e9;
        List<String> lines = Files.readAllLines(dir.resolve("stdout"));
        if (exit != 0 || lines.isEmpty()) {
          problems.add("boto3_peer.py exited " + exit + " (see " + dir + ")");
          seconds = process;
        } else {
          JsonObject answer = GSON.fromJson(lines.get(lines.size() - 1), JsonObject.class);
          seconds = answer.get("seconds").getAsDouble();
          String done = work == Work.PLAN ? "pending" : "moved";
          if (answer.get(done).getAsInt() != cases) {
            problems.add("boto3_peer.py: " + done + " " + answer.get(done) + " of " + cases);
          }
        }
      }
      List<Call> calls = emulator.calls();
      problems.addAll(callProblems(work, ids, calls));
      return new Result(work, tool, seconds, process, countByOperation(calls), problems);
    }
  }

  /**
   * What both tools must have in common whatever their read strategy: every call answered 2xx, no
   * call for another case, and per case exactly the planned moves (none in a plan). Reads are
   * reported as counts, not judged here: a list-based read strategy does fewer.
   */
  private static List<String> callProblems(Work work, List<String> ids, List<Call> calls) {
    List<String> found = new ArrayList<>();
    Map<String, List<String>> moves = new HashMap<>();
    for (Call call : calls) {
      if (call.status() / 100 != 2) {
        found.add("call answered " + call.status() + ": " + call);
      }
      if (!call.caseId().isEmpty() && !ids.contains(call.caseId())) {
        found.add("call for a case outside the run: " + call);
      }
      if (call.operation().equals("UpdateCaseStatus") || call.operation().equals("CloseCase")) {
        moves.computeIfAbsent(call.caseId(), c -> new ArrayList<>()).add(call.operation());
      }
    }
    List<String> planned =
        work == Work.PLAN ? List.of() : STEPS.stream().map(s -> "UpdateCaseStatus").toList();
    for (String id : ids) {
      List<String> made = moves.getOrDefault(id, List.of());
      if (!made.equals(planned)) {
        found.add("case " + id + ": moves " + made + ", expected " + planned);
      }
    }
    return found.size() > 5 ? List.copyOf(found.subList(0, 5)) : List.copyOf(found);
  }

  private static Map<String, Long> countByOperation(List<Call> calls) {
    return calls.stream()
        .collect(Collectors.groupingBy(Call::operation, TreeMap::new, Collectors.counting()));
  }

  /** Runs a command from {@link #dir}, no terminal, output in files there, dummy credentials. */
  private int runToEnd(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(dir.resolve("stdout").toFile())
            .redirectError(dir.resolve("stderr").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("SECURITYIR_JAVA_OPTS"));
    env.put("AWS_ACCESS_KEY_ID", "bench");
    env.put("AWS_SECRET_ACCESS_KEY", "bench");
    env.put("AWS_CONFIG_FILE", dir.resolve("no-aws-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-aws-credentials").toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Process p = builder.start();
    try {
      if (!p.waitFor(30, TimeUnit.MINUTES)) {
        throw new IllegalStateException(command.get(0) + " did not finish in 30 minutes");
      }
      return p.exitValue();
    } finally {
      p.destroyForcibly();
    }
  }

  /** The cases file a user keeps: every case declared in TO. */
  private static String casesFile(List<String> ids) {
    StringBuilder yaml = new StringBuilder("cases:\n");
    for (int i = 0; i < ids.size(); i++) {
      yaml.append("  case-")
          .append(i)
          .append(":\n    caseId: \"")
          .append(ids.get(i))
          .append("\"\n    status: ")
          .append(ManyCasesBench.TO)
          .append('\n');
    }
    return yaml.toString();
  }

  /** The script's input (see bench/boto3_peer.py): the same cases and the bench's route. */
  private static Map<String, Object> scriptInput(
      String endpoint, int threads, boolean apply, List<String> ids) {
    Map<String, Object> route =
        Map.of(
            "from",
            ManyCasesBench.FROM,
            "to",
            ManyCasesBench.TO,
            "steps",
            STEPS.stream().map(s -> Map.of("status", s, "operation", "UpdateCaseStatus")).toList());
    Function<String, Map<String, String>> declared =
        id -> Map.of("caseId", id, "status", ManyCasesBench.TO);
    return Map.of(
        "endpoint",
        endpoint,
        "region",
        "us-east-1",
        "threads",
        threads,
        "apply",
        apply,
        "routes",
        List.of(route),
        "cases",
        ids.stream().map(declared).toList());
  }
}
