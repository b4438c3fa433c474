package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.EmulatorFixtures.client;
import static com.pulumi.securityir.emulator.EmulatorFixtures.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.CustomerType;
import software.amazon.awssdk.services.securityir.model.GetMembershipAccountDetailItem;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.MembershipAccountRelationshipStatus;
import software.amazon.awssdk.services.securityir.model.MembershipAccountRelationshipType;
import software.amazon.awssdk.services.securityir.model.MembershipStatus;
import software.amazon.awssdk.services.securityir.model.OptInFeature;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;
import software.amazon.awssdk.services.securityir.model.ThrottlingException;

/**
 * The membership operations through the unchanged SDK client, with the rules of docs/emulator.md:
 * one membership per account and region, clientToken replay, Active → Cancelled → Active (undo),
 * Terminated only through the control plane, validation from the model, state file, faults and call
 * log.
 */
class MembershipApiTest {

  @TempDir Path dir;

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

  private String create() {
    return sir.createMembership(MembershipFixtures.request("token-1")).membershipId();
  }

  private GetMembershipResponse get(String id) {
    return sir.getMembership(b -> b.membershipId(id));
  }

  @Test
  void aNewMembershipIsActiveAndShowsWhatWasGiven() {
    Instant before = Instant.now().minusSeconds(1);
    String id = create();

    GetMembershipResponse m = get(id);
    assertTrue(id.matches("m-[a-z0-9]{10,32}"), id);
    assertEquals(MembershipStatus.ACTIVE, m.membershipStatus());
    assertEquals("Blue team", m.membershipName());
    assertEquals("123456789012", m.accountId());
    assertEquals("us-east-1", m.regionAsString());
    assertEquals("arn:aws:security-ir:us-east-1:123456789012:membership/" + id, m.membershipArn());
    assertEquals(CustomerType.STANDALONE, m.customerType());
    assertEquals(1L, m.numberOfAccountsCovered());
    assertEquals(MembershipFixtures.request("x").incidentResponseTeam(), m.incidentResponseTeam());
    assertEquals(MembershipFixtures.request("x").optInFeatures(), m.optInFeatures());
    assertFalse(m.membershipAccountsConfigurations().coverEntireOrganization());
    assertEquals(List.of(), m.membershipAccountsConfigurations().organizationalUnits());
    assertTrue(m.membershipActivationTimestamp().isAfter(before));
    assertNull(m.membershipDeactivationTimestamp());
    assertEquals(
        Map.of("owner", "secops"),
        sir.listTagsForResource(b -> b.resourceArn(m.membershipArn())).tags());
    assertEquals(
        List.of(id),
        sir.listMemberships(b -> {}).items().stream().map(i -> i.membershipId()).toList());
  }

  @Test
  void aSecondMembershipInTheSameRegionIsAConflictNamingTheFirst() {
    String first = create();
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> sir.createMembership(MembershipFixtures.request("token-2")));
    assertEquals(first, e.resourceId());
    assertEquals("membership", e.resourceType());
    assertTrue(e.getMessage().contains(first), e.getMessage());
    assertEquals(1, sir.listMemberships(b -> {}).items().size());

