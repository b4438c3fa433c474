package com.pulumi.securityir.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.pulumi.securityir.provider.harness.EmulatorProcess;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.IncidentResponder;
import software.amazon.awssdk.services.securityir.model.MembershipStatus;
import software.amazon.awssdk.services.securityir.model.OptInFeatureName;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;

/**
 * The membership operations, UpdateCaseComment and the refusal of a foreign-region ARN, against
 * {@code bin/securityir emulator --port 0} as users start it, through two independent clients: the
 * unchanged AWS SDK for Java v2 and the AWS CLI (botocore: its own copy of the model, signer and
 * parser). The membership is created by one client and read and changed by the other, so a shape
 * only one of them tolerates fails here. Expectations come from docs/emulator.md. One emulator, one
 * ordered walk: the account has one membership per region. Skipped when {@code aws} is not on PATH.
 */
class MembershipEmulatorIT {

  private static final String TEAM =
      "[{\"name\":\"Ana Lima\",\"jobTitle\":\"Incident lead\",\"email\":\"ana@example.com\","
          + "\"communicationPreferences\":[\"Case Created\",\"Case Closed\"]},"
          + "{\"name\":\"Bo Chen\",\"jobTitle\":\"Analyst\",\"email\":\"bo@example.com\"},"
          + "{\"name\":\"Cy Diaz\",\"jobTitle\":\"Forensics\",\"email\":\"cy@example.com\"}]";

  @TempDir static Path dir;

