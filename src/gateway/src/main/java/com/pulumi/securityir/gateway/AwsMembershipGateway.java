package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipGateway;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.gateway.MembershipUpdate;
import com.pulumi.securityir.core.gateway.NewMembership;
import com.pulumi.securityir.core.gateway.OptInFeature;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.gateway.FailureTranslator.Call;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.CancelMembershipRequest;
import software.amazon.awssdk.services.securityir.model.CreateMembershipRequest;
import software.amazon.awssdk.services.securityir.model.CreateMembershipResponse;
import software.amazon.awssdk.services.securityir.model.GetMembershipRequest;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.ListMembershipItem;
import software.amazon.awssdk.services.securityir.model.ListMembershipsRequest;
import software.amazon.awssdk.services.securityir.model.ListMembershipsResponse;
import software.amazon.awssdk.services.securityir.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.securityir.model.MembershipAccountsConfigurations;
import software.amazon.awssdk.services.securityir.model.MembershipAccountsConfigurationsUpdate;
import software.amazon.awssdk.services.securityir.model.TagResourceRequest;
import software.amazon.awssdk.services.securityir.model.UntagResourceRequest;
import software.amazon.awssdk.services.securityir.model.UpdateMembershipRequest;

/**
 * The production {@link MembershipGateway}, over the same client, {@link RetryingCaller} and {@link
 * FailureTranslator} as the {@link AwsCaseGateway} that made it. Only maps: domain values to SDK
 * requests and SDK responses back. Every mutating call goes through {@link RetryingCaller#move},
 * and CreateMembership carries the caller's client token on every attempt, so a retry after a lost
 * answer subscribes no second time. The SDK's model classes redact sensitive members in their
 * {@code toString()}, and no message here quotes one. Thread-safe.
 */
final class AwsMembershipGateway implements MembershipGateway {

  /** Pages are 25 items at most; an account has one membership per region. */
  private static final int MAX_PAGES = 100;

  private final SecurityIrConnection connection;
  private final RetryingCaller caller;
  private final FailureTranslator translator;

