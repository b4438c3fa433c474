package com.pulumi.securityir.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The git commit of the work tree holding a cases file, for the comment that records a change. Asks
 * {@code git} itself ({@code rev-parse HEAD}, {@code status --porcelain -- FILE}) with a short
 * timeout; no git, no work tree, a timeout or any failure give no commit, silently: the comment
 * then names the file only. Stateless and thread-safe.
 */
final class GitOrigin {

  /** How long one git command may take; the apply does not wait longer for a comment's detail. */
  static final long TIMEOUT_SECONDS = 5;

  private static final int MAX_OUTPUT = 64 * 1024;

  /**
   * The commit and whether the file differs from it.
   *
   * @param uncommitted the file has changes git has not committed (or is not tracked at all)
   */
  record Commit(String id, boolean uncommitted) {}

  private GitOrigin() {}

  /** The commit of the work tree holding {@code file}, or empty when there is none to name. */
  static Optional<Commit> of(Path file) {
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isRegularFile(absolute)) {
      return Optional.empty();
    }
    Optional<String> head = git(dir, "rev-parse", "--verify", "HEAD");
    if (head.isEmpty() || !head.get().strip().matches("[0-9a-f]{40,64}")) {
      return Optional.empty();
    }
    Optional<String> status =
        git(dir, "status", "--porcelain", "--", absolute.getFileName().toString());
    return Optional.of(new Commit(head.get().strip(), status.map(s -> !s.isBlank()).orElse(true)));
  }

  /**
   * The standard output of a git command that exited 0 in time, else empty. The output goes to a
   * temporary file, so a git that hangs is waited for no longer than the timeout.
   */
  private static Optional<String> git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "--no-pager"));
    command.addAll(List.of(args));
    Path output = null;
    Process process = null;
    try {
      output = Files.createTempFile("securityir-git", ".out");
      process =
          new ProcessBuilder(command)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectOutput(output.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(output)) {
        return Optional.of(new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      if (process != null) {
        process.destroyForcibly();
      }
      deleteQuietly(output);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temporary file in the system's temp directory is harmless.
      }
    }
  }
}