  private static EmulatorProcess emulator;
  private static SecurityIrClient sdk;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(
        AwsCli.onPath(),
        "the AWS CLI (aws) is not on PATH; install AWS CLI v1 or v2 to run this second-client"
            + " check");
    emulator = EmulatorProcess.start();
    sdk =
        SecurityIrClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(emulator.endpoint())
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDEXAMPLE", "emulator-dummy-secret")))
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build();
  }

  @AfterAll
  static void stop() {
    if (sdk != null) {
      sdk.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void aMembershipCreatedByTheCliIsReadAndChangedByTheSdkAndBackThroughItsWholeLifecycle()
      throws Exception {
    // Created by the CLI, Triage on; a replay of its token answers the same membership.
    String[] create = {
      "create-membership",
      "--client-token",
      "cli-token-1",
      "--membership-name",
      "Blue team",
      "--incident-response-team",
      TEAM,
      "--opt-in-features",
      "featureName=Triage,isEnabled=true",
      "--tags",
      "owner=secops"
    };
    AwsCli.Run created = aws(create);
    assertEquals(0, created.exit(), created.err());
    String id = created.json().get("membershipId").getAsString();
    assertTrue(id.matches("m-[a-z0-9]{10,32}"), id);
    assertEquals(id, aws(create).json().get("membershipId").getAsString());

    // Read by the SDK: what the CLI sent, as GetMembership's shape says.
    GetMembershipResponse m = sdk.getMembership(b -> b.membershipId(id));
    assertEquals(MembershipStatus.ACTIVE, m.membershipStatus());
    assertEquals("Blue team", m.membershipName());
    assertEquals(
        List.of("Ana Lima", "Bo Chen", "Cy Diaz"),
        m.incidentResponseTeam().stream().map(IncidentResponder::name).toList());
    assertEquals(
        List.of("Case Created", "Case Closed"),
        m.incidentResponseTeam().get(0).communicationPreferencesAsStrings());
    assertEquals(OptInFeatureName.TRIAGE, m.optInFeatures().get(0).featureName());
    assertTrue(m.optInFeatures().get(0).isEnabled());
    assertEquals("arn:aws:security-ir:us-east-1:123456789012:membership/" + id, m.membershipArn());
    assertEquals(
        Map.of("owner", "secops"),
        sdk.listTagsForResource(b -> b.resourceArn(m.membershipArn())).tags());

    // One membership per account and region: a second one is a conflict naming the first.
    ConflictException second =
        assertThrows(
            ConflictException.class,
            () ->
                sdk.createMembership(
                    b ->
                        b.clientToken("sdk-token")
                            .membershipName("Red team")
                            .incidentResponseTeam(m.incidentResponseTeam())));
    assertEquals(id, second.resourceId());
    assertEquals("membership", second.resourceType());

    // Changed by the SDK (units), read by the CLI; six units in one call are beyond the model's 5.
    sdk.updateMembership(
        b ->
            b.membershipId(id)
                .membershipAccountsConfigurationsUpdate(
                    u -> u.organizationalUnitsToAdd("ou-ab12-aaaaaaa1", "ou-ab12-aaaaaaa2")));
    JsonObject read = aws("get-membership", "--membership-id", id).json();
    assertEquals("Active", read.get("membershipStatus").getAsString());
    assertEquals("Organization", read.get("customerType").getAsString());
    assertEquals(
        "[\"ou-ab12-aaaaaaa1\",\"ou-ab12-aaaaaaa2\"]",
        read.getAsJsonObject("membershipAccountsConfigurations")
            .get("organizationalUnits")
            .toString());
    AwsCli.Run six =
        aws(
            "update-membership",
            "--membership-id",
            id,
            "--membership-accounts-configurations-update",
            "{\"organizationalUnitsToAdd\":[\"ou-ab12-bbbbbbb1\",\"ou-ab12-bbbbbbb2\","
                + "\"ou-ab12-bbbbbbb3\",\"ou-ab12-bbbbbbb4\",\"ou-ab12-bbbbbbb5\","
                + "\"ou-ab12-bbbbbbb6\"]}");
    assertNotEquals(0, six.exit());
    assertTrue(six.err().contains("(ValidationException)"), six.err());

    // Cancelled by the CLI, restored by the CLI's undo; "false" is refused as the model says.
    assertEquals(0, aws("cancel-membership", "--membership-id", id).exit());
    assertEquals(
        MembershipStatus.CANCELLED, sdk.getMembership(b -> b.membershipId(id)).membershipStatus());
    AwsCli.Run renameWhileCancelled =
        aws("update-membership", "--membership-id", id, "--membership-name", "Red team");
    assertTrue(
        renameWhileCancelled.err().contains("(ConflictException)"), renameWhileCancelled.err());
    AwsCli.Run noUndo =
        aws("update-membership", "--membership-id", id, "--no-undo-membership-cancellation");
    assertTrue(noUndo.err().contains("(ValidationException)"), noUndo.err());
    AwsCli.Run undo =
        aws("update-membership", "--membership-id", id, "--undo-membership-cancellation");
    assertEquals(0, undo.exit(), undo.err());
    GetMembershipResponse restored = sdk.getMembership(b -> b.membershipId(id));
    assertEquals(MembershipStatus.ACTIVE, restored.membershipStatus());
    assertEquals(null, restored.membershipDeactivationTimestamp());

    // Terminated only through the control plane, after a cancellation; then nothing restores it.
    assertEquals(409, terminate(id).statusCode());
    sdk.cancelMembership(b -> b.membershipId(id));
    HttpResponse<String> terminated = terminate(id);
    assertEquals(200, terminated.statusCode(), terminated.body());
    assertEquals(
        "Terminated",
        aws("get-membership", "--membership-id", id).json().get("membershipStatus").getAsString());
    AwsCli.Run undoTerminated =
        aws("update-membership", "--membership-id", id, "--undo-membership-cancellation");
    assertTrue(undoTerminated.err().contains("(ConflictException)"), undoTerminated.err());

    AwsCli.Run listed = aws("list-memberships");
    assertEquals(0, listed.exit(), listed.err());
    assertEquals(1, listed.json().getAsJsonArray("items").size());
    assertEquals(
        "Terminated",
        listed
            .json()
            .getAsJsonArray("items")
            .get(0)
            .getAsJsonObject()
            .get("membershipStatus")
            .getAsString());
  }

  @Test
  void updateCaseCommentThroughTheCliReplacesTheBodyTheSdkReads() throws Exception {
    String caseId = emulator.seed("Comment drill", "Detection and Analysis", "Self");
    AwsCli.Run added =
        aws("create-case-comment", "--case-id", caseId, "--body", "Containment started");
    assertEquals(0, added.exit(), added.err());
    String commentId = added.json().get("commentId").getAsString();

    AwsCli.Run updated =
        aws(
            "update-case-comment",
            "--case-id",
            caseId,
            "--comment-id",
            commentId,
            "--body",
            "Containment done");
    assertEquals(0, updated.exit(), updated.err());
    assertEquals(commentId, updated.json().get("commentId").getAsString());
    assertEquals("Containment done", updated.json().get("body").getAsString());

    var item = sdk.listComments(b -> b.caseId(caseId)).items().get(0);
    assertEquals("Containment done", item.body());
    assertTrue(!item.lastUpdatedDate().isBefore(item.createdDate()), item.toString());

    AwsCli.Run unknown =
        aws("update-case-comment", "--case-id", caseId, "--comment-id", "000009", "--body", "x");
    assertTrue(unknown.err().contains("(ResourceNotFoundException)"), unknown.err());
  }

  @Test
  void aCaseArnNamingAnotherRegionIsNoResourceForEitherClient() throws Exception {
    String caseId = emulator.seed("Tagged case", "Submitted", "Self");
    String own = "arn:aws:security-ir:us-east-1:123456789012:case/" + caseId;
    String ireland = "arn:aws:security-ir:eu-west-1:123456789012:case/" + caseId;
    assertEquals(0, aws("tag-resource", "--resource-arn", own, "--tags", "team=blue").exit());

    AwsCli.Run tag = aws("tag-resource", "--resource-arn", ireland, "--tags", "team=red");
    assertTrue(tag.err().contains("(ResourceNotFoundException)"), tag.err());
    AwsCli.Run list = aws("list-tags-for-resource", "--resource-arn", ireland);
    assertTrue(list.err().contains("(ResourceNotFoundException)"), list.err());
    assertThrows(
        ResourceNotFoundException.class,
        () -> sdk.untagResource(b -> b.resourceArn(ireland).tagKeys("team")));

    assertEquals(
        "blue",
        aws("list-tags-for-resource", "--resource-arn", own)
            .json()
            .getAsJsonObject("tags")
            .get("team")
            .getAsString());
  }

  private static AwsCli.Run aws(String... args) throws IOException, InterruptedException {
    return new AwsCli(emulator.endpoint(), dir).run(args);
  }

  private static HttpResponse<String> terminate(String membershipId)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    emulator
                        .endpoint()
                        .resolve("/_emulator/memberships/" + membershipId + "/terminate"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
