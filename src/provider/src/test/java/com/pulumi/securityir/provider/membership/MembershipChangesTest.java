package com.pulumi.securityir.provider.membership;

import static com.pulumi.securityir.provider.membership.MembershipTestbed.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.gateway.MembershipUpdate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The UpdateMembership calls between a live and a declared membership: the API model allows at most
 * five units to add and five to remove per call, so n changed units take ceil(n / 5) calls of the
 * larger side; the replaced members ride in the first call.
 */
class MembershipChangesTest {

  private static final List<IncidentResponder> TEAM =
      List.of(
          new IncidentResponder("Ada Lovelace", "CISO", "ada@example.com", List.of()),
          new IncidentResponder("Alan Turing", "Responder", "alan@example.com", List.of()));

  private static LiveMembership live(List<String> units, MembershipStatus status) {
    return new LiveMembership(
        new MembershipId("m-abcdefghij12"),
        "arn:aws:security-ir:us-east-1:123456789012:membership/m-abcdefghij12",
        "123456789012",
        "us-east-1",
        "Example IR",
        TEAM,
        List.of(),
        false,
        units,
        status,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  private static MembershipInputs declared(String name, Optional<List<String>> units) {
    return new MembershipInputs(
        name,
        TEAM,
        Optional.empty(),
        Optional.empty(),
        units,
        Optional.empty(),
        false,
        Optional.empty());
  }

  /** live units, declared units, then the (added, removed) counts of each call in order. */
  static Stream<Arguments> unitChanges() {
    return Stream.of(
        Arguments.of(units(0, 0), units(0, 5), List.of(List.of(5, 0))),
        Arguments.of(units(0, 0), units(0, 6), List.of(List.of(5, 0), List.of(1, 0))),
        Arguments.of(
            units(0, 0), units(0, 12), List.of(List.of(5, 0), List.of(5, 0), List.of(2, 0))),
        Arguments.of(units(0, 3), units(10, 8), List.of(List.of(5, 3), List.of(3, 0))),
        Arguments.of(units(0, 7), units(0, 0), List.of(List.of(0, 5), List.of(0, 2))),
        Arguments.of(units(0, 11), units(5, 11), List.of(List.of(5, 5))),
        Arguments.of(units(0, 11), units(6, 11), List.of(List.of(5, 5), List.of(1, 1))),
        Arguments.of(units(0, 4), units(0, 4), List.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("unitChanges")
  void unitsChangeInCallsOfAtMostFiveToAddAndFiveToRemove(
      List<String> liveUnits, List<String> declaredUnits, List<List<Integer>> calls) {
    MembershipChanges changes =
        MembershipChanges.between(
            live(liveUnits, MembershipStatus.ACTIVE),
            declared("Example IR", Optional.of(declaredUnits)),
            false);

    assertEquals(
        calls,
        changes.updates().stream()
            .map(u -> List.of(u.unitsToAdd().size(), u.unitsToRemove().size()))
            .toList());
    assertEquals(
        declaredUnits,
        changes.appliedTo(live(liveUnits, MembershipStatus.ACTIVE)).organizationalUnits());
  }

  @Test
  void aRenameRidesInTheFirstCallWithTheFirstFiveUnits() {
    MembershipChanges changes =
        MembershipChanges.between(
            live(List.of(), MembershipStatus.ACTIVE),
            declared("Renamed IR", Optional.of(units(0, 7))),
            false);

    assertEquals(2, changes.updates().size());
    MembershipUpdate first = changes.updates().get(0);
    assertEquals(Optional.of("Renamed IR"), first.name());
    assertEquals(5, first.unitsToAdd().size());
    assertEquals(Optional.empty(), changes.updates().get(1).name());
  }

  @Test
  void aCancelledMembershipIsRestoredByTheFirstCallEvenWhenNothingElseChanged() {
    MembershipChanges changes =
        MembershipChanges.between(
            live(List.of(), MembershipStatus.CANCELLED),
            declared("Example IR", Optional.empty()),
            false);

    assertEquals(1, changes.updates().size());
    assertTrue(changes.updates().get(0).undoCancellation());
    assertTrue(changes.restores());
    assertEquals(
        List.of("membershipStatus"),
        changes.diff().changes().stream().map(c -> c.property()).toList());
  }

  @Test
  void undeclaredUnitsAreNotManaged() {
    MembershipChanges changes =
        MembershipChanges.between(
            live(units(0, 9), MembershipStatus.ACTIVE),
            declared("Example IR", Optional.empty()),
            false);

    assertEquals(List.of(), changes.updates());
  }
}
