package com.pulumi.securityir.provider.resource;

import com.pulumi.securityir.core.resource.PropertyDescriptor;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an update would change: one entry per changed property, in order, each at most once. Empty
 * means no change. A change of a property whose descriptor says {@code replaceOnChange} replaces
 * the resource.
 */
public record DiffResult(List<PropertyChange> changes) {

  public DiffResult {
    changes = List.copyOf(changes);
    if (changes.stream().map(PropertyChange::property).distinct().count() != changes.size()) {
      throw new IllegalArgumentException("a property may change only once: " + changes);
    }
  }

  /** How one property changes. */
  public enum Kind {
    ADD,
    UPDATE,
    DELETE
  }

  /** One changed property; {@code replaces} when the change replaces the resource. */
  public record PropertyChange(String property, Kind kind, boolean replaces) {
    public PropertyChange {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(kind, "kind");
    }
  }

  public boolean changed() {
    return !changes.isEmpty();
  }

  /**
   * The changes of the named inputs of {@code descriptor}, in the order given, each an update that
   * replaces the resource when the descriptor says so; a name given twice counts once.
   */
  public static DiffResult updates(ResourceDescriptor descriptor, List<String> changed) {
    List<PropertyChange> changes = new ArrayList<>();
    for (String name : changed) {
      if (changes.stream().noneMatch(c -> c.property().equals(name))) {
        changes.add(new PropertyChange(name, Kind.UPDATE, replacesOnChange(descriptor, name)));
      }
    }
    return new DiffResult(changes);
  }

  static boolean replacesOnChange(ResourceDescriptor descriptor, String name) {
    return descriptor.input(name).map(PropertyDescriptor::replaceOnChange).orElse(false);
  }
}
