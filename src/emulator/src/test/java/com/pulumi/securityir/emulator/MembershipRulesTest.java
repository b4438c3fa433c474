package com.pulumi.securityir.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The membership lifecycle of docs/emulator.md, as a pure function. */
class MembershipRulesTest {

  private static final long CREATED = 1_700_000_000_000L;
  private static final long CANCELLED_AT = 1_700_000_100_000L;
  private static final long NOW = 1_700_000_200_000L;

  private static final MembershipConfig CONFIG =
      new MembershipConfig(
          "Blue team",
          List.of(
              new IncidentResponder("Ana Lima", "Lead", "ana@example.com", List.of()),
              new IncidentResponder("Bo Chen", "Analyst", "bo@example.com", List.of())),
          List.of(new OptInFeature("Triage", true)),
          false,
          List.of("ou-abcd-11111111"));

  private static MembershipRecord in(MembershipStatus status) {
    MembershipRecord active =
        MembershipRules.created("m-abcdefghij12", "us-east-1", CONFIG, Map.of(), CREATED);
    return switch (status) {
      case ACTIVE -> active;
      case CANCELLED -> active.withStatus(MembershipStatus.CANCELLED, CANCELLED_AT);
      case TERMINATED -> active.withStatus(MembershipStatus.TERMINATED, CANCELLED_AT);
    };
  }

