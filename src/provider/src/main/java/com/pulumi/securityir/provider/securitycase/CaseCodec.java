package com.pulumi.securityir.provider.securitycase;

import static com.pulumi.securityir.core.resource.CaseResource.ACTUAL_INCIDENT_START_DATE;
import static com.pulumi.securityir.core.resource.CaseResource.CASE_ARN;
import static com.pulumi.securityir.core.resource.CaseResource.CASE_ID;
import static com.pulumi.securityir.core.resource.CaseResource.CLOSED_DATE;
import static com.pulumi.securityir.core.resource.CaseResource.CLOSE_ON_DELETE;
import static com.pulumi.securityir.core.resource.CaseResource.CLOSURE_CODE;
import static com.pulumi.securityir.core.resource.CaseResource.CREATED_DATE;
import static com.pulumi.securityir.core.resource.CaseResource.DESCRIPTION;
import static com.pulumi.securityir.core.resource.CaseResource.ENGAGEMENT_TYPE;
import static com.pulumi.securityir.core.resource.CaseResource.IMPACTED_ACCOUNTS;
import static com.pulumi.securityir.core.resource.CaseResource.IMPACTED_AWS_REGIONS;
import static com.pulumi.securityir.core.resource.CaseResource.IMPACTED_SERVICES;
import static com.pulumi.securityir.core.resource.CaseResource.LAST_UPDATED_DATE;
import static com.pulumi.securityir.core.resource.CaseResource.PENDING_ACTION;
import static com.pulumi.securityir.core.resource.CaseResource.REPORTED_INCIDENT_START_DATE;
import static com.pulumi.securityir.core.resource.CaseResource.RESOLVER_TYPE;
import static com.pulumi.securityir.core.resource.CaseResource.STATUS;
import static com.pulumi.securityir.core.resource.CaseResource.TAGS;
import static com.pulumi.securityir.core.resource.CaseResource.THREAT_ACTOR_IP_ADDRESSES;
import static com.pulumi.securityir.core.resource.CaseResource.TITLE;
import static com.pulumi.securityir.core.resource.CaseResource.WATCHERS;

import com.pulumi.securityir.core.gateway.CaseFields;
import com.pulumi.securityir.core.gateway.LiveCase;
import com.pulumi.securityir.core.gateway.ThreatActorIp;
import com.pulumi.securityir.core.gateway.Watcher;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.resource.CaseResource;
import com.pulumi.securityir.provider.resource.ClientToken;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.PropertyCodec;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.resource.PropertyValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of {@code securityir:index:Case}, by {@link CaseResource#DESCRIPTOR}: validates
 * declared inputs by the descriptor's shapes (the API model's bounds, patterns and enums; every
 * problem names its property and quotes no secret), reads them into {@link CaseInputs}, and writes
 * and reads {@link CaseOutputs}. Stateless and thread-safe.
 */
public final class CaseCodec implements PropertyCodec<CaseInputs, CaseOutputs> {

  private static final DescriptorRules.InputHints HINTS =
      input -> "one of CreateCase's required members; see the resource's documentation";

  @Override
  public List<PropertyProblem> validate(PropertyMap news) {
    List<PropertyProblem> problems =
        new ArrayList<>(DescriptorRules.checkInputs(CaseResource.DESCRIPTOR, news, HINTS));
    if (news.get(STATUS).orElse(null) instanceof PropertyValue.Text text
        && LifecycleStatus.parseDeclared(text.value())
            instanceof Parsed.Failure<LifecycleStatus> failure) {
      problems.add(
          new PropertyProblem(
              STATUS,
              text.secret()
                  ? "the secret status is not a status that can be declared"
                  : failure.reason()));
    }
    return problems;
  }

  @Override
  public Inputs<CaseInputs> decodeInputs(PropertyMap inputs) {
    boolean unknown = inputs.values().values().stream().anyMatch(CaseCodec::hasUnknown);
    Optional<CaseFields> fields = fields(inputs, false);
    Optional<ResolverType> resolver =
        inputs.text(RESOLVER_TYPE).flatMap(ResolverType::fromWireName);
    Optional<Map<String, String>> tags = CaseValues.tags(inputs.get(TAGS));
    Optional<LifecycleStatus> status = inputs.text(STATUS).flatMap(CaseCodec::declared);
    if (unknown
        || fields.isEmpty()
        || resolver.isEmpty()
        || (inputs.get(TAGS).isPresent() && tags.isEmpty())
        || (inputs.get(STATUS).isPresent() && status.isEmpty())
        || inputs
            .get(CLOSE_ON_DELETE)
            .filter(v -> !(v instanceof PropertyValue.Flag))
            .isPresent()) {
      return new Inputs.Incomplete<>(inputs);
    }
    return new Inputs.Known<>(
        new CaseInputs(
            fields.get(),
            resolver.get(),
            tags,
            status,
            inputs.get(CLOSE_ON_DELETE).isEmpty() || inputs.flag(CLOSE_ON_DELETE),
            ClientToken.of(inputs)));
  }

