package com.pulumi.securityir.core.plan;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.ACKNOWLEDGED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.READY_TO_CLOSE;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (actual, desired, resolver type, graph variant) combination against a reference computed
 * here, independently of the planner: Floyd-Warshall over adjacency matrices typed from the API
 * documentation, and the refusal rules as a separate decision table.
 */
class PlannerTest {

  // Column/row order of the matrices: S A DA CER PIA RTC CL (LifecycleStatus declaration order,
  // asserted below so the matrices cannot silently shift).
  private static final LifecycleStatus[] ORDER = {
    SUBMITTED,
    ACKNOWLEDGED,
    DETECTION_AND_ANALYSIS,
    CONTAINMENT_ERADICATION_AND_RECOVERY,
    POST_INCIDENT_ACTIVITIES,
    READY_TO_CLOSE,
    CLOSED
  };

  /**
   * Self-managed. U = UpdateCaseStatus, C = CloseCase, e = UpdateCaseStatus in the extended graph
   * only, . = no move. From the UpdateCaseStatus documentation (security-ir-api.md §5).
   */
  private static final String[] SELF_MATRIX = {
    //  S A D E P R C      (D = Detection and Analysis, E = CER, P = PIA, R = Ready to Close)
    /* S */ ". . U e e . C",
    /* A */ ". . . . . . C",
    /* D */ ". . . U U . C",
    /* E */ ". . U . U . C",
    /* P */ ". . U U . . C",
    /* R */ ". . . . . . C",
    /* C */ ". . . . . . .",
  };

  /** AWS-supported: only CloseCase, from any status but Closed. */
  private static final String[] AWS_MATRIX = {
    /* S */ ". . . . . . C",
    /* A */ ". . . . . . C",
    /* D */ ". . . . . . C",
    /* E */ ". . . . . . C",
    /* P */ ". . . . . . C",
    /* R */ ". . . . . . C",
    /* C */ ". . . . . . .",
  };

  private static final int INF = 1_000;

  /** The documented operation of the move, or empty when the reference has no such edge. */
  static Optional<ApiOperation> referenceEdge(
      LifecycleStatus from, LifecycleStatus to, ResolverType resolver, GraphVariant variant) {
    String[] matrix = resolver == ResolverType.SELF ? SELF_MATRIX : AWS_MATRIX;
    char cell = matrix[from.ordinal()].replace(" ", "").charAt(to.ordinal());
    return switch (cell) {
      case 'U' -> Optional.of(ApiOperation.UPDATE_CASE_STATUS);
      case 'e' ->
          variant == GraphVariant.EXTENDED
              ? Optional.of(ApiOperation.UPDATE_CASE_STATUS)
              : Optional.empty();
      case 'C' -> Optional.of(ApiOperation.CLOSE_CASE);
      case '.' -> Optional.empty();
      default -> throw new IllegalStateException("bad cell " + cell);
    };
  }

