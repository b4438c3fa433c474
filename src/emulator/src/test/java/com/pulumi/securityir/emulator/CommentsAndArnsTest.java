package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.EmulatorFixtures.client;
import static com.pulumi.securityir.emulator.EmulatorFixtures.createRequest;
import static com.pulumi.securityir.emulator.EmulatorFixtures.seed;
import static com.pulumi.securityir.emulator.EmulatorFixtures.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.ListCommentsItem;
import software.amazon.awssdk.services.securityir.model.ResolverType;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;
import software.amazon.awssdk.services.securityir.model.UpdateCaseCommentResponse;
import software.amazon.awssdk.services.securityir.model.ValidationException;

/**
 * UpdateCaseComment as docs/emulator.md describes it, and case ARNs that name only the case whose
 * own ARN they are (region and account included).
 */
class CommentsAndArnsTest {

  private SecurityIrEmulator emulator;
  private SecurityIrClient sir;

  @BeforeEach
  void start() throws Exception {
    emulator = SecurityIrEmulator.start(EmulatorOptions.defaults());
    sir = client(emulator);
  }

  @AfterEach
  void stop() {
    sir.close();
    emulator.close();
  }

  private String comment(String caseId, String body) {
    return sir.createCaseComment(b -> b.caseId(caseId).body(body)).commentId();
  }

  private ListCommentsItem only(String caseId) {
    List<ListCommentsItem> items = sir.listComments(b -> b.caseId(caseId)).items();
    assertEquals(1, items.size());
    return items.get(0);
  }

  // ------------------------------------------------------------------ UpdateCaseComment

  @Test
  void updateCaseCommentReplacesTheBodyAndStampsItsLastUpdate() throws Exception {
    String id = seed(emulator, CaseState.DETECTION_AND_ANALYSIS, Resolver.SELF);
    String commentId = comment(id, "Containment started");
    ListCommentsItem before = only(id);
    Thread.sleep(20);

    UpdateCaseCommentResponse r =
        sir.updateCaseComment(b -> b.caseId(id).commentId(commentId).body("Containment done"));

    assertEquals(commentId, r.commentId());
    assertEquals("Containment done", r.body());
    ListCommentsItem after = only(id);
    assertEquals("Containment done", after.body());
    assertEquals(before.createdDate(), after.createdDate());
    assertTrue(after.lastUpdatedDate().isAfter(before.lastUpdatedDate()), after.toString());
    assertEquals(EmulatorDefaults.ACCOUNT_ID, after.lastUpdatedBy());
    assertEquals(before.creator(), after.creator());
  }

  @Test
  void theSameBodyAgainChangesNothingSoAReplayIsHarmless() throws Exception {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    String commentId = comment(id, "First");
    sir.updateCaseComment(b -> b.caseId(id).commentId(commentId).body("Second"));
    ListCommentsItem once = only(id);
    Thread.sleep(20);

    sir.updateCaseComment(b -> b.caseId(id).commentId(commentId).body("Second"));

    assertEquals(once, only(id));
  }

  @Test
  void aLandedButUnansweredUpdateIsNotAppliedTwiceByItsRetry() throws Exception {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    String commentId = comment(id, "First");
    emulator.control().injectFault(FaultSpec.drop("UpdateCaseComment", 1).landing()).orElseThrow();

    assertThrows(
        SdkClientException.class,
        () -> sir.updateCaseComment(b -> b.caseId(id).commentId(commentId).body("Second")));
    ListCommentsItem landed = only(id);
    assertEquals("Second", landed.body());
    Thread.sleep(20);
    sir.updateCaseComment(b -> b.caseId(id).commentId(commentId).body("Second"));

    assertEquals(landed, only(id));
    assertEquals(
        List.of(0, 200),
        emulator.control().calls().stream()
            .filter(c -> c.operation().equals("UpdateCaseComment"))
            .map(CallRecord::status)
            .toList());
  }

  @Test
  void anUnknownCommentOrCaseIsResourceNotFound() {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    comment(id, "First");
    assertThrows(
        ResourceNotFoundException.class,
        () -> sir.updateCaseComment(b -> b.caseId(id).commentId("000002").body("x")));
    assertThrows(
        ResourceNotFoundException.class,
        () -> sir.updateCaseComment(b -> b.caseId("9999999999").commentId("000001").body("x")));
  }

