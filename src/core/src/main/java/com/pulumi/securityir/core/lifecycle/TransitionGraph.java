package com.pulumi.securityir.core.lifecycle;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;

import com.pulumi.securityir.core.text.Sha256;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal moves of a case, per resolver type, as data.
 *
 * <p>Source: the UpdateCaseStatus API reference. Self-managed cases follow the listed moves with
 * UpdateCaseStatus; every open status of either resolver type may move to Closed, and only with
 * CloseCase, because UpdateCaseStatus accepts no Closed. AWS-supported cases are otherwise moved by
 * AWS responders only. Nothing leaves Closed. Instances are immutable and thread-safe.
 */
public final class TransitionGraph {

  /** The self-managed moves of the API model's UpdateCaseStatus documentation. */
  private static final List<LifecycleStatus[]> DOCUMENTED_SELF_MANAGED =
      List.of(
          pair(SUBMITTED, DETECTION_AND_ANALYSIS),
          pair(DETECTION_AND_ANALYSIS, CONTAINMENT_ERADICATION_AND_RECOVERY),
          pair(DETECTION_AND_ANALYSIS, POST_INCIDENT_ACTIVITIES),
          pair(CONTAINMENT_ERADICATION_AND_RECOVERY, DETECTION_AND_ANALYSIS),
          pair(CONTAINMENT_ERADICATION_AND_RECOVERY, POST_INCIDENT_ACTIVITIES),
          pair(POST_INCIDENT_ACTIVITIES, CONTAINMENT_ERADICATION_AND_RECOVERY),
          pair(POST_INCIDENT_ACTIVITIES, DETECTION_AND_ANALYSIS));

  /** The two extra moves of the newer online API reference. */
  private static final List<LifecycleStatus[]> EXTENDED_EXTRA_SELF_MANAGED =
      List.of(
          pair(SUBMITTED, CONTAINMENT_ERADICATION_AND_RECOVERY),
          pair(SUBMITTED, POST_INCIDENT_ACTIVITIES));

  private final GraphVariant variant;
  private final Map<ResolverType, Map<LifecycleStatus, List<Transition>>> edges;

  private TransitionGraph(GraphVariant variant) {
    this.variant = variant;
    List<LifecycleStatus[]> selfManaged = new ArrayList<>(DOCUMENTED_SELF_MANAGED);
    if (variant == GraphVariant.EXTENDED) {
      selfManaged.addAll(EXTENDED_EXTRA_SELF_MANAGED);
    }
    Map<ResolverType, Map<LifecycleStatus, List<Transition>>> byResolver =
        new EnumMap<>(ResolverType.class);
    for (ResolverType resolver : ResolverType.values()) {
      Map<LifecycleStatus, List<Transition>> bySource = new EnumMap<>(LifecycleStatus.class);
      for (LifecycleStatus from : LifecycleStatus.values()) {
        List<Transition> out = new ArrayList<>();
        if (resolver == ResolverType.SELF) {
          for (LifecycleStatus[] edge : selfManaged) {
            if (edge[0] == from) {
              out.add(new Transition(from, edge[1], ApiOperation.UPDATE_CASE_STATUS));
            }
          }
        }
        if (!from.isTerminal()) {
          out.add(new Transition(from, CLOSED, ApiOperation.CLOSE_CASE));
        }
        bySource.put(from, List.copyOf(out));
      }
      byResolver.put(resolver, Collections.unmodifiableMap(bySource));
    }
    this.edges = Collections.unmodifiableMap(byResolver);
  }

  private static final TransitionGraph DOCUMENTED = new TransitionGraph(GraphVariant.DOCUMENTED);
  private static final TransitionGraph EXTENDED = new TransitionGraph(GraphVariant.EXTENDED);

  /** The graph for a variant; instances are shared because they are immutable. */
  public static TransitionGraph of(GraphVariant variant) {
    Objects.requireNonNull(variant, "variant");
    return variant == GraphVariant.EXTENDED ? EXTENDED : DOCUMENTED;
  }

  public GraphVariant variant() {
    return variant;
  }

  /**
   * The moves out of {@code from} for a case of this resolver type, in a fixed order (the table's
   * order, then Closed), so that path search over them is deterministic.
   */
  public List<Transition> movesFrom(LifecycleStatus from, ResolverType resolverType) {
    return edges.get(resolverType).get(from);
  }

  /** Every legal move of this graph for a resolver type. */
  public List<Transition> allMoves(ResolverType resolverType) {
    List<Transition> all = new ArrayList<>();
    for (LifecycleStatus from : LifecycleStatus.values()) {
      all.addAll(movesFrom(from, resolverType));
    }
    return List.copyOf(all);
  }

  /** The move from {@code from} to {@code to}, if it is legal for this resolver type. */
  public Optional<Transition> move(
      LifecycleStatus from, LifecycleStatus to, ResolverType resolverType) {
    return movesFrom(from, resolverType).stream().filter(t -> t.to() == to).findFirst();
  }

  /**
   * The SHA-256 (lower-case hex) of this graph's moves for every resolver type, in a fixed text
   * form. Two graphs with the same moves have the same fingerprint, so a saved plan can tell
   * whether it was made with the graph it is applied with.
   */
  public String fingerprint() {
    StringBuilder text = new StringBuilder("securityir-transition-graph-v1\n");
    for (ResolverType resolver : ResolverType.values()) {
      for (Transition move : allMoves(resolver)) {
        text.append(resolver.wireName())
            .append('|')
            .append(move.from().wireName())
            .append('|')
            .append(move.to().wireName())
            .append('|')
            .append(move.operation().operationName())
            .append('\n');
      }
    }
    return Sha256.hex(text.toString());
  }

  private static LifecycleStatus[] pair(LifecycleStatus from, LifecycleStatus to) {
    return new LifecycleStatus[] {from, to};
  }

  @Override
  public String toString() {
    return "TransitionGraph[" + variant.configName() + "]";
  }
}