  /** Timestamps as instants to the millisecond and the status in the API's spelling. */
  @Override
  public PropertyMap canonicalInputs(PropertyMap news) {
    PropertyMap canonical = news;
    for (String date : List.of(REPORTED_INCIDENT_START_DATE, ACTUAL_INCIDENT_START_DATE)) {
      if (news.get(date).orElse(null) instanceof PropertyValue.Text text) {
        Optional<Instant> instant = CaseValues.instant(news, date);
        if (instant.isPresent()) {
          canonical =
              canonical.with(date, CaseValues.text(instant.get()).withSecret(text.secret()));
        }
      }
    }
    if (news.get(STATUS).orElse(null) instanceof PropertyValue.Text text
        && LifecycleStatus.parse(text.value()) instanceof Parsed.Success<LifecycleStatus> status) {
      canonical =
          canonical.with(STATUS, new PropertyValue.Text(status.value().wireName(), text.secret()));
    }
    return canonical;
  }

  @Override
  public PropertyMap encodeInputs(CaseInputs inputs) {
    Map<String, PropertyValue> values = new LinkedHashMap<>(fieldValues(inputs.fields()).values());
    values.put(RESOLVER_TYPE, PropertyValue.text(inputs.resolverType().wireName()));
    inputs.tags().ifPresent(t -> values.put(TAGS, CaseValues.tags(t)));
    inputs.status().ifPresent(s -> values.put(STATUS, PropertyValue.text(s.wireName())));
    values.put(CLOSE_ON_DELETE, PropertyValue.flag(inputs.closeOnDelete()));
    inputs.clientToken().ifPresent(t -> values.put(ClientToken.KEY, PropertyValue.text(t)));
    return DescriptorRules.sealInputs(CaseResource.DESCRIPTOR, new PropertyMap(values));
  }

  @Override
  public PropertyMap encodeOutputs(CaseOutputs outputs) {
    LiveCase live = outputs.live();
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    values.put(CASE_ID, PropertyValue.text(live.caseId().value()));
    values.put(CASE_ARN, PropertyValue.text(live.arn()));
    values.putAll(fieldValues(live.fields()).values());
    values.put(RESOLVER_TYPE, PropertyValue.text(live.resolverType().wireName()));
    values.put(TAGS, CaseValues.tags(live.tags()));
    values.put(STATUS, PropertyValue.text(live.status().wireName()));
    values.put(CLOSE_ON_DELETE, PropertyValue.flag(outputs.closeOnDelete()));
    live.pendingAction().ifPresent(p -> values.put(PENDING_ACTION, PropertyValue.text(p)));
    live.createdDate().ifPresent(d -> values.put(CREATED_DATE, CaseValues.text(d)));
    live.lastUpdatedDate().ifPresent(d -> values.put(LAST_UPDATED_DATE, CaseValues.text(d)));
    live.closedDate().ifPresent(d -> values.put(CLOSED_DATE, CaseValues.text(d)));
    live.closureCode().ifPresent(c -> values.put(CLOSURE_CODE, PropertyValue.text(c)));
    return new PropertyMap(values);
  }

  @Override
  public Optional<CaseOutputs> decodeOutputs(PropertyMap state) {
    Optional<CaseId> caseId =
        state
            .text(CASE_ID)
            .flatMap(
                t ->
                    CaseId.parse(t) instanceof Parsed.Success<CaseId> s
                        ? Optional.of(s.value())
                        : Optional.empty());
    Optional<CaseFields> fields = fields(state, true);
    Optional<LifecycleStatus> status = state.text(STATUS).flatMap(LifecycleStatus::fromWireName);
    Optional<ResolverType> resolver = state.text(RESOLVER_TYPE).flatMap(ResolverType::fromWireName);
    Optional<String> arn = state.text(CASE_ARN);
    if (caseId.isEmpty()
        || fields.isEmpty()
        || status.isEmpty()
        || resolver.isEmpty()
        || arn.isEmpty()) {
      return Optional.empty();
    }
    LiveCase live =
        new LiveCase(
            caseId.get(),
            arn.get(),
            fields.get(),
            status.get(),
            resolver.get(),
            CaseValues.tags(state.get(TAGS)).orElse(Map.of()),
            state.text(PENDING_ACTION),
            CaseValues.instant(state, CREATED_DATE),
            CaseValues.instant(state, LAST_UPDATED_DATE),
            CaseValues.instant(state, CLOSED_DATE),
            state.text(CLOSURE_CODE));
    return Optional.of(new CaseOutputs(live, state.flag(CLOSE_ON_DELETE)));
  }

