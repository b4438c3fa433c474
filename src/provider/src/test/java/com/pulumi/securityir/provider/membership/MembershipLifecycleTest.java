package com.pulumi.securityir.provider.membership;

import static com.pulumi.securityir.provider.membership.MembershipTestbed.TYPE;
import static com.pulumi.securityir.provider.membership.MembershipTestbed.account;
import static com.pulumi.securityir.provider.membership.MembershipTestbed.done;
import static com.pulumi.securityir.provider.membership.MembershipTestbed.responder;
import static com.pulumi.securityir.provider.membership.MembershipTestbed.units;
import static com.pulumi.securityir.provider.membership.MembershipTestbed.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.gateway.OptInFeature;
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.Values;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ReadResponse;

/**
 * {@code securityir:index:Membership} through the in-process engine over an in-memory fake of the
 * membership port: create, every kind of update, units beyond five, a cancellation undone, a
 * terminated membership refused, partial failure and resume, refresh with drift, delete with and
 * without cancelOnDelete. Expected calls come from the API's operations (team and features replaced
 * by one UpdateMembership, at most five units to add and to remove per call, tags by
 * TagResource/UntagResource), not from the handler.
 */
class MembershipLifecycleTest {

  private final MembershipTestbed bed = new MembershipTestbed();

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void createSubscribesOnceWithTheDeclaredTeamAndKeepsTheSensitiveMembersSecret() {
    State state = bed.created(account());

    assertEquals(
        List.of("CreateMembership", "GetMembership", "ListTagsForResource"),
        bed.memberships.calls());
    LiveMembership live = bed.live(state);
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
    State state = bed.created(with(account(), "organizationalUnits", units(0, 7)));

    assertEquals(
        List.of(
            "CreateMembership",
            "UpdateMembership",
            "UpdateMembership",
            "GetMembership",
            "ListTagsForResource"),
        bed.memberships.calls());
    assertEquals(units(0, 7), bed.live(state).organizationalUnits());
  }

  @Test
  void anUpWithNothingChangedMakesNoMutatingCallAndReadsTheMembershipOnce() {
    State state = bed.created(account());
    int before = bed.memberships.calls().size();

    Step step = bed.session().up(TYPE, "account", Values.struct(account()), Optional.of(state));

    assertFalse(assertInstanceOf(Step.Done.class, step).changed());
    assertEquals(List.of("GetMembership", "ListTagsForResource"), bed.callsSince(before));
  }

  @Test
  void nameTeamFeaturesAndCoverageChangeInOneUpdateMembershipAndTagsWithTagAndUntag() {
    State state = bed.created(account());
    Map<String, Object> changed = with(account(), "membershipName", "Example Corp IR team");
    changed.put(
        "incidentResponseTeam",
        List.of(
            responder("Ada Lovelace", "CISO", "ada@example.com"),
            responder("Katherine Johnson", "Responder", "kj@example.com")));
    changed.put("optInFeatures", List.of(Map.of("featureName", "Triage", "isEnabled", false)));
    changed.put("coverEntireOrganization", true);
    changed.put("tags", Map.of("team", "soc"));
    int before = bed.memberships.calls().size();

    Step step = bed.session().up(TYPE, "account", Values.struct(changed), Optional.of(state));

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
        bed.callsSince(before));
    LiveMembership live = bed.live(after);
    assertEquals("Example Corp IR team", live.name());
    assertEquals(
        List.of("ada@example.com", "kj@example.com"),
        live.team().stream().map(IncidentResponder::email).toList(),
        "the team is replaced as a whole");
    assertEquals(List.of(new OptInFeature("Triage", false)), live.optInFeatures());
    assertTrue(live.coverEntireOrganization());
    assertEquals(Map.of("team", "soc"), live.tags());

