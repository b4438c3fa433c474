package com.pulumi.securityir.reliability;

import com.pulumi.securityir.provider.harness.EngineHarness;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/securityir} run as a script runs it: stdin from /dev/null (no terminal), stdout and
 * stderr captured, no AWS configuration of this machine (every inherited {@code AWS_*} variable is
 * removed and the config files point nowhere), only the environment given.
 *
 * @param exitCode the process's exit status
 * @param out everything written to stdout
 * @param err everything written to stderr
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code bin/securityir args} in {@code dir} with {@code env} added; bounded to 5 min. */
  static CliRun run(Path dir, Map<String, String> env, List<String> args)
      throws IOException, InterruptedException {
    return start(dir, env, args).finish();
  }

  /** Starts the command; {@link Started#finish()} waits for it. */
  static Started start(Path dir, Map<String, String> env, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(EngineHarness.projectDir().resolve("bin/securityir").toString());
    command.addAll(args);
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeIf(
            k -> k.startsWith("AWS_") || k.equals("NO_COLOR") || k.equals("SECURITYIR_JAVA_OPTS"));
    environment.put("AWS_CONFIG_FILE", dir.resolve("no-aws-config").toString());
    environment.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-aws-credentials").toString());
    environment.putAll(env);
    return new Started(builder.start(), stdout, stderr);
  }

  /** A running command. */
  record Started(Process process, Path stdout, Path stderr) {

    CliRun finish() throws IOException, InterruptedException {
      try {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
          throw new AssertionError("securityir did not finish within 5 minutes");
        }
        CliRun run =
            new CliRun(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
        return run;
      } finally {
        process.destroyForcibly();
      }
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
