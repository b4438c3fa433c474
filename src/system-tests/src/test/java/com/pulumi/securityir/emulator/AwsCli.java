package com.pulumi.securityir.emulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The preinstalled AWS CLI ({@code aws security-ir ...}) as a second, independent client of the
 * emulator: dummy credentials, no profile or config file of this machine, no pager, and no retries,
 * so each invocation is exactly one call.
 */
public final class AwsCli {

  /** What one {@code aws} invocation printed and how it exited. */
  public record Run(int exit, String out, String err) {
    public JsonObject json() {
      return JsonParser.parseString(out).getAsJsonObject();
    }
  }

  private final URI endpoint;
  private final Path dir;

  /**
   * @param dir a directory of the test's, for the captured stderr and the absent config files
   */
  public AwsCli(URI endpoint, Path dir) {
    this.endpoint = endpoint;
    this.dir = dir;
  }

  /** Whether an {@code aws} executable is on {@code PATH}. */
  public static boolean onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "aws"))) {
        return true;
      }
    }
    return false;
  }

  /** Runs {@code aws security-ir ARGS} against the endpoint, JSON output, to the end. */
  public Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("aws", "security-ir"));
    command.addAll(List.of(args));
    command.addAll(
        List.of(
            "--endpoint-url", endpoint.toString(), "--region", "us-east-1", "--output", "json"));
    Path err = Files.createTempFile(dir, "aws", ".err");
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_"));
    env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    env.put("AWS_SECRET_ACCESS_KEY", "emulator-dummy-secret");
    env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
    env.put("AWS_MAX_ATTEMPTS", "1");
    env.put("AWS_PAGER", "");
    Process p = pb.start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "aws " + String.join(" ", args) + " hung");
      return new Run(p.exitValue(), out, Files.readString(err));
    } finally {
      p.destroyForcibly();
    }
  }
}