  /** All-pairs shortest distances (Floyd-Warshall); INF where no path exists. */
  static int[][] referenceDistances(ResolverType resolver, GraphVariant variant) {
    int n = ORDER.length;
    int[][] d = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i][j] =
            i == j ? 0 : referenceEdge(ORDER[i], ORDER[j], resolver, variant).isPresent() ? 1 : INF;
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
        }
      }
    }
    return d;
  }

  static Set<LifecycleStatus> referenceReachable(
      LifecycleStatus from, ResolverType resolver, GraphVariant variant) {
    int[][] d = referenceDistances(resolver, variant);
    Set<LifecycleStatus> out = EnumSet.noneOf(LifecycleStatus.class);
    for (LifecycleStatus to : ORDER) {
      if (to != from && d[from.ordinal()][to.ordinal()] < INF) {
        out.add(to);
      }
    }
    return out;
  }

  /** The refusal rules as a decision table, first matching rule wins; empty means "a path". */
  static Optional<RefusalReason> referenceRefusal(
      LifecycleStatus actual,
      LifecycleStatus desired,
      ResolverType resolver,
      GraphVariant variant) {
    if (actual == desired) {
      return Optional.empty();
    }
    if (actual == CLOSED) {
      return Optional.of(RefusalReason.CLOSED_IS_TERMINAL);
    }
    if (desired == ACKNOWLEDGED || desired == READY_TO_CLOSE) {
      return Optional.of(RefusalReason.TARGET_NOT_SETTABLE);
    }
    if (resolver == ResolverType.AWS && desired != CLOSED) {
      return Optional.of(RefusalReason.AWS_SUPPORTED_CAN_ONLY_CLOSE);
    }
    if (referenceDistances(resolver, variant)[actual.ordinal()][desired.ordinal()] >= INF) {
      return Optional.of(RefusalReason.NO_LEGAL_PATH);
    }
    return Optional.empty();
  }

  static Stream<Arguments> everyCombination() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (ResolverType resolver : ResolverType.values()) {
      for (GraphVariant variant : GraphVariant.values()) {
        for (LifecycleStatus actual : LifecycleStatus.values()) {
          for (LifecycleStatus desired : LifecycleStatus.values()) {
            all.add(Arguments.of(actual, desired, resolver, variant));
          }
        }
      }
    }
    return all.build();
  }

  private static Plan plan(
      LifecycleStatus actual,
      LifecycleStatus desired,
      ResolverType resolver,
      GraphVariant variant) {
    return new Planner(TransitionGraph.of(variant)).plan(actual, desired, resolver);
  }

  @Test
  void matricesFollowTheStatusDeclarationOrder() {
    assertEquals(List.of(ORDER), List.of(LifecycleStatus.values()));
    assertEquals(196, everyCombination().count());
  }

  @ParameterizedTest(name = "{2}/{3}: {0} -> {1}")
  @MethodSource("everyCombination")
  void agreesWithTheIndependentReference(
      LifecycleStatus actual,
      LifecycleStatus desired,
      ResolverType resolver,
      GraphVariant variant) {
    Plan plan = plan(actual, desired, resolver, variant);
    assertEquals(actual, plan.actual());
    assertEquals(desired, plan.desired());
    assertEquals(plan, plan(actual, desired, resolver, variant), "deterministic");

    Optional<RefusalReason> refusal = referenceRefusal(actual, desired, resolver, variant);
    if (refusal.isPresent()) {
      Plan.Refusal refused = assertInstanceOf(Plan.Refusal.class, plan, plan::toString);
      assertEquals(refusal.get(), refused.reason());
      assertEquals(resolver, refused.resolverType());
      assertEquals(referenceReachable(actual, resolver, variant), refused.reachable());
      assertRefusalMessageNamesStatusesAndWhatIsReachable(refused, resolver, variant);
      return;
    }
    Plan.Path path = assertInstanceOf(Plan.Path.class, plan, plan::toString);
    int shortest = referenceDistances(resolver, variant)[actual.ordinal()][desired.ordinal()];
    assertEquals(shortest, path.steps().size(), () -> "minimal: " + path.describe());
    assertEquals(actual == desired, path.isNoOp());
    LifecycleStatus at = actual;
    for (Transition step : path.steps()) {
      assertEquals(at, step.from(), () -> "contiguous: " + path.describe());
      assertEquals(
          referenceEdge(step.from(), step.to(), resolver, variant),
          Optional.of(step.operation()),
          () -> "documented edge with its operation: " + step);
      at = step.to();
    }
    assertEquals(desired, at, () -> "ends at desired: " + path.describe());
  }

  private static void assertRefusalMessageNamesStatusesAndWhatIsReachable(
      Plan.Refusal refused, ResolverType resolver, GraphVariant variant) {
    String message = refused.message();
    String actual = refused.actual().wireName();
    assertTrue(message.contains("'" + actual + "'"), () -> "names actual: " + message);
    assertTrue(
        message.contains("'" + refused.desired().wireName() + "'"),
        () -> "names desired: " + message);
    Set<LifecycleStatus> reachable = referenceReachable(refused.actual(), resolver, variant);
    String sentence;
    if (reachable.isEmpty()) {
      assertTrue(message.contains("No other status can be reached from '" + actual + "'"), message);
      return;
    }
    int start = message.indexOf("Reachable from '" + actual + "': ");
    assertTrue(start >= 0, () -> "has a reachable sentence: " + message);
    sentence = message.substring(start + ("Reachable from '" + actual + "': ").length());
    for (LifecycleStatus s : LifecycleStatus.values()) {
      boolean listed = sentence.contains("'" + s.wireName() + "'");
      assertEquals(reachable.contains(s), listed, () -> s + " listing in: " + message);
    }
  }

  // Behaviour named tests, with exact expectations a responder would read.

  private static final Planner DOCUMENTED =
      new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED));
  private static final Planner EXTENDED = new Planner(TransitionGraph.of(GraphVariant.EXTENDED));

  @ParameterizedTest
  @EnumSource(LifecycleStatus.class)
  void refusesToReopenClosedCase(LifecycleStatus desired) {
    if (desired == CLOSED) {
      assertEquals(
          new Plan.Path(CLOSED, CLOSED, List.of()),
          DOCUMENTED.plan(CLOSED, CLOSED, ResolverType.SELF));
      return;
    }
    Plan.Refusal refusal =
        assertInstanceOf(Plan.Refusal.class, DOCUMENTED.plan(CLOSED, desired, ResolverType.SELF));
    assertEquals(RefusalReason.CLOSED_IS_TERMINAL, refusal.reason());
    assertEquals(Set.of(), refusal.reachable());
    assertTrue(refusal.message().contains("closed cases cannot be reopened"), refusal::message);
    assertTrue(
        refusal.message().contains("No other status can be reached from 'Closed'"),
        refusal::message);
  }

  @Test
  void refusesAcknowledgedAsTarget() {
    Plan.Refusal refusal =
        assertInstanceOf(
            Plan.Refusal.class,
            DOCUMENTED.plan(DETECTION_AND_ANALYSIS, ACKNOWLEDGED, ResolverType.SELF));
    assertEquals(RefusalReason.TARGET_NOT_SETTABLE, refusal.reason());
    assertEquals(
        "cannot move case from 'Detection and Analysis' to 'Acknowledged': 'Acknowledged' is set"
            + " only by the service or by AWS responders; no API call sets it. Reachable from"
            + " 'Detection and Analysis': 'Containment, Eradication and Recovery', 'Post-incident"
            + " Activities', 'Closed'.",
        refusal.message());
  }

  @ParameterizedTest
  @EnumSource(ResolverType.class)
  void refusesReadyToCloseAsTargetForEitherResolverType(ResolverType resolver) {
    Plan.Refusal refusal =
        assertInstanceOf(Plan.Refusal.class, DOCUMENTED.plan(SUBMITTED, READY_TO_CLOSE, resolver));
    assertEquals(RefusalReason.TARGET_NOT_SETTABLE, refusal.reason());
    assertTrue(refusal.message().contains("'Ready to Close' is set only by the service"));
  }

  @Test
  void aCaseAlreadyInAServiceSetStatusNeedsNoSteps() {
    Plan plan = DOCUMENTED.plan(ACKNOWLEDGED, ACKNOWLEDGED, ResolverType.AWS);
    assertEquals(new Plan.Path(ACKNOWLEDGED, ACKNOWLEDGED, List.of()), plan);
    assertEquals("Acknowledged (no change)", ((Plan.Path) plan).describe());
  }

  @ParameterizedTest
  @EnumSource(
      value = LifecycleStatus.class,
      names = {
        "SUBMITTED",
        "DETECTION_AND_ANALYSIS",
        "CONTAINMENT_ERADICATION_AND_RECOVERY",
        "POST_INCIDENT_ACTIVITIES"
      })
  void refusesToMoveAwsSupportedCaseExceptToClose(LifecycleStatus desired) {
    LifecycleStatus actual = desired == SUBMITTED ? ACKNOWLEDGED : SUBMITTED;
    Plan.Refusal refusal =
        assertInstanceOf(Plan.Refusal.class, EXTENDED.plan(actual, desired, ResolverType.AWS));
    assertEquals(RefusalReason.AWS_SUPPORTED_CAN_ONLY_CLOSE, refusal.reason());
    assertEquals(Set.of(CLOSED), refusal.reachable());
    assertTrue(refusal.message().contains("AWS-supported case"), refusal::message);
    assertTrue(refusal.message().endsWith("Reachable from '" + actual.wireName() + "': 'Closed'."));
  }

  @ParameterizedTest
  @EnumSource(GraphVariant.class)
  void refusesReturnToSubmittedListingReachableStatuses(GraphVariant variant) {
    Plan.Refusal refusal =
        assertInstanceOf(
            Plan.Refusal.class,
            new Planner(TransitionGraph.of(variant))
                .plan(POST_INCIDENT_ACTIVITIES, SUBMITTED, ResolverType.SELF));
    assertEquals(RefusalReason.NO_LEGAL_PATH, refusal.reason());
    assertEquals(
        Set.of(DETECTION_AND_ANALYSIS, CONTAINMENT_ERADICATION_AND_RECOVERY, CLOSED),
        refusal.reachable());
    assertEquals(
        "cannot move case from 'Post-incident Activities' to 'Submitted': no sequence of legal"
            + " transitions leads there from 'Post-incident Activities'. Reachable from"
            + " 'Post-incident Activities': 'Detection and Analysis', 'Containment, Eradication and"
            + " Recovery', 'Closed'.",
        refusal.message());
  }

  @Test
  void refusesToLeaveAcknowledgedForAWorkingStatusOfASelfManagedCase() {
    Plan.Refusal refusal =
        assertInstanceOf(
            Plan.Refusal.class,
            DOCUMENTED.plan(ACKNOWLEDGED, DETECTION_AND_ANALYSIS, ResolverType.SELF));
    assertEquals(RefusalReason.NO_LEGAL_PATH, refusal.reason());
    assertEquals(Set.of(CLOSED), refusal.reachable());
  }

  static Stream<Arguments> openStatusesPerResolver() {
    return Stream.of(ResolverType.values())
        .flatMap(
            r ->
                Stream.of(LifecycleStatus.values())
                    .filter(s -> s != CLOSED)
                    .map(s -> Arguments.of(s, r)));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("openStatusesPerResolver")
  void closesFromAnyOpenStatusWithCloseCase(LifecycleStatus actual, ResolverType resolver) {
    for (Planner planner : List.of(DOCUMENTED, EXTENDED)) {
      assertEquals(
          new Plan.Path(
              actual, CLOSED, List.of(new Transition(actual, CLOSED, ApiOperation.CLOSE_CASE))),
          planner.plan(actual, CLOSED, resolver));
    }
  }

  @Test
  void extendedGraphShortensSubmittedToContainment() {
    Plan.Path documented =
        assertInstanceOf(
            Plan.Path.class,
            DOCUMENTED.plan(SUBMITTED, CONTAINMENT_ERADICATION_AND_RECOVERY, ResolverType.SELF));
    assertEquals(
        List.of(
            new Transition(SUBMITTED, DETECTION_AND_ANALYSIS, ApiOperation.UPDATE_CASE_STATUS),
            new Transition(
                DETECTION_AND_ANALYSIS,
                CONTAINMENT_ERADICATION_AND_RECOVERY,
                ApiOperation.UPDATE_CASE_STATUS)),
        documented.steps());
    assertEquals(
        "Submitted -> Detection and Analysis -> Containment, Eradication and Recovery (2 steps)",
        documented.describe());

    Plan.Path extended =
        assertInstanceOf(
            Plan.Path.class,
            EXTENDED.plan(SUBMITTED, CONTAINMENT_ERADICATION_AND_RECOVERY, ResolverType.SELF));
    assertEquals(
        List.of(
            new Transition(
                SUBMITTED, CONTAINMENT_ERADICATION_AND_RECOVERY, ApiOperation.UPDATE_CASE_STATUS)),
        extended.steps());
    assertEquals(
        "Submitted -> Containment, Eradication and Recovery (1 step)", extended.describe());
  }

  @Test
  void extendedGraphShortensSubmittedToPostIncident() {
    assertEquals(
        2,
        ((Plan.Path) DOCUMENTED.plan(SUBMITTED, POST_INCIDENT_ACTIVITIES, ResolverType.SELF))
            .steps()
            .size());
    assertEquals(
        1,
        ((Plan.Path) EXTENDED.plan(SUBMITTED, POST_INCIDENT_ACTIVITIES, ResolverType.SELF))
            .steps()
            .size());
  }

  @Test
  void goesStraightToClosedRatherThanThroughWorkingStatuses() {
    assertEquals(
        List.of(new Transition(SUBMITTED, CLOSED, ApiOperation.CLOSE_CASE)),
        ((Plan.Path) DOCUMENTED.plan(SUBMITTED, CLOSED, ResolverType.SELF)).steps());
  }

  @ParameterizedTest
  @EnumSource(LifecycleStatus.class)
  void sameStatusIsAnEmptyPlanForEveryStatusAndResolver(LifecycleStatus status) {
    for (ResolverType resolver : ResolverType.values()) {
      Plan.Path path = assertInstanceOf(Plan.Path.class, DOCUMENTED.plan(status, status, resolver));
      assertTrue(path.isNoOp());
      assertEquals(status.wireName() + " (no change)", path.describe());
    }
  }

  @Test
  void refusesNullArguments() {
    assertThrows(
        NullPointerException.class, () -> DOCUMENTED.plan(null, CLOSED, ResolverType.SELF));
    assertThrows(
        NullPointerException.class, () -> DOCUMENTED.plan(SUBMITTED, null, ResolverType.SELF));
    assertThrows(NullPointerException.class, () -> DOCUMENTED.plan(SUBMITTED, CLOSED, null));
  }

  @Test
  void planStepsCannotBeModified() {
    Plan.Path path =
        (Plan.Path) DOCUMENTED.plan(SUBMITTED, POST_INCIDENT_ACTIVITIES, ResolverType.SELF);
    assertThrows(UnsupportedOperationException.class, () -> path.steps().clear());
    assertFalse(path.steps().isEmpty());
  }
}
