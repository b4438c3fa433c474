package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/securityir} as a user runs it from a script, for the CLI's process tests: in a
 * directory of the test's, stdin from /dev/null (no terminal), stdout and stderr captured to files
 * there, dummy static credentials, and no AWS configuration of this machine.
 */
final class CliProcess {

  /** The CLI's fixtures: cases files and the emulator seed. */
  static final Path FIXTURES = projectDir().resolve("src/system-tests/src/test/resources/cli");

  /** The dummy secret key every run gets; no output may contain it. */
  static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  /** What one run printed and how it exited. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Path dir;

  /** Runs in {@code dir}, which also holds the captured output. */
  CliProcess(Path dir) {
    this.dir = dir;
  }

  static Path projectDir() {
    String dir = System.getProperty("securityir.project.dir");
    assertNotNull(
        dir, "system property securityir.project.dir is not set (the pom sets it for failsafe)");
    return Path.of(dir);
  }

  /** The process for {@code bin/securityir args}, not started. */
  ProcessBuilder builder(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(projectDir().resolve("bin/securityir").toString());
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(dir.resolve("stdout").toFile())
            .redirectError(dir.resolve("stderr").toFile());
    Map<String, String> env = builder.environment();
    env.keySet()
        .removeIf(
            k -> k.startsWith("AWS_") || k.equals("NO_COLOR") || k.equals("SECURITYIR_JAVA_OPTS"));
    env.put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
    env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    env.put("AWS_CONFIG_FILE", dir.resolve("no-aws-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-aws-credentials").toString());
    return builder;
  }

  /** Runs {@code bin/securityir args} to the end (at most two minutes). */
  Result run(String... args) throws IOException, InterruptedException {
    Process p = builder(List.of(args)).start();
    try {
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "securityir did not finish");
      return result(p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }

  /** What the last run printed, with its exit code. */
  Result result(int exitCode) throws IOException {
    return new Result(
        exitCode, Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
  }

  /** {@code args} followed by {@code --endpoint ENDPOINT --region us-east-1}. */
  static String[] against(String endpoint, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", endpoint, "--region", "us-east-1"));
    return all.toArray(String[]::new);
  }
}
