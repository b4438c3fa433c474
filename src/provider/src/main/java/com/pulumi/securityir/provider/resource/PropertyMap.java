package com.pulumi.securityir.provider.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level properties of one request (inputs, outputs or configuration), decoded, in the order
 * the engine sent them. Immutable; {@link #toString()} never shows a secret value.
 */
public record PropertyMap(Map<String, PropertyValue> values) {

  public static final PropertyMap EMPTY = new PropertyMap(Map.of());

  public PropertyMap {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public Optional<PropertyValue> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public Set<String> names() {
    return values.keySet();
  }

  /** The string under {@code name}, if it is a known string. */
  public Optional<String> text(String name) {
    return values.get(name) instanceof PropertyValue.Text text
        ? Optional.of(text.value())
        : Optional.empty();
  }

  /** True only when {@code name} is the known boolean {@code true}. */
  public boolean flag(String name) {
    return values.get(name) instanceof PropertyValue.Flag flag && flag.value();
  }

  /** Whether {@code name} is present and secret. */
  public boolean isSecret(String name) {
    PropertyValue value = values.get(name);
    return value != null && value.secret();
  }

  /** True when any top-level value is unknown (a preview). */
  public boolean hasUnknowns() {
    return values.values().stream().anyMatch(v -> v instanceof PropertyValue.Unknown);
  }

  /** This map without {@code name}, keeping the order of the others. */
  public PropertyMap without(String name) {
    Map<String, PropertyValue> copy = new LinkedHashMap<>(values);
    copy.remove(name);
    return new PropertyMap(copy);
  }

  /** This map with {@code name} set to {@code value}, keeping the order of the others. */
  public PropertyMap with(String name, PropertyValue value) {
    Map<String, PropertyValue> copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return new PropertyMap(copy);
  }
}
