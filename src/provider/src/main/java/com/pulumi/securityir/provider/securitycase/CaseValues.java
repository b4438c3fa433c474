package com.pulumi.securityir.provider.securitycase;

import static com.pulumi.securityir.core.resource.CaseResource.EMAIL;
import static com.pulumi.securityir.core.resource.CaseResource.IP_ADDRESS;
import static com.pulumi.securityir.core.resource.CaseResource.JOB_TITLE;
import static com.pulumi.securityir.core.resource.CaseResource.NAME;
import static com.pulumi.securityir.core.resource.CaseResource.REGION;
import static com.pulumi.securityir.core.resource.CaseResource.USER_AGENT;

import com.pulumi.securityir.core.gateway.ThreatActorIp;
import com.pulumi.securityir.core.gateway.Watcher;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.resource.ShapeRules;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Case's nested values between their property form (lists of objects, string maps, RFC 3339
 * strings) and the domain's. Reads return empty for a value not known yet or not of the shape (the
 * codec's validation words that). Stateless.
 */
final class CaseValues {

  private CaseValues() {}

  /**
   * An RFC 3339 date-time as the service keeps it: to the millisecond (the wire carries epoch
   * seconds with three decimals), so a declared time compares equal to the one read back.
   */
  static Optional<Instant> instant(PropertyMap properties, String name) {
    return properties
        .text(name)
        .flatMap(ShapeRules::instant)
        .map(i -> i.truncatedTo(ChronoUnit.MILLIS));
  }

  static PropertyValue text(Instant instant) {
    return PropertyValue.text(instant.toString());
  }

  static Optional<List<String>> strings(Optional<PropertyValue> value) {
    return items(
        value, v -> v instanceof PropertyValue.Text t ? Optional.of(t.value()) : Optional.empty());
  }

  static Optional<List<Watcher>> watchers(Optional<PropertyValue> value) {
    return items(
        value,
        v ->
            fields(v)
                .flatMap(
                    f ->
                        f.text(EMAIL)
                            .map(email -> new Watcher(email, f.text(NAME), f.text(JOB_TITLE)))));
  }

  static Optional<List<ThreatActorIp>> ips(Optional<PropertyValue> value) {
    return items(
        value,
        v ->
            fields(v)
                .flatMap(
                    f -> f.text(IP_ADDRESS).map(ip -> new ThreatActorIp(ip, f.text(USER_AGENT)))));
  }

  static Optional<List<String>> regions(Optional<PropertyValue> value) {
    return items(value, v -> fields(v).flatMap(f -> f.text(REGION)));
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

  static PropertyValue.Items strings(List<String> values) {
    return list(values, PropertyValue::text);
  }

  static PropertyValue.Items watchers(List<Watcher> watchers) {
    return list(
        watchers,
        w -> {
          Map<String, PropertyValue> f = new LinkedHashMap<>();
          f.put(EMAIL, PropertyValue.text(w.email()));
          w.name().ifPresent(n -> f.put(NAME, PropertyValue.text(n)));
          w.jobTitle().ifPresent(j -> f.put(JOB_TITLE, PropertyValue.text(j)));
          return new PropertyValue.Fields(f, false);
        });
  }

  static PropertyValue.Items ips(List<ThreatActorIp> ips) {
    return list(
        ips,
        ip -> {
          Map<String, PropertyValue> f = new LinkedHashMap<>();
          f.put(IP_ADDRESS, PropertyValue.text(ip.ipAddress()));
          ip.userAgent().ifPresent(u -> f.put(USER_AGENT, PropertyValue.text(u)));
          return new PropertyValue.Fields(f, false);
        });
  }

  static PropertyValue.Items regions(List<String> regions) {
    return list(
        regions, r -> new PropertyValue.Fields(Map.of(REGION, PropertyValue.text(r)), false));
  }

  static PropertyValue.Fields tags(Map<String, String> tags) {
    Map<String, PropertyValue> f = new LinkedHashMap<>();
    new java.util.TreeMap<>(tags).forEach((k, v) -> f.put(k, PropertyValue.text(v)));
    return new PropertyValue.Fields(f, false);
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
      Optional<T> read1 = read.apply(item);
      if (read1.isEmpty()) {
        return Optional.empty();
      }
      out.add(read1.get());
    }
    return Optional.of(out);
  }

  private static <T> PropertyValue.Items list(List<T> values, Function<T, PropertyValue> write) {
    return new PropertyValue.Items(values.stream().map(write).toList(), false);
  }
}
