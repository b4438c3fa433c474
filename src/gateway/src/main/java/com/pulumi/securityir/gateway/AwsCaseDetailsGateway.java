package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.gateway.CaseComment;
import com.pulumi.securityir.core.gateway.CaseDetailsGateway;
import com.pulumi.securityir.core.gateway.CaseFields;
import com.pulumi.securityir.core.gateway.CaseUpdate;
import com.pulumi.securityir.core.gateway.CommentPage;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.LiveCase;
import com.pulumi.securityir.core.gateway.NewCase;
import com.pulumi.securityir.core.gateway.ThreatActorIp;
import com.pulumi.securityir.core.gateway.Watcher;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.gateway.FailureTranslator.Call;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.CreateCaseRequest;
import software.amazon.awssdk.services.securityir.model.CreateCaseResponse;
import software.amazon.awssdk.services.securityir.model.GetCaseRequest;
import software.amazon.awssdk.services.securityir.model.GetCaseResponse;
import software.amazon.awssdk.services.securityir.model.ImpactedAwsRegion;
import software.amazon.awssdk.services.securityir.model.ListCommentsItem;
import software.amazon.awssdk.services.securityir.model.ListCommentsRequest;
import software.amazon.awssdk.services.securityir.model.ListCommentsResponse;
import software.amazon.awssdk.services.securityir.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.securityir.model.TagResourceRequest;
import software.amazon.awssdk.services.securityir.model.UntagResourceRequest;
import software.amazon.awssdk.services.securityir.model.UpdateCaseCommentRequest;
import software.amazon.awssdk.services.securityir.model.UpdateCaseCommentResponse;
import software.amazon.awssdk.services.securityir.model.UpdateCaseRequest;
import software.amazon.awssdk.services.securityir.model.UpdateResolverTypeRequest;
import software.amazon.awssdk.services.securityir.model.UpdateResolverTypeResponse;

/**
 * The production {@link CaseDetailsGateway}, over the same client, {@link RetryingCaller} and
 * {@link FailureTranslator} as the {@link AwsCaseGateway} that made it. Only maps: domain values to
 * SDK requests and SDK responses back. Every mutating call goes through {@link
 * RetryingCaller#move}, and CreateCase carries the caller's client token on every attempt, so a
 * retry after a lost answer creates no second case. The SDK's own model classes redact sensitive
 * members in their {@code toString()}, and no message here quotes one. Thread-safe.
 */
final class AwsCaseDetailsGateway implements CaseDetailsGateway {

  private final SecurityIrConnection connection;
  private final RetryingCaller caller;
  private final FailureTranslator translator;

