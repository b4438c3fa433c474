package com.pulumi.securityir.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.pulumi.securityir.provider.harness.EmulatorProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second, independent client against {@code bin/securityir emulator --port 0 --seed ...}: the AWS
 * CLI, with its own copy of the service model, its own SigV4 signer and its own REST-JSON parser
 * (botocore). Expectations come from docs/emulator.md. Skipped when {@code aws} is not on PATH.
 */
class EmulatorWithAwsCliIT {

  private static final String PHISHING = "1234567890";
  private static final String RESPONDED = "2234567890";
  private static final String MOVED = "3234567890";

  @TempDir static Path dir;

  private static EmulatorProcess emulator;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(
        AwsCli.onPath(),
        "the AWS CLI (aws) is not on PATH; install AWS CLI v1 or v2 to run this second-client"
            + " check");
    Path seed = dir.resolve("seed.yaml");
    Files.writeString(
        seed,
        """
        - caseId: "%s"
          title: Phishing
          status: Submitted
          resolverType: Self
        - caseId: "%s"
          title: Responded by AWS
          status: Acknowledged
          resolverType: AWS
        - caseId: "%s"
          title: Moved by the CLI
          status: Submitted
          resolverType: Self
        """
            .formatted(PHISHING, RESPONDED, MOVED));
    emulator = EmulatorProcess.start("--seed", seed.toString());
  }

  @AfterAll
  static void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void getCaseShowsTheSeededCaseWithEpochSecondTimestamps() throws Exception {
    AwsCli.Run r = aws("get-case", "--case-id", PHISHING);
    assertEquals(0, r.exit(), r.err());
    JsonObject c = r.json();
    assertEquals("Phishing", c.get("title").getAsString());
    assertEquals("Submitted", c.get("caseStatus").getAsString());
    assertEquals("Self", c.get("resolverType").getAsString());
    assertEquals(
        "arn:aws:security-ir:us-east-1:123456789012:case/" + PHISHING,
        c.get("caseArn").getAsString());
    long now = System.currentTimeMillis() / 1000;
    long created = epochSeconds(c.get("createdDate"));
    assertTrue(Math.abs(now - created) < 3600, "createdDate " + c.get("createdDate"));
  }

  @Test
  void listCasesListsEverySeededCase() throws Exception {
    AwsCli.Run r = aws("list-cases");
    assertEquals(0, r.exit(), r.err());
    Set<String> ids = new HashSet<>();
    JsonObject responded = null;
    for (JsonElement item : r.json().getAsJsonArray("items")) {
      JsonObject o = item.getAsJsonObject();
      ids.add(o.get("caseId").getAsString());
      if (o.get("caseId").getAsString().equals(RESPONDED)) {
        responded = o;
      }
    }
    assertEquals(Set.of(PHISHING, RESPONDED, MOVED), ids);
    assertEquals(3, r.json().get("total").getAsInt());
    assertEquals("Acknowledged", responded.get("caseStatus").getAsString());
    assertEquals("AWS", responded.get("resolverType").getAsString());
  }

  @Test
  void updateCaseStatusMovesAlongTheDocumentedGraphAndRefusesOtherMoves() throws Exception {
    AwsCli.Run moved = aws("update-case-status", "--case-id", MOVED, "--case-status", DA);
    assertEquals(0, moved.exit(), moved.err());
    assertEquals(DA, moved.json().get("caseStatus").getAsString());
    assertEquals(DA, aws("get-case", "--case-id", MOVED).json().get("caseStatus").getAsString());

    // D&A -> Submitted is not an edge of the documented graph: ConflictException.
    AwsCli.Run back = aws("update-case-status", "--case-id", MOVED, "--case-status", "Submitted");
    assertNotEquals(0, back.exit());
    assertTrue(back.err().contains("(ConflictException)"), back.err());
    // Closed is not a SelfManagedCaseStatus: ValidationException.
    AwsCli.Run closed = aws("update-case-status", "--case-id", MOVED, "--case-status", "Closed");
    assertNotEquals(0, closed.exit());
    assertTrue(closed.err().contains("(ValidationException)"), closed.err());

    assertEquals(DA, aws("get-case", "--case-id", MOVED).json().get("caseStatus").getAsString());
    assertEquals(
        List.of(
            "UpdateCaseStatus 201",
            "GetCase 200",
            "UpdateCaseStatus 409",
            "UpdateCaseStatus 400",
            "GetCase 200"),
        emulator.callsFor(MOVED).stream().map(c -> c.operation() + " " + c.status()).toList());
  }

  private static final String DA = "Detection and Analysis";

  private static AwsCli.Run aws(String... args) throws IOException, InterruptedException {
    return new AwsCli(emulator.endpoint(), dir).run(args);
  }

  /**
   * A timestamp as the CLI prints it: the wire's epoch seconds (CLI v1 default) or ISO 8601 (v2
   * default); either way it must name the same instant.
   */
  private static long epochSeconds(JsonElement printed) {
    if (printed.getAsJsonPrimitive().isNumber()) {
      return (long) printed.getAsDouble();
    }
    return OffsetDateTime.parse(printed.getAsString()).toEpochSecond();
  }
}
