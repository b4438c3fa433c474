package com.pulumi.securityir.core.plan;

import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans the shortest legal path from a case's actual status to its declared status.
 *
 * <p>Deterministic: the same inputs give the same plan (ties between equally short paths are broken
 * by the graph's edge order). Stateless and thread-safe; never performs I/O.
 */
public final class Planner {

  private final TransitionGraph graph;

  public Planner(TransitionGraph graph) {
    this.graph = Objects.requireNonNull(graph, "graph");
  }

  public TransitionGraph graph() {
    return graph;
  }

  /**
   * Plans a move.
   *
   * @return an empty {@link Plan.Path} when {@code actual == desired}; otherwise the shortest legal
   *     path, or a {@link Plan.Refusal} naming the reason and the statuses that are reachable
   */
  public Plan plan(LifecycleStatus actual, LifecycleStatus desired, ResolverType resolverType) {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(desired, "desired");
    Objects.requireNonNull(resolverType, "resolverType");
    if (actual == desired) {
      return new Plan.Path(actual, desired, List.of());
    }
    Map<LifecycleStatus, Transition> cameBy = breadthFirst(actual, resolverType);
    Set<LifecycleStatus> reachable = EnumSet.noneOf(LifecycleStatus.class);
    reachable.addAll(cameBy.keySet());
    if (actual.isTerminal()) {
      return refusal(actual, desired, resolverType, RefusalReason.CLOSED_IS_TERMINAL, reachable);
    }
    if (desired.isSetOnlyByService()) {
      return refusal(actual, desired, resolverType, RefusalReason.TARGET_NOT_SETTABLE, reachable);
    }
    if (resolverType == ResolverType.AWS && desired != LifecycleStatus.CLOSED) {
      return refusal(
          actual, desired, resolverType, RefusalReason.AWS_SUPPORTED_CAN_ONLY_CLOSE, reachable);
    }
    if (!cameBy.containsKey(desired)) {
      return refusal(actual, desired, resolverType, RefusalReason.NO_LEGAL_PATH, reachable);
    }
    List<Transition> steps = new ArrayList<>();
    for (LifecycleStatus at = desired; at != actual; at = cameBy.get(at).from()) {
      steps.add(cameBy.get(at));
    }
    Collections.reverse(steps);
    return new Plan.Path(actual, desired, steps);
  }

  /**
   * For each status reachable from {@code start} (itself excluded), the move that first reached it.
   */
  private Map<LifecycleStatus, Transition> breadthFirst(
      LifecycleStatus start, ResolverType resolverType) {
    Map<LifecycleStatus, Transition> cameBy = new EnumMap<>(LifecycleStatus.class);
    Deque<LifecycleStatus> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      LifecycleStatus at = queue.removeFirst();
      for (Transition move : graph.movesFrom(at, resolverType)) {
        if (move.to() != start && !cameBy.containsKey(move.to())) {
          cameBy.put(move.to(), move);
          queue.addLast(move.to());
        }
      }
    }
    return cameBy;
  }

  private static Plan.Refusal refusal(
      LifecycleStatus actual,
      LifecycleStatus desired,
      ResolverType resolverType,
      RefusalReason reason,
      Set<LifecycleStatus> reachable) {
    return new Plan.Refusal(actual, desired, resolverType, reason, reachable);
  }
}
