package com.pulumi.securityir.core.lifecycle;

import static com.pulumi.securityir.core.lifecycle.ApiOperation.CLOSE_CASE;
import static com.pulumi.securityir.core.lifecycle.ApiOperation.UPDATE_CASE_STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graph against edge tables typed here from the API documentation (security-ir-api.md §5),
 * independently of the production table.
 */
class TransitionGraphTest {

  /** "from > to : operation", wire spellings, exactly as the UpdateCaseStatus docs list them. */
  private static final List<String> SELF_DOCUMENTED =
      List.of(
          "Submitted > Detection and Analysis : UpdateCaseStatus",
          "Detection and Analysis > Containment, Eradication and Recovery : UpdateCaseStatus",
          "Detection and Analysis > Post-incident Activities : UpdateCaseStatus",
          "Containment, Eradication and Recovery > Detection and Analysis : UpdateCaseStatus",
          "Containment, Eradication and Recovery > Post-incident Activities : UpdateCaseStatus",
          "Post-incident Activities > Containment, Eradication and Recovery : UpdateCaseStatus",
          "Post-incident Activities > Detection and Analysis : UpdateCaseStatus",
          // Any -> Closed, for every status a case can be in except Closed itself.
          "Submitted > Closed : CloseCase",
          "Acknowledged > Closed : CloseCase",
          "Detection and Analysis > Closed : CloseCase",
          "Containment, Eradication and Recovery > Closed : CloseCase",
          "Post-incident Activities > Closed : CloseCase",
          "Ready to Close > Closed : CloseCase");

  /** The two moves only the newer online API reference lists. */
  private static final List<String> SELF_EXTENDED_EXTRA =
      List.of(
          "Submitted > Containment, Eradication and Recovery : UpdateCaseStatus",
          "Submitted > Post-incident Activities : UpdateCaseStatus");

  /** AWS-supported: "You must use the CloseCase API to close"; everything else is AWS's. */
  private static final List<String> AWS_ANY_VARIANT =
      List.of(
          "Submitted > Closed : CloseCase",
          "Acknowledged > Closed : CloseCase",
          "Detection and Analysis > Closed : CloseCase",
          "Containment, Eradication and Recovery > Closed : CloseCase",
          "Post-incident Activities > Closed : CloseCase",
          "Ready to Close > Closed : CloseCase");

  static Set<Transition> expectedEdges(ResolverType resolver, GraphVariant variant) {
    List<String> rows = new ArrayList<>();
    if (resolver == ResolverType.AWS) {
      rows.addAll(AWS_ANY_VARIANT);
    } else {
      rows.addAll(SELF_DOCUMENTED);
      if (variant == GraphVariant.EXTENDED) {
        rows.addAll(SELF_EXTENDED_EXTRA);
      }
    }
    Set<Transition> edges = new HashSet<>();
    for (String row : rows) {
      String[] fromRest = row.split(" > ");
      String[] toOp = fromRest[1].split(" : ");
      edges.add(
          new Transition(
              LifecycleStatus.fromWireName(fromRest[0]).orElseThrow(),
              LifecycleStatus.fromWireName(toOp[0]).orElseThrow(),
              "CloseCase".equals(toOp[1]) ? CLOSE_CASE : UPDATE_CASE_STATUS));
    }
    return edges;
  }

  static Stream<Arguments> resolverAndVariant() {
    return Stream.of(ResolverType.values())
        .flatMap(r -> Stream.of(GraphVariant.values()).map(v -> Arguments.of(r, v)));
  }