  private static MembershipPatch patch(Optional<String> name, boolean undo) {
    return new MembershipPatch(
        name, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), undo);
  }

  private static final MembershipChange UNDO =
      new MembershipChange.Update(patch(Optional.empty(), true));
  private static final MembershipChange RENAME =
      new MembershipChange.Update(patch(Optional.of("Red team"), false));
  private static final MembershipChange RENAME_AND_UNDO =
      new MembershipChange.Update(patch(Optional.of("Red team"), true));

  /** status, change, the status after it (null = refused with ConflictException). */
  static Stream<Arguments> lifecycle() {
    return Stream.of(
        Arguments.of(MembershipStatus.ACTIVE, new MembershipChange.Cancel(), "Cancelled"),
        Arguments.of(MembershipStatus.CANCELLED, new MembershipChange.Cancel(), "Cancelled"),
        Arguments.of(MembershipStatus.TERMINATED, new MembershipChange.Cancel(), null),
        Arguments.of(MembershipStatus.ACTIVE, new MembershipChange.Terminate(), null),
        Arguments.of(MembershipStatus.CANCELLED, new MembershipChange.Terminate(), "Terminated"),
        Arguments.of(MembershipStatus.TERMINATED, new MembershipChange.Terminate(), null),
        Arguments.of(MembershipStatus.ACTIVE, UNDO, "Active"),
        Arguments.of(MembershipStatus.CANCELLED, UNDO, "Active"),
        Arguments.of(MembershipStatus.TERMINATED, UNDO, null),
        Arguments.of(MembershipStatus.ACTIVE, RENAME, "Active"),
        Arguments.of(MembershipStatus.CANCELLED, RENAME, null),
        Arguments.of(MembershipStatus.CANCELLED, RENAME_AND_UNDO, "Active"),
        Arguments.of(MembershipStatus.TERMINATED, RENAME_AND_UNDO, null),
        Arguments.of(
            MembershipStatus.TERMINATED, new MembershipChange.Tag(Map.of("k", "v")), "Terminated"));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @MethodSource("lifecycle")
  void followsTheDocumentedLifecycle(
      MembershipStatus from, MembershipChange change, String expected) {
    MembershipRecord current = in(from);
    MembershipOutcome outcome = MembershipRules.apply(current, change, NOW);
    if (expected == null) {
      Rejection r = assertInstanceOf(MembershipOutcome.Rejected.class, outcome).reason();
      assertEquals(Rejection.Kind.CONFLICT, r.kind());
      assertEquals("m-abcdefghij12", r.resourceId());
      assertEquals("membership", r.resourceType());
      assertTrue(r.message().contains(from.wire()), r.message());
      return;
    }
    MembershipRecord next = assertInstanceOf(MembershipOutcome.Applied.class, outcome).next();
    assertEquals(expected, next.status().wire());
  }

  @Test
  void cancellingStampsTheDeactivationAndUndoingClearsIt() {
    MembershipRecord cancelled =
        assertInstanceOf(
                MembershipOutcome.Applied.class,
                MembershipRules.apply(
                    in(MembershipStatus.ACTIVE), new MembershipChange.Cancel(), NOW))
            .next();
    assertEquals(NOW, cancelled.deactivatedAt());
    MembershipRecord restored =
        assertInstanceOf(
                MembershipOutcome.Applied.class,
                MembershipRules.apply(cancelled, RENAME_AND_UNDO, NOW))
            .next();
    assertNull(restored.deactivatedAt());
    assertEquals(CREATED, restored.activatedAt());
    assertEquals("Red team", restored.config().membershipName());
  }

  @Test
  void idempotentRepeatsLeaveTheMembershipAsItWas() {
    MembershipRecord cancelled = in(MembershipStatus.CANCELLED);
    assertEquals(
        cancelled,
        assertInstanceOf(
                MembershipOutcome.Applied.class,
                MembershipRules.apply(cancelled, new MembershipChange.Cancel(), NOW))
            .next());
    MembershipRecord active = in(MembershipStatus.ACTIVE);
    assertEquals(
        active,
        assertInstanceOf(MembershipOutcome.Applied.class, MembershipRules.apply(active, UNDO, NOW))
            .next());
  }

  @Test
  void organizationalUnitsChangeAsASetKeepingTheirOrder() {
    MembershipPatch units =
        new MembershipPatch(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of("ou-abcd-22222222", "ou-abcd-11111111", "ou-abcd-33333333"),
            List.of("ou-abcd-99999999"),
            false);
    MembershipConfig once = units.applyTo(CONFIG);
    assertEquals(
        List.of("ou-abcd-11111111", "ou-abcd-22222222", "ou-abcd-33333333"),
        once.organizationalUnits());
    assertEquals(once, units.applyTo(once), "a replayed patch changes nothing more");
    assertEquals("Organization", once.customerType());
  }

  @Test
  void aMembershipWithoutOrganizationCoverageIsStandalone() {
    assertEquals(
        "Standalone",
        new MembershipConfig(
                "Blue team", CONFIG.incidentResponseTeam(), List.of(), false, List.of())
            .customerType());
    assertEquals(
        "Organization",
        new MembershipConfig("Blue team", CONFIG.incidentResponseTeam(), List.of(), true, List.of())
            .customerType());
  }

  @Test
  void aRegionHoldsOneMembershipUntilItIsTerminated() {
    List<MembershipRecord> existing = new ArrayList<>(List.of(in(MembershipStatus.ACTIVE)));
    Rejection r = MembershipRules.admission(existing, "us-east-1").orElseThrow();
    assertEquals(Rejection.Kind.CONFLICT, r.kind());
    assertEquals("m-abcdefghij12", r.resourceId());
    assertEquals("membership", r.resourceType());
    assertTrue(MembershipRules.admission(existing, "eu-west-1").isEmpty());
    assertTrue(
        MembershipRules.admission(List.of(in(MembershipStatus.CANCELLED)), "us-east-1")
            .isPresent());
    assertTrue(
        MembershipRules.admission(List.of(in(MembershipStatus.TERMINATED)), "us-east-1").isEmpty());
  }

  @Test
  void tagsBeyond200AreRefusedAsInvalid() {
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i < 201; i++) {
      many.put("k" + i, "v");
    }
    Rejection r =
        assertInstanceOf(
                MembershipOutcome.Rejected.class,
                MembershipRules.apply(
                    in(MembershipStatus.ACTIVE), new MembershipChange.Tag(many), NOW))
            .reason();
    assertEquals(Rejection.Kind.INVALID, r.kind());
  }

  @Test
  void toStringHidesTheSensitiveMembers() {
    String text = in(MembershipStatus.ACTIVE).toString();
    for (String secret : List.of("Blue team", "Ana Lima", "ana@example.com", "Lead")) {
      assertTrue(!text.contains(secret), text);
    }
  }
}
