package com.pulumi.securityir.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TagResource and UntagResource on any resource's tags. Tags are resource metadata: they change in
 * any status of the resource and do not count as an update of it. Stateless.
 */
final class Tags {

  /** The model's TagMap holds at most 200 entries. */
  static final int MAX_TAGS = 200;

  private Tags() {}

  /** {@code current} with {@code added} put in; empty when that would exceed {@link #MAX_TAGS}. */
  static Optional<Map<String, String>> merged(
      Map<String, String> current, Map<String, String> added) {
    Map<String, String> merged = new LinkedHashMap<>(current);
    merged.putAll(added);
    return merged.size() > MAX_TAGS ? Optional.empty() : Optional.of(merged);
  }

  /** {@code current} without {@code keys}; absent keys are ignored. */
  static Map<String, String> without(Map<String, String> current, List<String> keys) {
    Map<String, String> out = new LinkedHashMap<>(current);
    keys.forEach(out::remove);
    return out;
  }

  /** The refusal of a TagResource that would exceed {@link #MAX_TAGS}. */
  static Rejection tooMany(String resourceType, String resourceId) {
    return new Rejection(
        Rejection.Kind.INVALID,
        resourceId,
        resourceType,
        "A resource can have at most " + MAX_TAGS + " tags");
  }
}