  static Stream<Arguments> everyPairPerResolverAndVariant() {
    return resolverAndVariant()
        .flatMap(
            a ->
                Stream.of(LifecycleStatus.values())
                    .flatMap(
                        from ->
                            Stream.of(LifecycleStatus.values())
                                .map(to -> Arguments.of(a.get()[0], a.get()[1], from, to))));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("resolverAndVariant")
  void allMovesAreExactlyTheDocumentedEdges(ResolverType resolver, GraphVariant variant) {
    List<Transition> all = TransitionGraph.of(variant).allMoves(resolver);
    assertEquals(all.size(), new HashSet<>(all).size(), "no duplicate edges");
    assertEquals(expectedEdges(resolver, variant), new HashSet<>(all));
  }

  @ParameterizedTest(name = "{0} / {1}: {2} -> {3}")
  @MethodSource("everyPairPerResolverAndVariant")
  void moveIsPresentExactlyForDocumentedEdgesWithTheirOperation(
      ResolverType resolver, GraphVariant variant, LifecycleStatus from, LifecycleStatus to) {
    Optional<Transition> expected =
        expectedEdges(resolver, variant).stream()
            .filter(t -> t.from() == from && t.to() == to)
            .findFirst();
    assertEquals(expected, TransitionGraph.of(variant).move(from, to, resolver));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("resolverAndVariant")
  void movesFromListsEachSourcesEdgesWithClosedLast(ResolverType resolver, GraphVariant variant) {
    TransitionGraph graph = TransitionGraph.of(variant);
    for (LifecycleStatus from : LifecycleStatus.values()) {
      List<Transition> moves = graph.movesFrom(from, resolver);
      Set<Transition> expected = new HashSet<>();
      for (Transition t : expectedEdges(resolver, variant)) {
        if (t.from() == from) {
          expected.add(t);
        }
      }
      assertEquals(expected, new HashSet<>(moves), from.wireName());
      if (!moves.isEmpty()) {
        assertEquals(LifecycleStatus.CLOSED, moves.get(moves.size() - 1).to(), from.wireName());
      }
      assertEquals(moves, graph.movesFrom(from, resolver), "stable order");
    }
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("resolverAndVariant")
  void closedIsTerminalAndNothingEntersSubmittedAcknowledgedOrReadyToClose(
      ResolverType resolver, GraphVariant variant) {
    TransitionGraph graph = TransitionGraph.of(variant);
    assertEquals(List.of(), graph.movesFrom(LifecycleStatus.CLOSED, resolver));
    for (Transition t : graph.allMoves(resolver)) {
      assertTrue(
          t.to() != LifecycleStatus.SUBMITTED
              && t.to() != LifecycleStatus.ACKNOWLEDGED
              && t.to() != LifecycleStatus.READY_TO_CLOSE,
          t::toString);
    }
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("resolverAndVariant")
  void closeCaseIsUsedForExactlyTheMovesToClosed(ResolverType resolver, GraphVariant variant) {
    for (Transition t : TransitionGraph.of(variant).allMoves(resolver)) {
      assertEquals(t.to() == LifecycleStatus.CLOSED, t.operation() == CLOSE_CASE, t::toString);
    }
  }

  @ParameterizedTest
  @EnumSource(GraphVariant.class)
  void ofReturnsTheSharedGraphOfThatVariant(GraphVariant variant) {
    assertSame(TransitionGraph.of(variant), TransitionGraph.of(variant));
    assertEquals(variant, TransitionGraph.of(variant).variant());
  }

  @Test
  void extendedAddsExactlyTheTwoSubmittedMovesForSelfManagedCases() {
    Set<Transition> extra =
        new HashSet<>(TransitionGraph.of(GraphVariant.EXTENDED).allMoves(ResolverType.SELF));
    extra.removeAll(TransitionGraph.of(GraphVariant.DOCUMENTED).allMoves(ResolverType.SELF));
    assertEquals(
        Set.of(
            new Transition(
                LifecycleStatus.SUBMITTED,
                LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY,
                UPDATE_CASE_STATUS),
            new Transition(
                LifecycleStatus.SUBMITTED,
                LifecycleStatus.POST_INCIDENT_ACTIVITIES,
                UPDATE_CASE_STATUS)),
        extra);
  }

  @Test
  void returnedListsCannotBeModified() {
    List<Transition> moves =
        TransitionGraph.of(GraphVariant.DOCUMENTED)
            .movesFrom(LifecycleStatus.SUBMITTED, ResolverType.SELF);
    assertThrows(UnsupportedOperationException.class, () -> moves.clear());
  }

  @ParameterizedTest
  @CsvSource({"UPDATE_CASE_STATUS,UpdateCaseStatus", "CLOSE_CASE,CloseCase"})
  void operationsCarryTheirApiNames(ApiOperation operation, String name) {
    assertEquals(name, operation.operationName());
    assertEquals(name, operation.toString());
  }

  @Test
  void transitionPrintsAsAResponderReadsIt() {
    assertEquals(
        "Detection and Analysis -> Closed (CloseCase)",
        new Transition(LifecycleStatus.DETECTION_AND_ANALYSIS, LifecycleStatus.CLOSED, CLOSE_CASE)
            .toString());
  }

  @Test
  void theFingerprintIsTheDigestOfEveryMoveAndTellsTheVariantsApart() throws Exception {
    TransitionGraph documented = TransitionGraph.of(GraphVariant.DOCUMENTED);
    StringBuilder text = new StringBuilder("securityir-transition-graph-v1\n");
    for (ResolverType resolver : ResolverType.values()) {
      for (Transition move : documented.allMoves(resolver)) {
        text.append(
            resolver.wireName()
                + "|"
                + move.from().wireName()
                + "|"
                + move.to().wireName()
                + "|"
                + move.operation().operationName()
                + "\n");
      }
    }
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(
        String.format("%064x", new java.math.BigInteger(1, digest)), documented.fingerprint());
    org.junit.jupiter.api.Assertions.assertNotEquals(
        documented.fingerprint(), TransitionGraph.of(GraphVariant.EXTENDED).fingerprint());
  }
}