  @Test
  void aClosedCaseRefusesUpdateCaseCommentAsItRefusesCreateCaseComment() {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    String commentId = comment(id, "Before closing");
    sir.closeCase(b -> b.caseId(id));

    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> sir.updateCaseComment(b -> b.caseId(id).commentId(commentId).body("After")));
    assertTrue(e.getMessage().contains("Closed"), e.getMessage());
    assertThrows(
        ConflictException.class, () -> sir.createCaseComment(b -> b.caseId(id).body("After")));
    assertEquals("Before closing", only(id).body());
  }

  @Test
  void aBodyOutsideOneTo12000CharactersIsRejectedWithoutQuotingIt() {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    String commentId = comment(id, "First");
    String tooLong = "secret-" + "x".repeat(12_000);
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> sir.updateCaseComment(b -> b.caseId(id).commentId(commentId).body(tooLong)));
    assertEquals("body", e.fieldList().get(0).name());
    assertFalse(e.getMessage().contains("secret-"), e.getMessage());
    assertThrows(
        ValidationException.class,
        () -> sir.updateCaseComment(b -> b.caseId(id).commentId("12345").body("x")));
    assertEquals("First", only(id).body());
  }

  // ------------------------------------------------------------------ ARNs

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:security-ir:eu-west-1:123456789012:case/%s",
        "arn:aws:security-ir:us-east-1:210987654321:case/%s",
        "arn:aws:security-ir:eu-west-1:210987654321:case/%s"
      })
  void anArnOfTheSameCaseIdInAnotherRegionOrAccountNamesNoResource(String format) {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    String own = sir.getCase(b -> b.caseId(id)).caseArn();
    sir.tagResource(b -> b.resourceArn(own).tags(Map.of("team", "blue")));
    String other = format.formatted(id);

    assertThrows(
        ResourceNotFoundException.class,
        () -> sir.tagResource(b -> b.resourceArn(other).tags(Map.of("team", "red"))));
    assertThrows(
        ResourceNotFoundException.class,
        () -> sir.untagResource(b -> b.resourceArn(other).tagKeys("team")));
    assertThrows(
        ResourceNotFoundException.class, () -> sir.listTagsForResource(b -> b.resourceArn(other)));

    assertEquals(Map.of("team", "blue"), sir.listTagsForResource(b -> b.resourceArn(own)).tags());
  }

  @Test
  void aCaseCreatedInAnotherRegionIsTaggedByItsOwnArnOnly() {
    String id;
    try (SecurityIrClient ireland = client(emulator, Region.EU_WEST_1)) {
      id = ireland.createCase(createRequest(ResolverType.SELF)).caseId();
    }
    String own = sir.getCase(b -> b.caseId(id)).caseArn();
    assertEquals("arn:aws:security-ir:eu-west-1:123456789012:case/" + id, own);

    sir.tagResource(b -> b.resourceArn(own).tags(Map.of("team", "blue")));
    assertEquals(Map.of("team", "blue"), sir.listTagsForResource(b -> b.resourceArn(own)).tags());
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            sir.listTagsForResource(
                b -> b.resourceArn("arn:aws:security-ir:us-east-1:123456789012:case/" + id)));
  }

  @Test
  void aRefusedArnIsStillLoggedAsACallAboutThatCaseId() throws Exception {
    String id = seed(emulator, CaseState.SUBMITTED, Resolver.SELF);
    emulator.control().clearCalls();
    HttpResponse<String> r =
        signed(
            emulator,
            "GET",
            "/v1/tags/arn%3Aaws%3Asecurity-ir%3Aeu-west-1%3A123456789012%3Acase%2F" + id,
            null);
    assertEquals(404, r.statusCode(), r.body());
    assertTrue(r.body().contains("ResourceNotFoundException"), r.body());
    assertEquals(
        List.of(new CallRecord("ListTagsForResource", id, 404)), emulator.control().calls());
  }
}
