package com.pulumi.securityir.provider.membership;

import static com.pulumi.securityir.provider.membership.MembershipTestbed.TYPE;
import static com.pulumi.securityir.provider.membership.MembershipTestbed.account;
import static com.pulumi.securityir.provider.membership.MembershipTestbed.done;
import static com.pulumi.securityir.provider.membership.MembershipTestbed.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.provider.testing.InProcessEngine;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.Values;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.ReadResponse;

/**
 * How a {@code securityir:index:Membership} comes to be managed, through the in-process engine over
 * an in-memory fake of the membership port: Check's validation by the API model, the preview of a
 * new membership, a second subscription refused with the command that imports the first, import by
 * membership id, and a lost CreateMembership answer retried with the same client token.
 */
class MembershipAdoptionTest {

  private final MembershipTestbed bed = new MembershipTestbed();

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void importByMembershipIdYieldsInputsThatPreviewWithNoChanges() {
    MembershipId id = bed.seedConsoleMembership();

    ReadResponse read = bed.session().importResource(TYPE, "imported", id.value()).orElseThrow();
    assertEquals(id.value(), read.getId());
    assertEquals(Optional.of(false), Values.bool(read.getInputs(), "cancelOnDelete"));
    State state =
        new State(
            TYPE, "imported", read.getId(), read.getInputs(), read.getProperties(), List.of());

    Step preview = bed.session().preview(TYPE, "imported", read.getInputs(), Optional.of(state));
    assertFalse(assertInstanceOf(Step.Done.class, preview).changed(), preview.toString());
  }

  @Test
  void importOfSomethingNotAMembershipIdSaysWhatTheIdIs() {
    String description =
        bed.session()
            .importResource(TYPE, "imported", "8403556009")
            .status()
            .orElseThrow()
            .getDescription();
    assertTrue(description.contains("m- and 10 to 32"), description);
  }

  @Test
  void aSecondSubscriptionIsRefusedWithTheCommandThatImportsTheFirst() {
    MembershipId existing = bed.seedConsoleMembership();

    Step step = bed.session().up(TYPE, "account", Values.struct(account()), Optional.empty());

    Step.Failed failed = assertInstanceOf(Step.Failed.class, step);
    assertEquals("Create", failed.rpc());
    String description = failed.status().getDescription();
    assertTrue(
        description.contains("pulumi import securityir:index:Membership account " + existing),
        description);
    assertEquals(1, bed.memberships.membershipsCreated());
  }

  @Test
  void thePreviewOfANewMembershipListsTheAccountsOnceAndRefusesASecondSubscription() {
    Step fresh = bed.session().preview(TYPE, "account", Values.struct(account()), Optional.empty());
    assertInstanceOf(Step.Done.class, fresh, fresh::toString);
    assertEquals(List.of("ListMemberships"), bed.memberships.calls(), "one read, no change");

    MembershipId existing = bed.seedConsoleMembership();
    Step second =
        bed.session().preview(TYPE, "account", Values.struct(account()), Optional.empty());

    Step.Failed failed = assertInstanceOf(Step.Failed.class, second);
    assertEquals("Create", failed.rpc());
    String description = failed.status().getDescription();
    assertTrue(
        description.contains("pulumi import securityir:index:Membership account " + existing),
        description);
    assertFalse(bed.memberships.calls().contains("CreateMembership"));
  }

  @Test
  void aCreateWhoseAnswerWasLostIsRetriedWithTheSameTokenAndSubscribesOnce() {
    bed.memberships.loseNextCreateAnswer();
    ByteString seed = InProcessEngine.seedOf("account");

    assertInstanceOf(
        Step.Failed.class,
        bed.session().up(TYPE, "account", Values.struct(account()), Optional.empty(), seed));
    State retried =
        done(bed.session().up(TYPE, "account", Values.struct(account()), Optional.empty(), seed));

    assertEquals(1, bed.memberships.membershipsCreated(), "the retry replays the first create");
    assertEquals(MembershipStatus.ACTIVE, bed.live(retried).status());
  }

  @Test
  void checkNamesEachBadPropertyFromTheModelsRulesAndQuotesNoSecret() {
    Map<String, Object> bad = with(account(), "membershipName", "IR");
    bad.put(
        "incidentResponseTeam",
        List.of(
            Map.of(
                "name",
                "Ada SECRETQ",
                "jobTitle",
                "CISO",
                "email",
                "not-an-address-SECRETQ",
                "communicationPreferences",
                List.of("Every Hour"))));
    bad.put(
        "optInFeatures",
        List.of(
            Map.of("featureName", "Triage", "isEnabled", true),
            Map.of("featureName", "Triage", "isEnabled", false)));
    bad.put("organizationalUnits", List.of("ou-SECRETQ"));
    bad.put("coverEntireOrganization", "yes");

    Step step = bed.session().up(TYPE, "account", Values.struct(bad), Optional.empty());

    List<String> problems =
        assertInstanceOf(Step.CheckFailed.class, step).failures().stream()
            .map(f -> f.getProperty() + ": " + f.getReason())
            .toList();
    assertTrue(
        problems.contains("membershipName: membershipName must be 3 to 50 characters long, got 2"),
        problems.toString());
    assertTrue(
        problems.contains(
            "incidentResponseTeam: incidentResponseTeam must have 2 to 10 items, got 1"),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith("incidentResponseTeam: incidentResponseTeam[0].email must match")),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith(
                        "incidentResponseTeam: incidentResponseTeam[0].communicationPreferences[0]"
                            + " (secret) must be one of 16 values")),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.startsWith("optInFeatures: optInFeatures[1].featureName 'Triage'")),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith(
                        "organizationalUnits: organizationalUnits[0] must match the pattern")),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("coverEntireOrganization: ")),
        problems.toString());
    assertEquals(7, problems.size(), problems.toString());
    assertTrue(problems.stream().noneMatch(p -> p.contains("SECRETQ")), problems.toString());
    assertEquals(List.of(), bed.memberships.calls());
  }
}
