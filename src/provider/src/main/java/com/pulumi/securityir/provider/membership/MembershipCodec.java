package com.pulumi.securityir.provider.membership;

import static com.pulumi.securityir.core.resource.MembershipResource.ACCOUNT_ID;
import static com.pulumi.securityir.core.resource.MembershipResource.ACTIVATION_TIMESTAMP;
import static com.pulumi.securityir.core.resource.MembershipResource.CANCEL_ON_DELETE;
import static com.pulumi.securityir.core.resource.MembershipResource.COVER_ENTIRE_ORGANIZATION;
import static com.pulumi.securityir.core.resource.MembershipResource.CUSTOMER_TYPE;
import static com.pulumi.securityir.core.resource.MembershipResource.DEACTIVATION_TIMESTAMP;
import static com.pulumi.securityir.core.resource.MembershipResource.FEATURE_NAME;
import static com.pulumi.securityir.core.resource.MembershipResource.INCIDENT_RESPONSE_TEAM;
import static com.pulumi.securityir.core.resource.MembershipResource.MEMBERSHIP_ARN;
import static com.pulumi.securityir.core.resource.MembershipResource.MEMBERSHIP_ID;
import static com.pulumi.securityir.core.resource.MembershipResource.MEMBERSHIP_NAME;
import static com.pulumi.securityir.core.resource.MembershipResource.MEMBERSHIP_STATUS;
import static com.pulumi.securityir.core.resource.MembershipResource.NUMBER_OF_ACCOUNTS_COVERED;
import static com.pulumi.securityir.core.resource.MembershipResource.OPT_IN_FEATURES;
import static com.pulumi.securityir.core.resource.MembershipResource.ORGANIZATIONAL_UNITS;
import static com.pulumi.securityir.core.resource.MembershipResource.REGION;
import static com.pulumi.securityir.core.resource.MembershipResource.TAGS;

import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.gateway.OptInFeature;
import com.pulumi.securityir.core.resource.MembershipResource;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.provider.resource.ClientToken;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.PropertyCodec;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.resource.PropertyValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The properties of {@code securityir:index:Membership}, by {@link MembershipResource#DESCRIPTOR}:
 * validates declared inputs by the descriptor's shapes (the API model's bounds, patterns and enums;
 * every problem names its property and quotes no secret) and that no opt-in feature is declared
 * twice, reads them into {@link MembershipInputs}, and writes and reads {@link MembershipOutputs}.
 * Stateless and thread-safe.
 */
public final class MembershipCodec implements PropertyCodec<MembershipInputs, MembershipOutputs> {

  private static final DescriptorRules.InputHints HINTS =
      input -> "one of CreateMembership's required members; see the resource's documentation";

