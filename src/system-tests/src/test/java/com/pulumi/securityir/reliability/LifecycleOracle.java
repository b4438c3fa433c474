package com.pulumi.securityir.reliability;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which declared statuses can be reached from which live status, written from the tables in
 * docs/emulator.md (documented graph) and sharing no code with the core's planner, so that a
 * planner bug shows up as a disagreement rather than being checked against itself.
 */
final class LifecycleOracle {

  static final String SUBMITTED = "Submitted";
  static final String ACKNOWLEDGED = "Acknowledged";
  static final String DA = "Detection and Analysis";
  static final String CER = "Containment, Eradication and Recovery";
  static final String PIA = "Post-incident Activities";
  static final String READY = "Ready to Close";
  static final String CLOSED = "Closed";

  static final List<String> ALL = List.of(SUBMITTED, ACKNOWLEDGED, DA, CER, PIA, READY, CLOSED);

  /** What a cases.yaml may declare. */
  static final List<String> DECLARABLE = List.of(DA, CER, PIA, CLOSED);

  private static final Map<String, List<String>> SELF_EDGES =
      Map.of(
          SUBMITTED, List.of(DA),
          DA, List.of(CER, PIA),
          CER, List.of(DA, PIA),
          PIA, List.of(CER, DA));

  private LifecycleOracle() {}

  /** Whether {@code target} can be reached from {@code start} by legal API calls. */
  static boolean reachable(String start, String target, String resolverType) {
    if (start.equals(target)) {
      return true;
    }
    if (start.equals(CLOSED)) {
      return false;
    }
    if (target.equals(CLOSED)) {
      return true;
    }
    if (!resolverType.equals("Self")) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String at = todo.pop();
      if (at.equals(target)) {
        return true;
      }
      if (seen.add(at)) {
        todo.addAll(SELF_EDGES.getOrDefault(at, List.of()));
      }
    }
    return false;
  }

  /** The number of calls on the shortest legal path, or -1 when unreachable. */
  static int distance(String start, String target, String resolverType) {
    if (!reachable(start, target, resolverType)) {
      return -1;
    }
    if (start.equals(target)) {
      return 0;
    }
    if (target.equals(CLOSED)) {
      return 1;
    }
    Map<String, Integer> depth = new java.util.HashMap<>(Map.of(start, 0));
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String at = todo.poll();
      for (String next : SELF_EDGES.getOrDefault(at, List.of())) {
        if (!depth.containsKey(next)) {
          depth.put(next, depth.get(at) + 1);
          todo.add(next);
        }
      }
    }
    return depth.getOrDefault(target, -1);
  }
}
