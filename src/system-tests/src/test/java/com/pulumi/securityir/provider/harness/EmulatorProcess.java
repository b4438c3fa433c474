package com.pulumi.securityir.provider.harness;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The emulator as users start it, {@code bin/securityir emulator --port 0}, driven through its
 * unsigned {@code /_emulator/} control plane: seed cases, move them "as someone else", inject
 * faults, and read the log of API calls.
 */
public final class EmulatorProcess implements AutoCloseable {

  private static final Gson GSON = new Gson();

  private final Process process;
  private final URI endpoint;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private EmulatorProcess(List<String> options) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(EngineHarness.projectDir().resolve("bin/securityir").toString());
    command.add("emulator");
    command.add("--port");
    command.add("0");
    command.addAll(options);
    process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    endpoint = URI.create(firstLine(process.getInputStream()).strip());
  }

  public static EmulatorProcess start(String... options) throws IOException {
    return new EmulatorProcess(List.of(options));
  }

  /** {@code http://127.0.0.1:PORT}. */
  public URI endpoint() {
    return endpoint;
  }

  /** Seeds a case in any status, bypassing the lifecycle; returns its id. */
  public String seed(String title, String status, String resolverType) {
    JsonObject answer =
        send(
            "POST",
            "/_emulator/cases",
            Map.of("title", title, "status", status, "resolverType", resolverType));
    return answer.get("caseId").getAsString();
  }

  /** Moves a case as AWS responders or a console user would. */
  public void move(String caseId, String status) {
    send("PUT", "/_emulator/cases/" + caseId + "/status", Map.of("status", status));
  }

  /**
   * Moves a case as someone else would, unless it is closed (the control plane refuses that with
   * 409); returns whether it moved.
   */
  public boolean tryMove(String caseId, String status) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.resolve("/_emulator/cases/" + caseId + "/status"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(GSON.toJson(Map.of("status", status))))
            .build();
    try {
      int code = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
      if (code != 200 && code != 409) {
        throw new AssertionError("PUT status of " + caseId + " answered " + code);
      }
      return code == 200;
    } catch (IOException e) {
      throw new AssertionError("PUT status of " + caseId + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Ends a cancelled membership, as AWS does some time after a cancellation. */
  public void terminateMembership(String membershipId) {
    send("POST", "/_emulator/memberships/" + membershipId + "/terminate", null);
  }

  /** How many memberships the emulator holds, in any status ({@code /_emulator/health}). */
  public int membershipCount() {
    return sendRaw("GET", "/_emulator/health", null)
        .getAsJsonObject()
        .get("memberships")
        .getAsInt();
  }

  /** Adds a fault rule; see the emulator's documentation for the fields. */
  public void fault(Map<String, ?> rule) {
    send("POST", "/_emulator/faults", rule);
  }

  public void clearFaults() {
    send("DELETE", "/_emulator/faults", null);
  }

  /** One API call the emulator answered. */
  public record Call(String operation, String caseId, int status) {}

  public List<Call> calls() {
    JsonElement answer = sendRaw("GET", "/_emulator/calls", null);
    JsonArray array =
        answer.isJsonArray()
            ? answer.getAsJsonArray()
            : answer.getAsJsonObject().getAsJsonArray("calls");
    List<Call> calls = new ArrayList<>();
    for (JsonElement e : array) {
      JsonObject o = e.getAsJsonObject();
      calls.add(
          new Call(
              o.get("operation").getAsString(),
              o.has("caseId") && !o.get("caseId").isJsonNull() ? o.get("caseId").getAsString() : "",
              o.get("status").getAsInt()));
    }
    return calls;
  }

  /** How many cases the emulator holds ({@code /_emulator/health}). */
  public int caseCount() {
    return sendRaw("GET", "/_emulator/health", null).getAsJsonObject().get("cases").getAsInt();
  }

  public List<Call> callsFor(String caseId) {
    return calls().stream().filter(c -> c.caseId().equals(caseId)).toList();
  }

  public void clearCalls() {
    send("DELETE", "/_emulator/calls", null);
  }

  private JsonObject send(String method, String path, Object body) {
    JsonElement answer = sendRaw(method, path, body);
    return answer != null && answer.isJsonObject() ? answer.getAsJsonObject() : new JsonObject();
  }

  private JsonElement sendRaw(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(GSON.toJson(body)));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body().isBlank() ? null : GSON.fromJson(response.body(), JsonElement.class);
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static String firstLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      line.append((char) c);
    }
    if (line.length() == 0) {
      throw new IOException("the emulator printed no endpoint line");
    }
    return line.toString();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
