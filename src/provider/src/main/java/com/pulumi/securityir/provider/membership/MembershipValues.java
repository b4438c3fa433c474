package com.pulumi.securityir.provider.membership;

import static com.pulumi.securityir.core.resource.MembershipResource.COMMUNICATION_PREFERENCES;
import static com.pulumi.securityir.core.resource.MembershipResource.EMAIL;
import static com.pulumi.securityir.core.resource.MembershipResource.FEATURE_NAME;
import static com.pulumi.securityir.core.resource.MembershipResource.IS_ENABLED;
import static com.pulumi.securityir.core.resource.MembershipResource.JOB_TITLE;
import static com.pulumi.securityir.core.resource.MembershipResource.NAME;

import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.OptInFeature;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.resource.ShapeRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Membership's nested values between their property form (lists of objects, string maps, RFC
 * 3339 strings) and the domain's. Reads return empty for a value not known yet or not of the shape
 * (the codec's validation words that). Stateless.
 */
final class MembershipValues {

  private MembershipValues() {}

  static Optional<List<IncidentResponder>> team(Optional<PropertyValue> value) {
    return items(
        value,
        v ->
            fields(v)
                .flatMap(
                    f -> {
                      // An object field given as null is not given (as Check reads it).
                      Optional<PropertyValue> given =
                          f.get(COMMUNICATION_PREFERENCES)
                              .filter(p -> !(p instanceof PropertyValue.Null));
                      Optional<List<String>> preferences =
                          given.isPresent() ? strings(given) : Optional.of(List.of());
                      if (f.text(NAME).isEmpty()
                          || f.text(JOB_TITLE).isEmpty()
                          || f.text(EMAIL).isEmpty()
                          || preferences.isEmpty()) {
                        return Optional.empty();
                      }
                      return Optional.of(
                          new IncidentResponder(
                              f.text(NAME).get(),
                              f.text(JOB_TITLE).get(),
                              f.text(EMAIL).get(),
                              preferences.get()));
                    }));
  }

  static Optional<List<OptInFeature>> features(Optional<PropertyValue> value) {
    return items(
        value,
        v ->
            fields(v)
                .flatMap(
                    f ->
                        f.text(FEATURE_NAME).isPresent()
                                && f.get(IS_ENABLED).orElse(null) instanceof PropertyValue.Flag flag
                            ? Optional.of(
                                new OptInFeature(f.text(FEATURE_NAME).get(), flag.value()))
                            : Optional.empty()));
  }

  static Optional<List<String>> strings(Optional<PropertyValue> value) {
    return items(
        value, v -> v instanceof PropertyValue.Text t ? Optional.of(t.value()) : Optional.empty());
  }

  static Optional<Map<String, String>> tags(Optional<PropertyValue> value) {
    if (!(value.orElse(null) instanceof PropertyValue.Fields fields)) {
      return Optional.empty();
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (Map.Entry<String, PropertyValue> entry : fields.fields().entrySet()) {
      if (!(entry.getValue() instanceof PropertyValue.Text text)) {
        return Optional.empty();
      }
      tags.put(entry.getKey(), text.value());
    }
    return Optional.of(tags);
  }

  static Optional<Instant> instant(PropertyMap properties, String name) {
    return properties.text(name).flatMap(ShapeRules::instant);
  }

  static PropertyValue.Items team(List<IncidentResponder> team) {
    return list(
        team,
        p -> {
          Map<String, PropertyValue> f = new LinkedHashMap<>();
          f.put(NAME, PropertyValue.text(p.name()));
          f.put(JOB_TITLE, PropertyValue.text(p.jobTitle()));
          f.put(EMAIL, PropertyValue.text(p.email()));
          if (!p.communicationPreferences().isEmpty()) {
            f.put(COMMUNICATION_PREFERENCES, strings(p.communicationPreferences()));
          }
          return new PropertyValue.Fields(f, false);
        });
  }

  static PropertyValue.Items features(List<OptInFeature> features) {
    return list(
        features,
        o -> {
          Map<String, PropertyValue> f = new LinkedHashMap<>();
          f.put(FEATURE_NAME, PropertyValue.text(o.featureName()));
          f.put(IS_ENABLED, PropertyValue.flag(o.enabled()));
          return new PropertyValue.Fields(f, false);
        });
  }

  static PropertyValue.Items strings(List<String> values) {
    return list(values, PropertyValue::text);
  }

  static PropertyValue.Fields tags(Map<String, String> tags) {
    Map<String, PropertyValue> f = new LinkedHashMap<>();
    new TreeMap<>(tags).forEach((k, v) -> f.put(k, PropertyValue.text(v)));
    return new PropertyValue.Fields(f, false);
  }

  /** Whether a value is, or holds, a value not known yet. */
  static boolean hasUnknown(PropertyValue value) {
    if (value instanceof PropertyValue.Unknown) {
      return true;
    }
    if (value instanceof PropertyValue.Items items) {
      return items.items().stream().anyMatch(MembershipValues::hasUnknown);
    }
    return value instanceof PropertyValue.Fields fields
        && fields.fields().values().stream().anyMatch(MembershipValues::hasUnknown);
  }

  private static Optional<PropertyMap> fields(PropertyValue value) {
    return value instanceof PropertyValue.Fields f
        ? Optional.of(new PropertyMap(f.fields()))
        : Optional.empty();
  }

  private static <T> Optional<List<T>> items(
      Optional<PropertyValue> value, Function<PropertyValue, Optional<T>> read) {
    if (!(value.orElse(null) instanceof PropertyValue.Items items)) {
      return Optional.empty();
    }
    List<T> out = new ArrayList<>();
    for (PropertyValue item : items.items()) {
      Optional<T> one = read.apply(item);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      out.add(one.get());
    }
    return Optional.of(out);
  }

  private static <T> PropertyValue.Items list(List<T> values, Function<T, PropertyValue> write) {
    return new PropertyValue.Items(values.stream().map(write).toList(), false);
  }
}
