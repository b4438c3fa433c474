package com.pulumi.securityir.sdk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a Maven wrapper as a user runs it: stdin from /dev/null, stdout and stderr together in
 * a log file next to the work, bounded in time.
 *
 * @param command the command line, wrapper first
 * @param directory where it ran
 * @param exitCode its exit status
 * @param log the file holding everything it wrote
 */
record MavenRun(List<String> command, Path directory, int exitCode, Path log) {

  private static final int TAIL_LINES = 60;
  private static final String FAST_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  /**
   * Runs {@code mvnw arguments} in {@code directory}.
   *
   * @param log where the output goes; the file is replaced
   */
  static MavenRun run(Path mvnw, Path directory, List<String> arguments, Path log, Duration limit)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(mvnw.toString());
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // A short-lived Maven starts markedly faster with the client compiler and the serial collector.
    builder
        .environment()
        .merge("MAVEN_OPTS", FAST_START, (given, fast) -> given.strip() + " " + fast);
    Process process = builder.start();
    try {
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError(
            "did not finish within " + limit + ": " + new MavenRun(command, directory, -1, log));
      }
      return new MavenRun(command, directory, process.exitValue(), log);
    } finally {
      process.destroyForcibly();
    }
  }

  boolean succeeded() {
    return exitCode == 0;
  }

  /** The command, where it ran, how it ended and the end of its output. */
  @Override
  public String toString() {
    List<String> lines;
    try {
      lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      lines = List.of("(log unreadable: " + e.getMessage() + ")");
    }
    List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
    return String.join(" ", command)
        + "\n  in "
        + directory
        + "\n  exit "
        + exitCode
        + ", full log "
        + log
        + "\n--- last "
        + tail.size()
        + " lines\n"
        + String.join("\n", tail);
  }
}
