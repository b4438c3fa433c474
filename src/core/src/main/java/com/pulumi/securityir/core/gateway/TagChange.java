package com.pulumi.securityir.core.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tags TagResource sets (new keys and changed values) and the keys UntagResource removes, to
 * turn a case's live tags into the declared ones. Immutable.
 */
public record TagChange(Map<String, String> set, Set<String> remove) {

  public TagChange {
    set = Map.copyOf(set);
    remove = Set.copyOf(remove);
  }

  /** What turns {@code live} into {@code declared}; none when tags are not declared. */
  public static TagChange between(
      Map<String, String> live, Optional<Map<String, String>> declared) {
    if (declared.isEmpty()) {
      return new TagChange(Map.of(), Set.of());
    }
    Map<String, String> set = new LinkedHashMap<>();
    declared
        .get()
        .forEach(
            (k, v) -> {
              if (!v.equals(live.get(k))) {
                set.put(k, v);
              }
            });
    Set<String> remove = new TreeSet<>(live.keySet());
    remove.removeAll(declared.get().keySet());
    return new TagChange(set, remove);
  }

  public boolean isEmpty() {
    return set.isEmpty() && remove.isEmpty();
  }

  /** {@code live} with this change made. */
  public Map<String, String> applyTo(Map<String, String> live) {
    Map<String, String> out = new LinkedHashMap<>(live);
    remove.forEach(out::remove);
    out.putAll(set);
    return Map.copyOf(out);
  }
}