  @Override
  public List<PropertyProblem> validate(PropertyMap news) {
    List<PropertyProblem> problems =
        new ArrayList<>(DescriptorRules.checkInputs(MembershipResource.DESCRIPTOR, news, HINTS));
    if (news.get(OPT_IN_FEATURES).orElse(null) instanceof PropertyValue.Items items) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < items.items().size(); i++) {
        if (items.items().get(i) instanceof PropertyValue.Fields f
            && f.fields().get(FEATURE_NAME) instanceof PropertyValue.Text name
            && !seen.add(name.value())) {
          problems.add(
              new PropertyProblem(
                  OPT_IN_FEATURES,
                  OPT_IN_FEATURES
                      + "["
                      + i
                      + "]."
                      + FEATURE_NAME
                      + (name.secret() || f.secret() || items.secret()
                          ? " (secret)"
                          : " '" + OneLine.input(name.value()) + "'")
                      + " is declared twice: each feature may appear once"));
        }
      }
    }
    return problems;
  }

  @Override
  public Inputs<MembershipInputs> decodeInputs(PropertyMap inputs) {
    boolean unknown = inputs.values().values().stream().anyMatch(MembershipValues::hasUnknown);
    Optional<String> name = inputs.text(MEMBERSHIP_NAME);
    Optional<List<IncidentResponder>> team =
        MembershipValues.team(inputs.get(INCIDENT_RESPONSE_TEAM));
    Optional<List<OptInFeature>> features = MembershipValues.features(inputs.get(OPT_IN_FEATURES));
    Optional<List<String>> units = MembershipValues.strings(inputs.get(ORGANIZATIONAL_UNITS));
    Optional<Map<String, String>> tags = MembershipValues.tags(inputs.get(TAGS));
    if (unknown
        || name.isEmpty()
        || team.isEmpty()
        || unreadable(inputs, OPT_IN_FEATURES, features)
        || unreadable(inputs, ORGANIZATIONAL_UNITS, units)
        || unreadable(inputs, TAGS, tags)
        || notAFlag(inputs, COVER_ENTIRE_ORGANIZATION)
        || notAFlag(inputs, CANCEL_ON_DELETE)) {
      return new Inputs.Incomplete<>(inputs);
    }
    return new Inputs.Known<>(
        new MembershipInputs(
            name.get(),
            team.get(),
            features,
            inputs.get(COVER_ENTIRE_ORGANIZATION).map(v -> ((PropertyValue.Flag) v).value()),
            units,
            tags,
            inputs.flag(CANCEL_ON_DELETE),
            ClientToken.of(inputs)));
  }

  @Override
  public PropertyMap encodeInputs(MembershipInputs inputs) {
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    values.put(MEMBERSHIP_NAME, PropertyValue.text(inputs.name()));
    values.put(INCIDENT_RESPONSE_TEAM, MembershipValues.team(inputs.team()));
    inputs
        .optInFeatures()
        .ifPresent(f -> values.put(OPT_IN_FEATURES, MembershipValues.features(f)));
    inputs
        .coverEntireOrganization()
        .ifPresent(c -> values.put(COVER_ENTIRE_ORGANIZATION, PropertyValue.flag(c)));
    inputs
        .organizationalUnits()
        .ifPresent(u -> values.put(ORGANIZATIONAL_UNITS, MembershipValues.strings(u)));
    inputs.tags().ifPresent(t -> values.put(TAGS, MembershipValues.tags(t)));
    values.put(CANCEL_ON_DELETE, PropertyValue.flag(inputs.cancelOnDelete()));
    inputs.clientToken().ifPresent(t -> values.put(ClientToken.KEY, PropertyValue.text(t)));
    return DescriptorRules.sealInputs(MembershipResource.DESCRIPTOR, new PropertyMap(values));
  }

  @Override
  public PropertyMap encodeOutputs(MembershipOutputs outputs) {
    LiveMembership live = outputs.live();
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    values.put(MEMBERSHIP_ID, PropertyValue.text(live.id().value()));
    values.put(MEMBERSHIP_ARN, PropertyValue.text(live.arn()));
    values.put(MEMBERSHIP_NAME, PropertyValue.text(live.name()));
    values.put(INCIDENT_RESPONSE_TEAM, MembershipValues.team(live.team()));
    values.put(OPT_IN_FEATURES, MembershipValues.features(live.optInFeatures()));
    values.put(COVER_ENTIRE_ORGANIZATION, PropertyValue.flag(live.coverEntireOrganization()));
    values.put(ORGANIZATIONAL_UNITS, MembershipValues.strings(live.organizationalUnits()));
    values.put(TAGS, MembershipValues.tags(live.tags()));
    values.put(CANCEL_ON_DELETE, PropertyValue.flag(outputs.cancelOnDelete()));
    values.put(MEMBERSHIP_STATUS, PropertyValue.text(live.status().wireName()));
    values.put(ACCOUNT_ID, PropertyValue.text(live.accountId()));
    values.put(REGION, PropertyValue.text(live.region()));
    live.customerType().ifPresent(c -> values.put(CUSTOMER_TYPE, PropertyValue.text(c)));
    live.numberOfAccountsCovered()
        .ifPresent(
            n -> values.put(NUMBER_OF_ACCOUNTS_COVERED, new PropertyValue.Numeric(n, false)));
    live.activated()
        .ifPresent(t -> values.put(ACTIVATION_TIMESTAMP, PropertyValue.text(t.toString())));
    live.deactivated()
        .ifPresent(t -> values.put(DEACTIVATION_TIMESTAMP, PropertyValue.text(t.toString())));
    return new PropertyMap(values);
  }

  @Override
  public Optional<MembershipOutputs> decodeOutputs(PropertyMap state) {
    Optional<MembershipId> id = state.text(MEMBERSHIP_ID).flatMap(MembershipId::parse);
    Optional<String> arn = state.text(MEMBERSHIP_ARN);
    Optional<String> name = state.text(MEMBERSHIP_NAME);
    Optional<List<IncidentResponder>> team =
        MembershipValues.team(state.get(INCIDENT_RESPONSE_TEAM));
    Optional<MembershipStatus> status =
        state.text(MEMBERSHIP_STATUS).flatMap(MembershipStatus::fromWireName);
    if (id.isEmpty() || arn.isEmpty() || name.isEmpty() || team.isEmpty() || status.isEmpty()) {
      return Optional.empty();
    }
    LiveMembership live =
        new LiveMembership(
            id.get(),
            arn.get(),
            state.text(ACCOUNT_ID).orElse(""),
            state.text(REGION).orElse(""),
            name.get(),
            team.get(),
            MembershipValues.features(state.get(OPT_IN_FEATURES)).orElse(List.of()),
            state.flag(COVER_ENTIRE_ORGANIZATION),
            MembershipValues.strings(state.get(ORGANIZATIONAL_UNITS)).orElse(List.of()),
            status.get(),
            state.text(CUSTOMER_TYPE),
            state
                .get(NUMBER_OF_ACCOUNTS_COVERED)
                .filter(v -> v instanceof PropertyValue.Numeric)
                .map(v -> (long) ((PropertyValue.Numeric) v).value()),
            MembershipValues.instant(state, ACTIVATION_TIMESTAMP),
            MembershipValues.instant(state, DEACTIVATION_TIMESTAMP),
            MembershipValues.tags(state.get(TAGS)).orElse(Map.of()));
    return Optional.of(new MembershipOutputs(live, state.flag(CANCEL_ON_DELETE)));
  }

  /** Given, but not readable as its shape. */
  private static boolean unreadable(PropertyMap p, String name, Optional<?> read) {
    return p.get(name).isPresent() && read.isEmpty();
  }

  private static boolean notAFlag(PropertyMap p, String name) {
    return p.get(name).filter(v -> !(v instanceof PropertyValue.Flag)).isPresent();
  }
}
