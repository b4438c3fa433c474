package com.pulumi.securityir.provider.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.gateway.OptInFeature;
import com.pulumi.securityir.core.resource.MembershipResource;
import com.pulumi.securityir.provider.testing.InMemoryGateway;
import com.pulumi.securityir.provider.testing.InMemoryMemberships;
import com.pulumi.securityir.provider.testing.InProcessEngine;
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.MutableClock;
import com.pulumi.securityir.provider.testing.Values;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ReadResponse;

/**
 * {@code securityir:index:Membership} through the in-process engine over an in-memory fake of the
 * membership port: create, every kind of update, units beyond five, a cancellation undone, a
 * terminated membership refused, partial failure and resume, refresh with drift, import, delete
 * with and without cancelOnDelete, a second subscription, a lost create answer. Expected calls come
 * from the API's operations (team and features replaced by one UpdateMembership, at most five units
 * to add and to remove per call, tags by TagResource/UntagResource), not from the handler.
 */
class MembershipLifecycleTest {

  private static final String TYPE = MembershipResource.TOKEN;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final InMemoryGateway gateway = new InMemoryGateway(clock);
  private final InMemoryMemberships memberships = gateway.memberships();
  private final ExecutorService readers = Executors.newFixedThreadPool(2);
  private final InProcessEngine engine =
      new InProcessEngine(gateway.factory(readers, clock), clock);

  @AfterEach
  void stop() {
    readers.shutdownNow();
  }

  private Session session() {
    Session session = engine.open();
    session.handshake();
    assertEquals(List.of(), session.configure(Map.of("region", "us-east-1")));
    return session;
  }

  private static Map<String, Object> responder(String name, String title, String email) {
    return Map.of("name", name, "jobTitle", title, "email", email);
  }