    try (SecurityIrClient ireland = client(emulator, Region.EU_WEST_1)) {
      String other = ireland.createMembership(MembershipFixtures.request("token-3")).membershipId();
      assertEquals("eu-west-1", get(other).regionAsString());
    }
  }

  @Test
  void aLandedButUnansweredCreateReplayedWithItsTokenCreatesOneMembership() {
    emulator.control().injectFault(FaultSpec.drop("CreateMembership", 1).landing()).orElseThrow();
    assertThrows(
        SdkClientException.class,
        () -> sir.createMembership(MembershipFixtures.request("token-1")));

    String id = sir.createMembership(MembershipFixtures.request("token-1")).membershipId();

    assertEquals(1, sir.listMemberships(b -> {}).items().size());
    assertEquals(
        List.of(
            new CallRecord("CreateMembership", null, 0, id),
            new CallRecord("CreateMembership", null, 201, id),
            new CallRecord("ListMemberships", null, 200, null)),
        emulator.control().calls());
  }

  @Test
  void aCancellationIsUndoneByUpdateMembershipAndRepeatsChangeNothing() {
    String id = create();
    assertEquals(id, sir.cancelMembership(b -> b.membershipId(id)).membershipId());
    GetMembershipResponse cancelled = get(id);
    assertEquals(MembershipStatus.CANCELLED, cancelled.membershipStatus());
    assertTrue(cancelled.membershipDeactivationTimestamp() != null);
    sir.cancelMembership(b -> b.membershipId(id));
    MembershipFixtures.assertSame(cancelled, get(id), "a repeated cancel changes nothing");

    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> sir.updateMembership(b -> b.membershipId(id).membershipName("Red team")));
    assertTrue(e.getMessage().contains("undoMembershipCancellation"), e.getMessage());

    sir.updateMembership(b -> b.membershipId(id).undoMembershipCancellation(true));
    GetMembershipResponse restored = get(id);
    assertEquals(MembershipStatus.ACTIVE, restored.membershipStatus());
    assertNull(restored.membershipDeactivationTimestamp());
    assertEquals(
        cancelled.membershipActivationTimestamp(), restored.membershipActivationTimestamp());
    sir.updateMembership(b -> b.membershipId(id).undoMembershipCancellation(true));
    MembershipFixtures.assertSame(
        restored, get(id), "an undo on an Active membership changes nothing");
  }

  @Test
  void aTerminatedMembershipCannotComeBackButNoLongerBlocksANewOne() {
    String id = create();
    var early = emulator.control().terminateMembership(id);
    assertEquals(409, assertInstanceOf(ControlResult.Rejected.class, early).httpStatus());

    sir.cancelMembership(b -> b.membershipId(id));
    assertEquals("Terminated", emulator.control().terminateMembership(id).orElseThrow().wire());

    assertEquals(MembershipStatus.TERMINATED, get(id).membershipStatus());
    assertThrows(
        ConflictException.class,
        () -> sir.updateMembership(b -> b.membershipId(id).undoMembershipCancellation(true)));
    assertThrows(ConflictException.class, () -> sir.cancelMembership(b -> b.membershipId(id)));
    String next = sir.createMembership(MembershipFixtures.request("token-2")).membershipId();
    assertNotEquals(id, next);
    assertEquals(MembershipStatus.ACTIVE, get(next).membershipStatus());
  }

  @Test
  void updateReplacesTheTeamAndFeaturesAndChangesUnitsAsASet() {
    String id = create();
    sir.updateMembership(
        b ->
            b.membershipId(id)
                .membershipName("Red team")
                .incidentResponseTeam(
                    MembershipFixtures.responder("Di Eze"), MembershipFixtures.responder("Ed Fox"))
                .optInFeatures(
                    OptInFeature.builder().featureName("Triage").isEnabled(false).build())
                .membershipAccountsConfigurationsUpdate(
                    u -> u.organizationalUnitsToAdd("ou-ab12-aaaaaaaa", "ou-ab12-bbbbbbbb")));
    sir.updateMembership(
        b ->
            b.membershipId(id)
                .membershipAccountsConfigurationsUpdate(
                    u ->
                        u.coverEntireOrganization(true)
                            .organizationalUnitsToAdd("ou-ab12-bbbbbbbb", "ou-ab12-cccccccc")
                            .organizationalUnitsToRemove("ou-ab12-aaaaaaaa")));

    GetMembershipResponse m = get(id);
    assertEquals("Red team", m.membershipName());
    assertEquals(
        List.of(MembershipFixtures.responder("Di Eze"), MembershipFixtures.responder("Ed Fox")),
        m.incidentResponseTeam());
    assertEquals(false, m.optInFeatures().get(0).isEnabled());
    assertEquals(
        List.of("ou-ab12-bbbbbbbb", "ou-ab12-cccccccc"),
        m.membershipAccountsConfigurations().organizationalUnits());
    assertTrue(m.membershipAccountsConfigurations().coverEntireOrganization());
    assertEquals(CustomerType.ORGANIZATION, m.customerType());
  }

  /** Invalid requests: member path, JSON body. Secrets in them must not be quoted back. */
  @Test
  void memberAccountDetailsAnswerEachAskedAccountOnce() {
    String id = create();
    List<GetMembershipAccountDetailItem> items =
        sir.batchGetMemberAccountDetails(
                b -> b.membershipId(id).accountIds("123456789012", "000123123123", "123456789012"))
            .items();
    assertEquals(2, items.size());
    assertEquals(MembershipAccountRelationshipStatus.ASSOCIATED, items.get(0).relationshipStatus());
    assertEquals(MembershipAccountRelationshipType.UNRELATED, items.get(0).relationshipType());
    assertEquals("000123123123", items.get(1).accountId());
    assertEquals(
        MembershipAccountRelationshipStatus.UNASSOCIATED, items.get(1).relationshipStatus());

    sir.cancelMembership(b -> b.membershipId(id));
    assertEquals(
        MembershipAccountRelationshipStatus.DISASSOCIATED,
        sir.batchGetMemberAccountDetails(b -> b.membershipId(id).accountIds("123456789012"))
            .items()
            .get(0)
            .relationshipStatus());
  }

  @Test
  void membershipArnsCarryTagsAndNameOnlyTheirOwnRegionAndAccount() {
    String id = create();
    String arn = get(id).membershipArn();
    sir.tagResource(b -> b.resourceArn(arn).tags(Map.of("env", "prod")));
    sir.untagResource(b -> b.resourceArn(arn).tagKeys("owner"));
    assertEquals(Map.of("env", "prod"), sir.listTagsForResource(b -> b.resourceArn(arn)).tags());
    for (String other :
        List.of(
            arn.replace("us-east-1", "eu-west-1"), arn.replace("123456789012", "210987654321"))) {
      assertThrows(
          ResourceNotFoundException.class,
          () -> sir.tagResource(b -> b.resourceArn(other).tags(Map.of("env", "dev"))));
      assertThrows(
          ResourceNotFoundException.class,
          () -> sir.listTagsForResource(b -> b.resourceArn(other)));
    }
    assertEquals(Map.of("env", "prod"), sir.listTagsForResource(b -> b.resourceArn(arn)).tags());
  }

  @Test
  void faultsMatchMembershipOperationsAndTheCallLogNamesTheMembership() throws Exception {
    String id = create();
    emulator.control().clearCalls();
    emulator.control().injectFault(FaultSpec.error("GetMembership", "ThrottlingException", 1));
    emulator.control().injectFault(FaultSpec.error("CancelMembership", "ConflictException", 1));

    assertThrows(ThrottlingException.class, () -> get(id));
    HttpResponse<String> r = signed(emulator, "PUT", "/v1/membership/" + id, null);
    JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
    assertEquals(409, r.statusCode());
    assertEquals(id, body.get("resourceId").getAsString());
    assertEquals("membership", body.get("resourceType").getAsString());
    assertEquals(
        MembershipStatus.ACTIVE, get(id).membershipStatus(), "a faulted call has no effect");

    assertEquals(
        List.of(
            new CallRecord("GetMembership", null, 429, id),
            new CallRecord("CancelMembership", null, 409, id),
            new CallRecord("GetMembership", null, 200, id)),
        emulator.control().calls());
  }

  @Test
  void aFaultForOneMembershipMatchesOnlyCallsAboutIt() throws Exception {
    String id = create();
    HttpResponse<String> added =
        EmulatorFixtures.raw(
            emulator,
            "POST",
            "/_emulator/faults",
            "{\"operation\":\"*\",\"membershipId\":\"m-0000000000\","
                + "\"error\":\"InternalServerException\",\"times\":1}",
            null);
    assertEquals(201, added.statusCode(), added.body());
    assertEquals(MembershipStatus.ACTIVE, get(id).membershipStatus());
    emulator
        .control()
        .injectFault(FaultSpec.error("*", "ThrottlingException", 1).forMembership(id))
        .orElseThrow();
    sir.listMemberships(b -> {});
    assertThrows(ThrottlingException.class, () -> get(id));
  }

  @Test
  void theStateFileKeepsMembershipsTheirTokensAndEditedComments() throws Exception {
    EmulatorOptions options = EmulatorOptions.defaults().withStateFile(dir.resolve("state.json"));
    String id;
    String caseId;
    try (SecurityIrEmulator first = SecurityIrEmulator.start(options);
        SecurityIrClient c = client(first)) {
      id = c.createMembership(MembershipFixtures.request("token-1")).membershipId();
      c.cancelMembership(b -> b.membershipId(id));
      caseId = EmulatorFixtures.seed(first, CaseState.SUBMITTED, Resolver.SELF);
      String commentId = c.createCaseComment(b -> b.caseId(caseId).body("First")).commentId();
      c.updateCaseComment(b -> b.caseId(caseId).commentId(commentId).body("Edited"));
    }
    try (SecurityIrEmulator second = SecurityIrEmulator.start(options);
        SecurityIrClient c = client(second)) {
      GetMembershipResponse m = c.getMembership(b -> b.membershipId(id));
      assertEquals(MembershipStatus.CANCELLED, m.membershipStatus());
      assertEquals("Blue team", m.membershipName());
      assertEquals(
          Map.of("owner", "secops"),
          c.listTagsForResource(b -> b.resourceArn(m.membershipArn())).tags());
      assertEquals(id, c.createMembership(MembershipFixtures.request("token-1")).membershipId());
      assertThrows(
          ConflictException.class, () -> c.createMembership(MembershipFixtures.request("token-2")));
      assertEquals("Edited", c.listComments(b -> b.caseId(caseId)).items().get(0).body());
    }
  }

  @Test
  void theControlPlaneTerminatesOnlyCancelledMemberships() throws Exception {
    String id = create();
    assertEquals(409, control("POST", "/_emulator/memberships/" + id + "/terminate").statusCode());
    assertEquals(
        404, control("POST", "/_emulator/memberships/m-0000000000/terminate").statusCode());
    sir.cancelMembership(b -> b.membershipId(id));
    HttpResponse<String> r = control("POST", "/_emulator/memberships/" + id + "/terminate");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
    assertEquals(id, o.get("membershipId").getAsString());
    assertEquals("Terminated", o.get("membershipStatus").getAsString());
    assertEquals(
        1,
        JsonParser.parseString(control("GET", "/_emulator/health").body())
            .getAsJsonObject()
            .get("memberships")
            .getAsInt());
  }

  private HttpResponse<String> control(String method, String path) throws Exception {
    return EmulatorFixtures.raw(emulator, method, path, method.equals("GET") ? null : "", null);
  }
}
