package com.pulumi.securityir.core.gateway;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The items UpdateCase adds to one list member ({@code <member>ToAdd}) and deletes from it ({@code
 * <member>ToDelete}). The service treats the lists as sets (an item added twice is there once), so
 * order never counts as a change. Immutable.
 */
public record ListChange<T>(List<T> add, List<T> delete) {

  public ListChange {
    add = List.copyOf(add);
    delete = List.copyOf(delete);
  }

  public static <T> ListChange<T> none() {
    return new ListChange<>(List.of(), List.of());
  }

  /**
   * What turns {@code live} into {@code declared}; none when {@code declared} is empty (the list is
   * not managed).
   */
  public static <T> ListChange<T> between(List<T> live, Optional<List<T>> declared) {
    if (declared.isEmpty()) {
      return none();
    }
    Set<T> before = new LinkedHashSet<>(live);
    Set<T> after = new LinkedHashSet<>(declared.get());
    List<T> add = new ArrayList<>(after);
    add.removeAll(before);
    List<T> delete = new ArrayList<>(before);
    delete.removeAll(after);
    return new ListChange<>(add, delete);
  }

  public boolean isEmpty() {
    return add.isEmpty() && delete.isEmpty();
  }

  /** {@code current} with this change made, as the service makes it. */
  public List<T> applyTo(List<T> current) {
    Set<T> out = new LinkedHashSet<>(current);
    out.addAll(add);
    delete.forEach(out::remove);
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "ListChange[add=" + add.size() + ", delete=" + delete.size() + "]";
  }
}