    int settled = bed.memberships.calls().size();
    Step again = bed.session().up(TYPE, "account", Values.struct(changed), Optional.of(after));
    assertFalse(((Step.Done) again).changed(), "the next up finds nothing to do");
    assertEquals(List.of("GetMembership", "ListTagsForResource"), bed.callsSince(settled));
  }

  @Test
  void unitChangesBeyondFiveAreSentInSeveralCallsOfAtMostFiveEach() {
    State state = bed.created(with(account(), "organizationalUnits", units(0, 3)));
    int before = bed.memberships.calls().size();

    State after =
        done(
            bed.session()
                .up(
                    TYPE,
                    "account",
                    Values.struct(with(account(), "organizationalUnits", units(10, 8))),
                    Optional.of(state)));

    assertEquals(
        List.of("GetMembership", "ListTagsForResource", "UpdateMembership", "UpdateMembership"),
        bed.callsSince(before),
        "8 to add and 3 to remove: 5 + 3 added, 3 removed, in two calls");
    assertEquals(units(10, 8), bed.live(after).organizationalUnits());
  }

  @Test
  void aCancelledMembershipIsRestoredWithTheUndoAndPreviewSaysSo() {
    State state = bed.created(account());
    bed.memberships.cancelBySomeoneElse(new MembershipId(state.id()));

    Step preview =
        bed.session().preview(TYPE, "account", Values.struct(account()), Optional.of(state));
    assertTrue(
        preview.messages().stream().anyMatch(m -> m.contains("undoMembershipCancellation")),
        preview.messages().toString());
    assertEquals(MembershipStatus.CANCELLED, bed.live(state).status(), "a preview changes nothing");

    int before = bed.memberships.calls().size();
    State restored =
        done(bed.session().up(TYPE, "account", Values.struct(account()), Optional.of(state)));
    assertEquals(
        List.of("GetMembership", "ListTagsForResource", "UpdateMembership"),
        bed.callsSince(before));
    assertEquals(MembershipStatus.ACTIVE, bed.live(restored).status());
    assertEquals(Optional.of("Active"), Values.text(restored.outputs(), "membershipStatus"));
  }

  @Test
  void aTerminatedMembershipIsRefusedInPreviewWithTheReason() {
    State state = bed.created(account());
    bed.memberships.cancelBySomeoneElse(new MembershipId(state.id()));
    bed.memberships.terminate(new MembershipId(state.id()));

    Step step =
        bed.session().preview(TYPE, "account", Values.struct(account()), Optional.of(state));

    Step.Failed failed = assertInstanceOf(Step.Failed.class, step);
    assertEquals("Diff", failed.rpc());
    String description = failed.status().getDescription();
    assertTrue(description.contains("is Terminated"), description);
    assertTrue(description.contains("cannot be restored"), description);
    assertFalse(bed.memberships.calls().contains("UpdateMembership"));
  }

  @Test
  void aStopPartWayReportsWhatLandedAndTheNextUpMakesOnlyTheRest() {
    State state = bed.created(account());
    bed.memberships.fail("UpdateMembership", 2, Kind.ACCESS_DENIED);
    Map<String, Object> changed =
        with(
            with(account(), "membershipName", "Renamed SECRETQ"),
            "organizationalUnits",
            units(0, 12));

    Step step = bed.session().up(TYPE, "account", Values.struct(changed), Optional.of(state));

    Step.Partial partial = assertInstanceOf(Step.Partial.class, step);
    String reason = String.join(" ", partial.detail().getReasonsList());
    assertTrue(reason.contains("applied UpdateMembership (membershipName"), reason);
    assertTrue(reason.contains("run the update again"), reason);
    assertFalse(reason.contains("SECRETQ"), "no secret in the reason");
    assertEquals(units(0, 5), bed.live(state).organizationalUnits());

    int before = bed.memberships.calls().size();
    State resumed =
        done(
            bed.session()
                .up(TYPE, "account", Values.struct(changed), Optional.of(partial.state())));
    assertEquals(
        List.of("GetMembership", "ListTagsForResource", "UpdateMembership", "UpdateMembership"),
        bed.callsSince(before),
        "7 units are left, 5 + 2; the name is not sent again");
    assertEquals(units(0, 12), bed.live(resumed).organizationalUnits());
    assertEquals("Renamed SECRETQ", bed.live(resumed).name());
  }

  @Test
  void refreshReportsDriftAndTheNextUpPutsTheDeclaredTeamBack() {
    State state = bed.created(account());
    MembershipId id = new MembershipId(state.id());
    bed.memberships.replaceTeamBySomeoneElse(
        id,
        List.of(
            new IncidentResponder("Someone Else", "Intern", "else@example.com", List.of()),
            new IncidentResponder("Ada Lovelace", "CISO", "ada@example.com", List.of())));

    ReadResponse read = bed.session().refresh(state).orElseThrow();
    assertTrue(
        read.getProperties()
            .getFieldsMap()
            .get("incidentResponseTeam")
            .toString()
            .contains("else@example.com"));
    State refreshed =
        new State(TYPE, "account", read.getId(), state.inputs(), read.getProperties(), List.of());

    Step step = bed.session().up(TYPE, "account", Values.struct(account()), Optional.of(refreshed));
    assertEquals(
        List.of("incidentResponseTeam"), ((Step.Done) step).diff().orElseThrow().getDiffsList());
    assertEquals(3, bed.memberships.membership(id).team().size());
  }

  @Test
  void deleteLeavesTheMembershipAndSaysSoUnlessCancelOnDeleteIsTrue() {
    State kept = bed.created(account());
    Session destroy = bed.session();
    assertTrue(destroy.destroy(kept).value().isPresent());
    assertEquals(MembershipStatus.ACTIVE, bed.live(kept).status());
    assertFalse(bed.memberships.calls().contains("CancelMembership"));
    assertTrue(
        destroy.log().entries().stream()
            .anyMatch(e -> e.message().contains("left active") && e.message().contains(kept.id())),
        destroy.log().entries().toString());

    State cancelling =
        done(
            bed.session()
                .up(
                    TYPE,
                    "account",
                    Values.struct(with(account(), "cancelOnDelete", true)),
                    Optional.of(kept)));
    int before = bed.memberships.calls().size();
    assertTrue(bed.session().destroy(cancelling).value().isPresent());
    assertEquals(List.of("CancelMembership"), bed.callsSince(before));
    assertEquals(MembershipStatus.CANCELLED, bed.live(cancelling).status());
  }
}