  /** The case's members among {@code properties}; as read (outputs), absent lists are empty. */
  private static Optional<CaseFields> fields(PropertyMap p, boolean asRead) {
    Optional<String> title = p.text(TITLE);
    Optional<String> description = p.text(DESCRIPTION);
    Optional<String> engagement = p.text(ENGAGEMENT_TYPE);
    Optional<Instant> reported = CaseValues.instant(p, REPORTED_INCIDENT_START_DATE);
    Optional<List<String>> accounts = CaseValues.strings(p.get(IMPACTED_ACCOUNTS));
    Optional<List<Watcher>> watchers = CaseValues.watchers(p.get(WATCHERS));
    Optional<List<ThreatActorIp>> ips = CaseValues.ips(p.get(THREAT_ACTOR_IP_ADDRESSES));
    Optional<List<String>> services = CaseValues.strings(p.get(IMPACTED_SERVICES));
    Optional<List<String>> regions = CaseValues.regions(p.get(IMPACTED_AWS_REGIONS));
    boolean unreadable =
        unreadable(p, THREAT_ACTOR_IP_ADDRESSES, ips)
            || unreadable(p, IMPACTED_SERVICES, services)
            || unreadable(p, IMPACTED_AWS_REGIONS, regions)
            || unreadable(
                p, ACTUAL_INCIDENT_START_DATE, CaseValues.instant(p, ACTUAL_INCIDENT_START_DATE));
    if (title.isEmpty()
        || description.isEmpty()
        || engagement.isEmpty()
        || reported.isEmpty()
        || accounts.isEmpty()
        || watchers.isEmpty()
        || unreadable) {
      return Optional.empty();
    }
    return Optional.of(
        new CaseFields(
            title.get(),
            description.get(),
            engagement.get(),
            reported.get(),
            CaseValues.instant(p, ACTUAL_INCIDENT_START_DATE),
            accounts.get(),
            watchers.get(),
            asRead ? Optional.of(ips.orElse(List.of())) : ips,
            asRead ? Optional.of(services.orElse(List.of())) : services,
            asRead ? Optional.of(regions.orElse(List.of())) : regions));
  }

  private static PropertyMap fieldValues(CaseFields f) {
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    values.put(TITLE, PropertyValue.text(f.title()));
    values.put(DESCRIPTION, PropertyValue.text(f.description()));
    values.put(ENGAGEMENT_TYPE, PropertyValue.text(f.engagementType()));
    values.put(REPORTED_INCIDENT_START_DATE, CaseValues.text(f.reportedIncidentStartDate()));
    f.actualIncidentStartDate()
        .ifPresent(d -> values.put(ACTUAL_INCIDENT_START_DATE, CaseValues.text(d)));
    values.put(IMPACTED_ACCOUNTS, CaseValues.strings(f.impactedAccounts()));
    values.put(WATCHERS, CaseValues.watchers(f.watchers()));
    f.threatActorIpAddresses()
        .ifPresent(v -> values.put(THREAT_ACTOR_IP_ADDRESSES, CaseValues.ips(v)));
    f.impactedServices().ifPresent(v -> values.put(IMPACTED_SERVICES, CaseValues.strings(v)));
    f.impactedAwsRegions().ifPresent(v -> values.put(IMPACTED_AWS_REGIONS, CaseValues.regions(v)));
    return new PropertyMap(values);
  }

  /** Given, but not readable as its shape. */
  private static boolean unreadable(PropertyMap p, String name, Optional<?> read) {
    return p.get(name).isPresent() && read.isEmpty();
  }

  private static Optional<LifecycleStatus> declared(String text) {
    return LifecycleStatus.parseDeclared(text) instanceof Parsed.Success<LifecycleStatus> s
        ? Optional.of(s.value())
        : Optional.empty();
  }

  /** Whether a value is, or holds, a value not known yet. */
  static boolean hasUnknown(PropertyValue value) {
    if (value instanceof PropertyValue.Unknown) {
      return true;
    }
    if (value instanceof PropertyValue.Items items) {
      return items.items().stream().anyMatch(CaseCodec::hasUnknown);
    }
    return value instanceof PropertyValue.Fields fields
        && fields.fields().values().stream().anyMatch(CaseCodec::hasUnknown);
  }
}
