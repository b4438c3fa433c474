package com.pulumi.securityir.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/securityir emulator} as a user runs it: endpoint on the first stdout line, health,
 * clean SIGTERM.
 */
class EmulatorProcessIT {

  private static Path projectDir() {
    String dir = System.getProperty("securityir.project.dir");
    assertNotNull(
        dir, "system property securityir.project.dir is not set (the pom sets it for failsafe)");
    return Path.of(dir);
  }

  @Test
  void launcherPrintsTheEndpointServesHealthAndStopsOnSigterm() throws Exception {
    Path script = projectDir().resolve("bin/securityir");
    Process p =
        new ProcessBuilder(script.toString(), "emulator", "--port", "0")
            .directory(projectDir().toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first =
          CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      return out.readLine();
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .get(60, TimeUnit.SECONDS);
      assertNotNull(first, "the emulator printed nothing on stdout");
      assertTrue(first.matches("http://127\\.0\\.0\\.1:[0-9]{1,5}"), "first stdout line: " + first);
      CompletableFuture<String> rest =
          CompletableFuture.supplyAsync(
              () -> {
                StringBuilder b = new StringBuilder();
                try {
                  for (String line = out.readLine(); line != null; line = out.readLine()) {
                    b.append(line).append('\n');
                  }
                } catch (IOException e) {
                  // the pipe closes with the process; what was read is what it printed
                }
                return b.toString();
              });

      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(first + "/_emulator/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"ok\""), health.body());

      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the emulator did not exit after SIGTERM");
      assertEquals("", rest.get(30, TimeUnit.SECONDS), "stdout carries only the endpoint line");
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void launcherPrintsTheBuildVersion() throws Exception {
    Process p =
        new ProcessBuilder(projectDir().resolve("bin/securityir").toString(), "--version")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      assertEquals(0, p.exitValue());
      assertTrue(text.matches("securityir [0-9]+\\.[0-9]+\\.[0-9]+.*"), text);
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void emulatorReportsAnUnusableSeedFileOnStderrAndExits1() throws Exception {
    Process p =
        new ProcessBuilder(
                projectDir().resolve("bin/securityir").toString(),
                "emulator",
                "--seed",
                "/nonexistent/seed.yaml")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(1, p.exitValue());
      assertTrue(err.contains("seed.yaml cannot be read"), err);
    } finally {
      p.destroyForcibly();
    }
  }
}
