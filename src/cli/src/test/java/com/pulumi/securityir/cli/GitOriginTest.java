package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git commit a comment names, asked of git itself. */
class GitOriginTest {

  @TempDir Path dir;

  /** Runs git in {@code dir} with a throwaway identity; its standard output. */
  private String git(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-C",
                dir.toString(),
                "-c",
                "user.name=test",
                "-c",
                "user.email=test@example.com",
                "-c",
                "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.strip();
  }

  private static boolean gitInstalled() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void namesTheHeadCommitAndWhetherTheFileHasUncommittedChanges() throws Exception {
    assumeTrue(gitInstalled(), "git is not installed");
    Path file = dir.resolve("cases.yaml");
    Files.writeString(file, "cases: {}\n");
    git("init", "-q");
    git("add", "cases.yaml");
    git("commit", "-q", "-m", "cases");
    String head = git("rev-parse", "HEAD");

    Optional<GitOrigin.Commit> clean = GitOrigin.of(file);
    Files.writeString(file, "cases: {}\n# edited\n");
    Optional<GitOrigin.Commit> edited = GitOrigin.of(file);

    assertEquals(Optional.of(new GitOrigin.Commit(head, false)), clean);
    assertEquals(Optional.of(new GitOrigin.Commit(head, true)), edited);
  }

  @Test
  void outsideAWorkTreeOrForAMissingFileThereIsNoCommit() throws IOException {
    Path file = dir.resolve("cases.yaml");
    Files.writeString(file, "cases: {}\n");

    assertEquals(Optional.empty(), GitOrigin.of(file));
    assertEquals(Optional.empty(), GitOrigin.of(dir.resolve("missing.yaml")));
  }
}