  AwsCaseDetailsGateway(
      SecurityIrConnection connection, RetryingCaller caller, FailureTranslator translator) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.caller = Objects.requireNonNull(caller, "caller");
    this.translator = Objects.requireNonNull(translator, "translator");
  }

  @Override
  public CaseId create(NewCase newCase, String clientToken, Deadline deadline) {
    Call call =
        new Call("CreateCase", Optional.empty(), connection.region(), connection.endpoint());
    CaseFields f = newCase.fields();
    CreateCaseResponse response =
        caller.move(
            call,
            deadline,
            override ->
                client()
                    .createCase(
                        CreateCaseRequest.builder()
                            .clientToken(clientToken)
                            .resolverType(newCase.resolverType().wireName())
                            .title(f.title())
                            .description(f.description())
                            .engagementType(f.engagementType())
                            .reportedIncidentStartDate(f.reportedIncidentStartDate())
                            .impactedAccounts(f.impactedAccounts())
                            .watchers(watchers(f.watchers()))
                            .threatActorIpAddresses(
                                ips(f.threatActorIpAddresses().orElse(List.of())))
                            .impactedServices(f.impactedServices().orElse(List.of()))
                            .impactedAwsRegions(regions(f.impactedAwsRegions().orElse(List.of())))
                            .tags(newCase.tags().isEmpty() ? null : newCase.tags())
                            .overrideConfiguration(override)
                            .build()));
    // The actual start date is not a CreateCase member: the caller sets it with UpdateCase.
    return caseId(call, response.caseId());
  }

  @Override
  public LiveCase read(CaseId caseId, Deadline deadline) {
    Call call = call("GetCase", caseId);
    GetCaseResponse c =
        caller.read(
            call,
            deadline,
            override ->
                client()
                    .getCase(
                        GetCaseRequest.builder()
                            .caseId(caseId.value())
                            .overrideConfiguration(override)
                            .build()));
    LifecycleStatus status =
        LifecycleStatus.fromWireName(c.caseStatusAsString())
            .orElseThrow(
                () -> translator.unexpected(call, unknown("case status", c.caseStatusAsString())));
    ResolverType resolver =
        ResolverType.fromWireName(c.resolverTypeAsString())
            .orElseThrow(
                () ->
                    translator.unexpected(
                        call, unknown("resolver type", c.resolverTypeAsString())));
    if (c.caseArn() == null || c.reportedIncidentStartDate() == null) {
      throw translator.unexpected(call, "a case without its ARN or reported start date");
    }
    CaseFields fields =
        new CaseFields(
            Objects.requireNonNullElse(c.title(), ""),
            Objects.requireNonNullElse(c.description(), ""),
            Objects.requireNonNullElse(c.engagementTypeAsString(), ""),
            c.reportedIncidentStartDate(),
            Optional.ofNullable(c.actualIncidentStartDate()),
            c.impactedAccounts(),
            c.watchers().stream()
                .map(
                    w ->
                        new Watcher(
                            Objects.requireNonNullElse(w.email(), ""),
                            Optional.ofNullable(w.name()),
                            Optional.ofNullable(w.jobTitle())))
                .toList(),
            Optional.of(
                c.threatActorIpAddresses().stream()
                    .map(
                        ip ->
                            new ThreatActorIp(
                                Objects.requireNonNullElse(ip.ipAddress(), ""),
                                Optional.ofNullable(ip.userAgent())))
                    .toList()),
            Optional.of(c.impactedServices()),
            Optional.of(
                c.impactedAwsRegions().stream().map(ImpactedAwsRegion::regionAsString).toList()));
    return new LiveCase(
        caseId,
        c.caseArn(),
        fields,
        status,
        resolver,
        tags(caseId, c.caseArn(), deadline),
        Optional.ofNullable(c.pendingActionAsString()),
        Optional.ofNullable(c.createdDate()),
        Optional.ofNullable(c.lastUpdatedDate()),
        Optional.ofNullable(c.closedDate()),
        Optional.ofNullable(c.closureCodeAsString()));
  }

  @Override
  public void update(CaseId caseId, CaseUpdate u, Deadline deadline) {
    if (u.isEmpty()) {
      return;
    }
    Call call = call("UpdateCase", caseId);
    caller.move(
        call,
        deadline,
        override ->
            client()
                .updateCase(
                    UpdateCaseRequest.builder()
                        .caseId(caseId.value())
                        .title(u.title().orElse(null))
                        .description(u.description().orElse(null))
                        .engagementType(u.engagementType().orElse(null))
                        .reportedIncidentStartDate(u.reportedIncidentStartDate().orElse(null))
                        .actualIncidentStartDate(u.actualIncidentStartDate().orElse(null))
                        .impactedAccountsToAdd(orNull(u.impactedAccounts().add()))
                        .impactedAccountsToDelete(orNull(u.impactedAccounts().delete()))
                        .watchersToAdd(orNull(watchers(u.watchers().add())))
                        .watchersToDelete(orNull(watchers(u.watchers().delete())))
                        .threatActorIpAddressesToAdd(orNull(ips(u.threatActorIpAddresses().add())))
                        .threatActorIpAddressesToDelete(
                            orNull(ips(u.threatActorIpAddresses().delete())))
                        .impactedServicesToAdd(orNull(u.impactedServices().add()))
                        .impactedServicesToDelete(orNull(u.impactedServices().delete()))
                        .impactedAwsRegionsToAdd(orNull(regions(u.impactedAwsRegions().add())))
                        .impactedAwsRegionsToDelete(
                            orNull(regions(u.impactedAwsRegions().delete())))
                        .overrideConfiguration(override)
                        .build()));
  }

  @Override
  public Optional<LifecycleStatus> updateResolverType(
      CaseId caseId, ResolverType resolverType, Deadline deadline) {
    Call call = call("UpdateResolverType", caseId);
    UpdateResolverTypeResponse response =
        caller.move(
            call,
            deadline,
            override ->
                client()
                    .updateResolverType(
                        UpdateResolverTypeRequest.builder()
                            .caseId(caseId.value())
                            .resolverType(resolverType.wireName())
                            .overrideConfiguration(override)
                            .build()));
    return Optional.ofNullable(response.caseStatusAsString())
        .flatMap(LifecycleStatus::fromWireName);
  }

  @Override
  public void tag(String caseArn, Map<String, String> tags, Deadline deadline) {
    if (tags.isEmpty()) {
      return;
    }
    Call call = arnCall("TagResource", caseArn);
    caller.move(
        call,
        deadline,
        override ->
            client()
                .tagResource(
                    TagResourceRequest.builder()
                        .resourceArn(caseArn)
                        .tags(tags)
                        .overrideConfiguration(override)
                        .build()));
  }

  @Override
  public void untag(String caseArn, Set<String> keys, Deadline deadline) {
    if (keys.isEmpty()) {
      return;
    }
    Call call = arnCall("UntagResource", caseArn);
    caller.move(
        call,
        deadline,
        override ->
            client()
                .untagResource(
                    UntagResourceRequest.builder()
                        .resourceArn(caseArn)
                        .tagKeys(keys)
                        .overrideConfiguration(override)
                        .build()));
  }

  @Override
  public String updateComment(CaseId caseId, String commentId, String body, Deadline deadline) {
    Call call = call("UpdateCaseComment", caseId);
    UpdateCaseCommentResponse response =
        caller.move(
            call,
            deadline,
            override ->
                client()
                    .updateCaseComment(
                        UpdateCaseCommentRequest.builder()
                            .caseId(caseId.value())
                            .commentId(commentId)
                            .body(body)
                            .overrideConfiguration(override)
                            .build()));
    return Objects.requireNonNullElse(response.body(), body);
  }

  @Override
  public CommentPage comments(CaseId caseId, Optional<String> nextToken, Deadline deadline) {
    Call call = call("ListComments", caseId);
    ListCommentsResponse page =
        caller.read(
            call,
            deadline,
            override ->
                client()
                    .listComments(
                        ListCommentsRequest.builder()
                            .caseId(caseId.value())
                            .maxResults(25)
                            .nextToken(nextToken.orElse(null))
                            .overrideConfiguration(override)
                            .build()));
    List<CaseComment> comments =
        page.items().stream()
            .map(
                (ListCommentsItem item) -> {
                  if (item.commentId() == null) {
                    throw translator.unexpected(call, "a comment without a commentId");
                  }
                  return new CaseComment(
                      item.commentId(),
                      Objects.requireNonNullElse(item.body(), ""),
                      Optional.ofNullable(item.createdDate()),
                      Optional.ofNullable(item.lastUpdatedDate()));
                })
            .toList();
    String next = page.nextToken();
    return new CommentPage(
        comments, next == null || next.isEmpty() ? Optional.empty() : Optional.of(next));
  }

  private Map<String, String> tags(CaseId caseId, String arn, Deadline deadline) {
    Call call = call("ListTagsForResource", caseId);
    return caller
        .read(
            call,
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

  private CaseId caseId(Call call, String raw) {
    if (raw != null && CaseId.parse(raw) instanceof Parsed.Success<CaseId> parsed) {
      return parsed.value();
    }
    throw translator.unexpected(
        call,
        raw == null
            ? "no caseId"
            : "a case id this client does not know: '" + OneLine.message(raw) + "'");
  }

  private static String unknown(String what, String raw) {
    return raw == null
        ? "no " + what
        : "a " + what + " this client does not know: '" + OneLine.message(raw) + "'";
  }

  private static List<software.amazon.awssdk.services.securityir.model.Watcher> watchers(
      List<Watcher> watchers) {
    return watchers.stream()
        .map(
            w ->
                software.amazon.awssdk.services.securityir.model.Watcher.builder()
                    .email(w.email())
                    .name(w.name().orElse(null))
                    .jobTitle(w.jobTitle().orElse(null))
                    .build())
        .toList();
  }

  private static List<software.amazon.awssdk.services.securityir.model.ThreatActorIp> ips(
      List<ThreatActorIp> ips) {
    return ips.stream()
        .map(
            ip ->
                software.amazon.awssdk.services.securityir.model.ThreatActorIp.builder()
                    .ipAddress(ip.ipAddress())
                    .userAgent(ip.userAgent().orElse(null))
                    .build())
        .toList();
  }

  private static List<ImpactedAwsRegion> regions(List<String> regions) {
    return regions.stream().map(r -> ImpactedAwsRegion.builder().region(r).build()).toList();
  }

  /** Null for an empty list, so the request leaves the member out. */
  private static <T> List<T> orNull(List<T> items) {
    return items.isEmpty() ? null : items;
  }

  /** A call about the case an ARN names ({@code arn:...:case/<id>}). */
  private Call arnCall(String operation, String arn) {
    String tail = arn.substring(arn.lastIndexOf('/') + 1);
    Optional<CaseId> caseId =
        CaseId.parse(tail) instanceof Parsed.Success<CaseId> parsed
            ? Optional.of(parsed.value())
            : Optional.empty();
    return new Call(operation, caseId, connection.region(), connection.endpoint());
  }

  private Call call(String operation, CaseId caseId) {
    return new Call(operation, caseId, connection.region(), connection.endpoint());
  }

  private SecurityIrClient client() {
    return connection.client();
  }

  @Override
  public String toString() {
    return "AwsCaseDetailsGateway[region=" + connection.region() + "]";
  }
}