  private static Map<String, Object> account() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("membershipName", "Example Corp IR");
    inputs.put(
        "incidentResponseTeam",
        List.of(
            responder("Ada Lovelace", "CISO", "ada@example.com"),
            Map.of(
                "name",
                "Grace Hopper",
                "jobTitle",
                "SOC lead",
                "email",
                "grace@example.com",
                "communicationPreferences",
                List.of("Case Created", "Case Closed")),
            responder("Alan Turing", "Responder", "alan@example.com")));
    inputs.put("optInFeatures", List.of(Map.of("featureName", "Triage", "isEnabled", true)));
    inputs.put("tags", Map.of("owner", "security"));
    return inputs;
  }

  private static Map<String, Object> with(Map<String, Object> inputs, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(inputs);
    changed.put(key, value);
    return changed;
  }

  private static List<String> units(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(i -> "ou-ab12-unit" + (1000 + i)).toList();
  }

  private static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  private State created(Map<String, Object> inputs) {
    return done(session().up(TYPE, "account", Values.struct(inputs), Optional.empty()));
  }

  private LiveMembership live(State state) {
    return memberships.membership(new MembershipId(state.id()));
  }

  private List<String> callsSince(int before) {
    List<String> all = memberships.calls();
    return all.subList(before, all.size());
  }

  @Test
  void createSubscribesOnceWithTheDeclaredTeamAndKeepsTheSensitiveMembersSecret() {
    State state = created(account());

    assertEquals(
        List.of("CreateMembership", "GetMembership", "ListTagsForResource"), memberships.calls());
    LiveMembership live = live(state);
    assertEquals("Example Corp IR", live.name());
    assertEquals(
        List.of("ada@example.com", "grace@example.com", "alan@example.com"),
        live.team().stream().map(IncidentResponder::email).toList());
    assertEquals(
        List.of("Case Created", "Case Closed"), live.team().get(1).communicationPreferences());
    assertEquals(List.of(new OptInFeature("Triage", true)), live.optInFeatures());
    assertEquals(Map.of("owner", "security"), live.tags());
    for (String secret : List.of("membershipName", "incidentResponseTeam")) {
      assertTrue(Values.isSecret(state.outputs(), secret), secret + " must be a secret output");
      assertTrue(Values.isSecret(state.inputs(), secret), secret + " must be a secret input");
    }
    assertEquals(Optional.of(state.id()), Values.text(state.outputs(), "membershipId"));
    assertEquals(Optional.of("Active"), Values.text(state.outputs(), "membershipStatus"));
    assertEquals(Optional.of("123456789012"), Values.text(state.outputs(), "accountId"));
    assertEquals(Optional.of(false), Values.bool(state.outputs(), "cancelOnDelete"));
  }

  @Test
  void sevenDeclaredUnitsAreAddedAfterTheCreateFivePerCall() {
    State state = created(with(account(), "organizationalUnits", units(0, 7)));

    assertEquals(
        List.of(
            "CreateMembership",
            "UpdateMembership",
            "UpdateMembership",
            "GetMembership",
            "ListTagsForResource"),
        memberships.calls());
    assertEquals(units(0, 7), live(state).organizationalUnits());
  }

  @Test
  void anUpWithNothingChangedMakesNoMutatingCallAndReadsTheMembershipOnce() {
    State state = created(account());
    int before = memberships.calls().size();

    Step step = session().up(TYPE, "account", Values.struct(account()), Optional.of(state));

    assertFalse(assertInstanceOf(Step.Done.class, step).changed());
    assertEquals(List.of("GetMembership", "ListTagsForResource"), callsSince(before));
  }

  @Test
  void nameTeamFeaturesAndCoverageChangeInOneUpdateMembershipAndTagsWithTagAndUntag() {
    State state = created(account());
    Map<String, Object> changed = with(account(), "membershipName", "Example Corp IR team");
    changed.put(
        "incidentResponseTeam",
        List.of(
            responder("Ada Lovelace", "CISO", "ada@example.com"),
            responder("Katherine Johnson", "Responder", "kj@example.com")));
    changed.put("optInFeatures", List.of(Map.of("featureName", "Triage", "isEnabled", false)));
    changed.put("coverEntireOrganization", true);
    changed.put("tags", Map.of("team", "soc"));
    int before = memberships.calls().size();

    Step step = session().up(TYPE, "account", Values.struct(changed), Optional.of(state));

    State after = done(step);
    Step.Done diffed = (Step.Done) step;
    assertEquals(
        List.of(
            "membershipName",
            "incidentResponseTeam",
            "optInFeatures",
            "coverEntireOrganization",
            "tags"),
        diffed.diff().orElseThrow().getDiffsList());
    assertTrue(
        diffed.diff().orElseThrow().getDetailedDiffMap().values().stream()
            .allMatch(d -> d.getKind() == PropertyDiff.Kind.UPDATE),
        "no change replaces a membership");
    assertEquals(
        List.of(
            "GetMembership",
            "ListTagsForResource",
            "UpdateMembership",
            "TagResource",
            "UntagResource"),
        callsSince(before));
    LiveMembership live = live(after);
    assertEquals("Example Corp IR team", live.name());
    assertEquals(
        List.of("ada@example.com", "kj@example.com"),
        live.team().stream().map(IncidentResponder::email).toList(),
        "the team is replaced as a whole");
    assertEquals(List.of(new OptInFeature("Triage", false)), live.optInFeatures());
    assertTrue(live.coverEntireOrganization());
    assertEquals(Map.of("team", "soc"), live.tags());

    int settled = memberships.calls().size();
    Step again = session().up(TYPE, "account", Values.struct(changed), Optional.of(after));
    assertFalse(((Step.Done) again).changed(), "the next up finds nothing to do");
    assertEquals(List.of("GetMembership", "ListTagsForResource"), callsSince(settled));
  }

  @Test
  void unitChangesBeyondFiveAreSentInSeveralCallsOfAtMostFiveEach() {
    State state = created(with(account(), "organizationalUnits", units(0, 3)));
    int before = memberships.calls().size();

    State after =
        done(
            session()
                .up(
                    TYPE,
                    "account",
                    Values.struct(with(account(), "organizationalUnits", units(10, 8))),
                    Optional.of(state)));

    assertEquals(
        List.of("GetMembership", "ListTagsForResource", "UpdateMembership", "UpdateMembership"),
        callsSince(before),
        "8 to add and 3 to remove: 5 + 3 added, 3 removed, in two calls");
    assertEquals(units(10, 8), live(after).organizationalUnits());
  }

  @Test
  void aCancelledMembershipIsRestoredWithTheUndoAndPreviewSaysSo() {
    State state = created(account());
    memberships.cancelBySomeoneElse(new MembershipId(state.id()));

    Step preview = session().preview(TYPE, "account", Values.struct(account()), Optional.of(state));
    assertTrue(
        preview.messages().stream().anyMatch(m -> m.contains("undoMembershipCancellation")),
        preview.messages().toString());
    assertEquals(MembershipStatus.CANCELLED, live(state).status(), "a preview changes nothing");

    int before = memberships.calls().size();
    State restored =
        done(session().up(TYPE, "account", Values.struct(account()), Optional.of(state)));
    assertEquals(
        List.of("GetMembership", "ListTagsForResource", "UpdateMembership"), callsSince(before));
    assertEquals(MembershipStatus.ACTIVE, live(restored).status());
    assertEquals(Optional.of("Active"), Values.text(restored.outputs(), "membershipStatus"));
  }

  @Test
  void aTerminatedMembershipIsRefusedInPreviewWithTheReason() {
    State state = created(account());
    memberships.cancelBySomeoneElse(new MembershipId(state.id()));
    memberships.terminate(new MembershipId(state.id()));

    Step step = session().preview(TYPE, "account", Values.struct(account()), Optional.of(state));

    Step.Failed failed = assertInstanceOf(Step.Failed.class, step);
    assertEquals("Diff", failed.rpc());
    String description = failed.status().getDescription();
    assertTrue(description.contains("is Terminated"), description);
    assertTrue(description.contains("cannot be restored"), description);
    assertFalse(memberships.calls().contains("UpdateMembership"));
  }

  @Test
  void aStopPartWayReportsWhatLandedAndTheNextUpMakesOnlyTheRest() {
    State state = created(account());
    memberships.fail("UpdateMembership", 2, Kind.ACCESS_DENIED);
    Map<String, Object> changed =
        with(
            with(account(), "membershipName", "Renamed SECRETQ"),
            "organizationalUnits",
            units(0, 12));

    Step step = session().up(TYPE, "account", Values.struct(changed), Optional.of(state));

    Step.Partial partial = assertInstanceOf(Step.Partial.class, step);
    String reason = String.join(" ", partial.detail().getReasonsList());
    assertTrue(reason.contains("applied UpdateMembership (membershipName"), reason);
    assertTrue(reason.contains("run the update again"), reason);
    assertFalse(reason.contains("SECRETQ"), "no secret in the reason");
    assertEquals(units(0, 5), live(state).organizationalUnits());

    int before = memberships.calls().size();
    State resumed =
        done(session().up(TYPE, "account", Values.struct(changed), Optional.of(partial.state())));
    assertEquals(
        List.of("GetMembership", "ListTagsForResource", "UpdateMembership", "UpdateMembership"),
        callsSince(before),
        "7 units are left, 5 + 2; the name is not sent again");
    assertEquals(units(0, 12), live(resumed).organizationalUnits());
    assertEquals("Renamed SECRETQ", live(resumed).name());
  }

  @Test
  void refreshReportsDriftAndTheNextUpPutsTheDeclaredTeamBack() {
    State state = created(account());
    MembershipId id = new MembershipId(state.id());
    memberships.replaceTeamBySomeoneElse(
        id,
        List.of(
            new IncidentResponder("Someone Else", "Intern", "else@example.com", List.of()),
            new IncidentResponder("Ada Lovelace", "CISO", "ada@example.com", List.of())));

    ReadResponse read = session().refresh(state).orElseThrow();
    assertTrue(
        read.getProperties()
            .getFieldsMap()
            .get("incidentResponseTeam")
            .toString()
            .contains("else@example.com"));
    State refreshed =
        new State(TYPE, "account", read.getId(), state.inputs(), read.getProperties(), List.of());

    Step step = session().up(TYPE, "account", Values.struct(account()), Optional.of(refreshed));
    assertEquals(
        List.of("incidentResponseTeam"), ((Step.Done) step).diff().orElseThrow().getDiffsList());
    assertEquals(3, memberships.membership(id).team().size());
  }

  @Test
  void importByMembershipIdYieldsInputsThatPreviewWithNoChanges() {
    MembershipId id =
        memberships.seed(
            "Made in the console",
            List.of(
                new IncidentResponder("Ada Lovelace", "CISO", "ada@example.com", List.of()),
                new IncidentResponder(
                    "Alan Turing", "Responder", "alan@example.com", List.of("Case Closed"))));

    ReadResponse read = session().importResource(TYPE, "imported", id.value()).orElseThrow();
    assertEquals(id.value(), read.getId());
    assertEquals(Optional.of(false), Values.bool(read.getInputs(), "cancelOnDelete"));
    State state =
        new State(
            TYPE, "imported", read.getId(), read.getInputs(), read.getProperties(), List.of());

    Step preview = session().preview(TYPE, "imported", read.getInputs(), Optional.of(state));
    assertFalse(assertInstanceOf(Step.Done.class, preview).changed(), preview.toString());
  }

  @Test
  void importOfSomethingNotAMembershipIdSaysWhatTheIdIs() {
    String description =
        session()
            .importResource(TYPE, "imported", "8403556009")
            .status()
            .orElseThrow()
            .getDescription();
    assertTrue(description.contains("m- and 10 to 32"), description);
  }

  @Test
  void deleteLeavesTheMembershipAndSaysSoUnlessCancelOnDeleteIsTrue() {
    State kept = created(account());
    Session destroy = session();
    assertTrue(destroy.destroy(kept).value().isPresent());
    assertEquals(MembershipStatus.ACTIVE, live(kept).status());
    assertFalse(memberships.calls().contains("CancelMembership"));
    assertTrue(
        destroy.log().entries().stream()
            .anyMatch(e -> e.message().contains("left active") && e.message().contains(kept.id())),
        destroy.log().entries().toString());

    State cancelling =
        done(
            session()
                .up(
                    TYPE,
                    "account",
                    Values.struct(with(account(), "cancelOnDelete", true)),
                    Optional.of(kept)));
    int before = memberships.calls().size();
    assertTrue(session().destroy(cancelling).value().isPresent());
    assertEquals(List.of("CancelMembership"), callsSince(before));
    assertEquals(MembershipStatus.CANCELLED, live(cancelling).status());
  }

  @Test
  void aSecondSubscriptionIsRefusedWithTheCommandThatImportsTheFirst() {
    MembershipId existing =
        memberships.seed(
            "Made in the console",
            List.of(
                new IncidentResponder("Ada Lovelace", "CISO", "ada@example.com", List.of()),
                new IncidentResponder("Alan Turing", "Responder", "alan@example.com", List.of())));

    Step step = session().up(TYPE, "account", Values.struct(account()), Optional.empty());

    Step.Failed failed = assertInstanceOf(Step.Failed.class, step);
    assertEquals("Create", failed.rpc());
    String description = failed.status().getDescription();
    assertTrue(
        description.contains("pulumi import securityir:index:Membership account " + existing),
        description);
    assertEquals(1, memberships.membershipsCreated());
  }

  @Test
  void thePreviewOfANewMembershipListsTheAccountsOnceAndRefusesASecondSubscription() {
    Step fresh = session().preview(TYPE, "account", Values.struct(account()), Optional.empty());
    assertInstanceOf(Step.Done.class, fresh, fresh::toString);
    assertEquals(List.of("ListMemberships"), memberships.calls(), "one read, no change");

    MembershipId existing =
        memberships.seed(
            "Made in the console",
            List.of(
                new IncidentResponder("Ada Lovelace", "CISO", "ada@example.com", List.of()),
                new IncidentResponder("Alan Turing", "Responder", "alan@example.com", List.of())));
    Step second = session().preview(TYPE, "account", Values.struct(account()), Optional.empty());

    Step.Failed failed = assertInstanceOf(Step.Failed.class, second);
    assertEquals("Create", failed.rpc());
    String description = failed.status().getDescription();
    assertTrue(
        description.contains("pulumi import securityir:index:Membership account " + existing),
        description);
    assertFalse(memberships.calls().contains("CreateMembership"));
  }

  @Test
  void aCreateWhoseAnswerWasLostIsRetriedWithTheSameTokenAndSubscribesOnce() {
    memberships.loseNextCreateAnswer();
    ByteString seed = InProcessEngine.seedOf("account");

    assertInstanceOf(
        Step.Failed.class,
        session().up(TYPE, "account", Values.struct(account()), Optional.empty(), seed));
    State retried =
        done(session().up(TYPE, "account", Values.struct(account()), Optional.empty(), seed));

    assertEquals(1, memberships.membershipsCreated(), "the retry replays the first create");
    assertEquals(MembershipStatus.ACTIVE, live(retried).status());
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

    Step step = session().up(TYPE, "account", Values.struct(bad), Optional.empty());

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
    assertEquals(List.of(), memberships.calls());
  }
}