  AwsMembershipGateway(
      SecurityIrConnection connection, RetryingCaller caller, FailureTranslator translator) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.caller = Objects.requireNonNull(caller, "caller");
    this.translator = Objects.requireNonNull(translator, "translator");
  }

  @Override
  public MembershipId create(NewMembership m, String clientToken, Deadline deadline) {
    Call call = call("CreateMembership");
    CreateMembershipResponse response =
        caller.move(
            call,
            deadline,
            override ->
                client()
                    .createMembership(
                        CreateMembershipRequest.builder()
                            .clientToken(clientToken)
                            .membershipName(m.name())
                            .incidentResponseTeam(team(m.team()))
                            .optInFeatures(
                                m.optInFeatures().isEmpty() ? null : features(m.optInFeatures()))
                            .coverEntireOrganization(m.coverEntireOrganization())
                            .tags(m.tags().isEmpty() ? null : m.tags())
                            .overrideConfiguration(override)
                            .build()));
    return membershipId(call, response.membershipId());
  }

  @Override
  public LiveMembership read(MembershipId id, Deadline deadline) {
    Call call = call("GetMembership");
    GetMembershipResponse r =
        notFoundWorded(
            call,
            id,
            () ->
                caller.read(
                    call,
                    deadline,
                    override ->
                        client()
                            .getMembership(
                                GetMembershipRequest.builder()
                                    .membershipId(id.value())
                                    .overrideConfiguration(override)
                                    .build())));
    MembershipStatus status =
        MembershipStatus.fromWireName(r.membershipStatusAsString())
            .orElseThrow(
                () ->
                    translator.unexpected(
                        call, unknown("membership status", r.membershipStatusAsString())));
    if (r.membershipArn() == null) {
      throw translator.unexpected(call, "a membership without its ARN");
    }
    MembershipAccountsConfigurations accounts = r.membershipAccountsConfigurations();
    return new LiveMembership(
        id,
        r.membershipArn(),
        Objects.requireNonNullElse(r.accountId(), ""),
        Objects.requireNonNullElse(r.regionAsString(), connection.region()),
        Objects.requireNonNullElse(r.membershipName(), ""),
        r.incidentResponseTeam().stream()
            .map(
                p ->
                    new IncidentResponder(
                        Objects.requireNonNullElse(p.name(), ""),
                        Objects.requireNonNullElse(p.jobTitle(), ""),
                        Objects.requireNonNullElse(p.email(), ""),
                        p.communicationPreferencesAsStrings()))
            .toList(),
        r.optInFeatures().stream()
            .map(
                f ->
                    new OptInFeature(
                        Objects.requireNonNullElse(f.featureNameAsString(), ""),
                        Boolean.TRUE.equals(f.isEnabled())))
            .toList(),
        accounts != null && Boolean.TRUE.equals(accounts.coverEntireOrganization()),
        accounts == null ? List.of() : accounts.organizationalUnits(),
        status,
        Optional.ofNullable(r.customerTypeAsString()),
        Optional.ofNullable(r.numberOfAccountsCovered()),
        Optional.ofNullable(r.membershipActivationTimestamp()),
        Optional.ofNullable(r.membershipDeactivationTimestamp()),
        tags(r.membershipArn(), deadline));
  }

  @Override
  public void update(MembershipId id, MembershipUpdate u, Deadline deadline) {
    if (u.isEmpty()) {
      return;
    }
    Call call = call("UpdateMembership");
    boolean accounts =
        u.coverEntireOrganization().isPresent()
            || !u.unitsToAdd().isEmpty()
            || !u.unitsToRemove().isEmpty();
    notFoundWorded(
        call,
        id,
        () ->
            caller.move(
                call,
                deadline,
                override ->
                    client()
                        .updateMembership(
                            UpdateMembershipRequest.builder()
                                .membershipId(id.value())
                                .membershipName(u.name().orElse(null))
                                .incidentResponseTeam(u.team().map(this::team).orElse(null))
                                .optInFeatures(u.optInFeatures().map(this::features).orElse(null))
                                .membershipAccountsConfigurationsUpdate(
                                    accounts
                                        ? MembershipAccountsConfigurationsUpdate.builder()
                                            .coverEntireOrganization(
                                                u.coverEntireOrganization().orElse(null))
                                            .organizationalUnitsToAdd(orNull(u.unitsToAdd()))
                                            .organizationalUnitsToRemove(orNull(u.unitsToRemove()))
                                            .build()
                                        : null)
                                .undoMembershipCancellation(u.undoCancellation() ? true : null)
                                .overrideConfiguration(override)
                                .build())));
  }

  @Override
  public void cancel(MembershipId id, Deadline deadline) {
    Call call = call("CancelMembership");
    notFoundWorded(
        call,
        id,
        () ->
            caller.move(
                call,
                deadline,
                override ->
                    client()
                        .cancelMembership(
                            CancelMembershipRequest.builder()
                                .membershipId(id.value())
                                .overrideConfiguration(override)
                                .build())));
  }

  @Override
  public Optional<MembershipId> existing(Deadline deadline) {
    Call call = call("ListMemberships");
    Optional<String> next = Optional.empty();
    for (int page = 0; page < MAX_PAGES; page++) {
      Optional<String> token = next;
      ListMembershipsResponse response =
          caller.read(
              call,
              deadline,
              override ->
                  client()
                      .listMemberships(
                          ListMembershipsRequest.builder()
                              .maxResults(25)
                              .nextToken(token.orElse(null))
                              .overrideConfiguration(override)
                              .build()));
      for (ListMembershipItem item : response.items()) {
        if (connection.region().equals(item.regionAsString())
            && !MembershipStatus.TERMINATED.wireName().equals(item.membershipStatusAsString())) {
          return Optional.of(membershipId(call, item.membershipId()));
        }
      }
      String raw = response.nextToken();
      if (raw == null || raw.isEmpty()) {
        return Optional.empty();
      }
      next = Optional.of(raw);
    }
    throw translator.unexpected(call, "more than " + MAX_PAGES + " pages of memberships");
  }

  @Override
  public void tag(String membershipArn, Map<String, String> tags, Deadline deadline) {
    if (tags.isEmpty()) {
      return;
    }
    caller.move(
        call("TagResource"),
        deadline,
        override ->
            client()
                .tagResource(
                    TagResourceRequest.builder()
                        .resourceArn(membershipArn)
                        .tags(tags)
                        .overrideConfiguration(override)
                        .build()));
  }

  @Override
  public void untag(String membershipArn, Set<String> keys, Deadline deadline) {
    if (keys.isEmpty()) {
      return;
    }
    caller.move(
        call("UntagResource"),
        deadline,
        override ->
            client()
                .untagResource(
                    UntagResourceRequest.builder()
                        .resourceArn(membershipArn)
                        .tagKeys(keys)
                        .overrideConfiguration(override)
                        .build()));
  }

  private Map<String, String> tags(String arn, Deadline deadline) {
    return caller
        .read(
            call("ListTagsForResource"),
            deadline,
            override ->
                client()
                    .listTagsForResource(
                        ListTagsForResourceRequest.builder()
                            .resourceArn(arn)
                            .overrideConfiguration(override)
                            .build()))
        .tags();
  }

  /**
   * The translator words a missing resource as a missing case; a membership call says which
   * membership, so the message points at the right id.
   */
  private <T> T notFoundWorded(Call call, MembershipId id, Supplier<T> attempt) {
    try {
      return attempt.get();
    } catch (CaseGatewayException e) {
      if (e.kind() != CaseGatewayException.Kind.CASE_NOT_FOUND) {
        throw e;
      }
      throw new CaseGatewayException(
          e.kind(),
          call.operation()
              + ": membership "
              + id
              + " was not found in region "
              + connection.region()
              + ": check the membership id and the region (a membership exists only in the"
              + " region where it was created).",
          e);
    }
  }

  private MembershipId membershipId(Call call, String raw) {
    return MembershipId.parse(raw)
        .orElseThrow(
            () ->
                translator.unexpected(
                    call,
                    raw == null
                        ? "no membershipId"
                        : "a membership id this client does not know: '"
                            + OneLine.message(raw)
                            + "'"));
  }

  private static String unknown(String what, String raw) {
    return raw == null
        ? "no " + what
        : "a " + what + " this client does not know: '" + OneLine.message(raw) + "'";
  }

  private List<software.amazon.awssdk.services.securityir.model.IncidentResponder> team(
      List<IncidentResponder> team) {
    return team.stream()
        .map(
            p ->
                software.amazon.awssdk.services.securityir.model.IncidentResponder.builder()
                    .name(p.name())
                    .jobTitle(p.jobTitle())
                    .email(p.email())
                    .communicationPreferencesWithStrings(
                        p.communicationPreferences().isEmpty()
                            ? null
                            : p.communicationPreferences())
                    .build())
        .toList();
  }

  private List<software.amazon.awssdk.services.securityir.model.OptInFeature> features(
      List<OptInFeature> features) {
    return features.stream()
        .map(
            f ->
                software.amazon.awssdk.services.securityir.model.OptInFeature.builder()
                    .featureName(f.featureName())
                    .isEnabled(f.enabled())
                    .build())
        .toList();
  }

  /** Null for an empty list, so the request leaves the member out. */
  private static <T> List<T> orNull(List<T> items) {
    return items.isEmpty() ? null : items;
  }

  private Call call(String operation) {
    return new Call(operation, Optional.empty(), connection.region(), connection.endpoint());
  }

  private SecurityIrClient client() {
    return connection.client();
  }

  @Override
  public String toString() {
    return "AwsMembershipGateway[region=" + connection.region() + "]";
  }
}
