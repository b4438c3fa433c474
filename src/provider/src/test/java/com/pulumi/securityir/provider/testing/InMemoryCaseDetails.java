package com.pulumi.securityir.provider.testing;

import com.pulumi.securityir.core.gateway.CaseComment;
import com.pulumi.securityir.core.gateway.CaseDetailsGateway;
import com.pulumi.securityir.core.gateway.CaseFields;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.CaseUpdate;
import com.pulumi.securityir.core.gateway.CommentPage;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.LiveCase;
import com.pulumi.securityir.core.gateway.NewCase;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contents of the {@link InMemoryGateway}'s cases, a fake of the {@link CaseDetailsGateway}
 * port: CreateCase once per client token, the whole case, UpdateCase as the service applies it
 * (items added once, deleted everywhere), tags, UpdateResolverType one-way, comments shared with
 * the gateway's CreateCaseComment, 2 per ListComments page. Status and resolver live in the
 * gateway; every call is logged and faultable there ({@link InMemoryGateway#fail}; calls not about
 * one case are under {@link #ACCOUNT}). Thread-safe.
 */
public final class InMemoryCaseDetails implements CaseDetailsGateway {

  /** The key of calls about no one case (CreateCase), for {@link InMemoryGateway#fail}. */
  public static final CaseId ACCOUNT = new CaseId("0000000000");

  private final InMemoryGateway service;
  private final Map<CaseId, CaseFields> fields = new ConcurrentHashMap<>();
  private final Map<CaseId, Map<String, String>> tags = new ConcurrentHashMap<>();
  private final Map<String, CaseId> byToken = new ConcurrentHashMap<>();
  private final AtomicInteger createsLanded = new AtomicInteger();
  private volatile boolean loseNextCreateAnswer;

  InMemoryCaseDetails(InMemoryGateway service) {
    this.service = service;
  }

  /** The next CreateCase lands, then its answer is lost (the caller sees UNREACHABLE). */
  public void loseNextCreateAnswer() {
    loseNextCreateAnswer = true;
  }

  /** How many cases CreateCase made (a replayed token makes none). */
  public int casesCreated() {
    return createsLanded.get();
  }

  public CaseFields fieldsOf(CaseId id) {
    return fields.get(id);
  }

  public Map<String, String> tagsOf(CaseId id) {
    return Map.copyOf(tags.getOrDefault(id, Map.of()));
  }

  /** Someone else changes the case's members in the console. */
  public void editBySomeoneElse(CaseId id, CaseFields changed) {
    fields.put(id, changed);
  }

  @Override
  public synchronized CaseId create(NewCase newCase, String clientToken, Deadline deadline) {
    service.arrive("CreateCase", ACCOUNT, deadline);
    CaseId id = byToken.get(clientToken);
    if (id == null) {
      id =
          service.seed(newCase.fields().title(), LifecycleStatus.SUBMITTED, newCase.resolverType());
      byToken.put(clientToken, id);
      CaseFields f = newCase.fields();
      fields.put(
          id,
          new CaseFields(
              f.title(),
              f.description(),
              f.engagementType(),
              f.reportedIncidentStartDate(),
              Optional.empty(),
              f.impactedAccounts(),
              f.watchers(),
              Optional.of(f.threatActorIpAddresses().orElse(List.of())),
              Optional.of(f.impactedServices().orElse(List.of())),
              Optional.of(f.impactedAwsRegions().orElse(List.of()))));
      tags.put(id, new LinkedHashMap<>(newCase.tags()));
      createsLanded.incrementAndGet();
    }
    if (loseNextCreateAnswer) {
      loseNextCreateAnswer = false;
      throw new CaseGatewayException(Kind.UNREACHABLE, "CreateCase: the connection was dropped.");
    }
    return id;
  }

  @Override
  public LiveCase read(CaseId caseId, Deadline deadline) {
    service.arrive("GetCase", caseId, deadline);
    CaseSnapshot s = service.snapshot(caseId);
    service.arrive("ListTagsForResource", caseId, deadline);
    return new LiveCase(
        caseId,
        s.arn(),
        existing(caseId),
        s.status(),
        s.resolverType(),
        tagsOf(caseId),
        Optional.of("None"),
        Optional.of(Instant.ofEpochSecond(1_780_000_000L)),
        s.lastUpdated(),
        s.status() == LifecycleStatus.CLOSED
            ? Optional.of(Instant.ofEpochSecond(1_790_000_000L))
            : Optional.empty(),
        Optional.empty());
  }

  @Override
  public synchronized void update(CaseId caseId, CaseUpdate update, Deadline deadline) {
    service.arrive("UpdateCase", caseId, deadline);
    if (service.snapshot(caseId).status() == LifecycleStatus.CLOSED) {
      throw new CaseGatewayException(Kind.CONFLICT, "case " + caseId + " is closed.");
    }
    fields.put(caseId, update.applyTo(existing(caseId)));
  }

  @Override
  public synchronized Optional<LifecycleStatus> updateResolverType(
      CaseId caseId, ResolverType resolverType, Deadline deadline) {
    service.arrive("UpdateResolverType", caseId, deadline);
    CaseSnapshot s = service.snapshot(caseId);
    if (s.resolverType() == resolverType || resolverType == ResolverType.SELF) {
      throw new CaseGatewayException(
          Kind.CONFLICT, "case " + caseId + ": the resolver type change is one-way, Self to AWS.");
    }
    service.changeResolver(caseId, resolverType);
    return Optional.of(s.status());
  }

  @Override
  public void tag(String caseArn, Map<String, String> newTags, Deadline deadline) {
    CaseId id = byArn(caseArn);
    service.arrive("TagResource", id, deadline);
    tags.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).putAll(newTags);
  }

  @Override
  public void untag(String caseArn, Set<String> keys, Deadline deadline) {
    CaseId id = byArn(caseArn);
    service.arrive("UntagResource", id, deadline);
    keys.forEach(tags.computeIfAbsent(id, k -> new ConcurrentHashMap<>())::remove);
  }

  @Override
  public String updateComment(CaseId caseId, String commentId, String body, Deadline deadline) {
    service.arrive("UpdateCaseComment", caseId, deadline);
    if (!service.editComment(caseId, commentId, body)) {
      throw new CaseGatewayException(Kind.CASE_NOT_FOUND, "comment " + commentId + " not found.");
    }
    return body;
  }

  @Override
  public CommentPage comments(CaseId caseId, Optional<String> nextToken, Deadline deadline) {
    service.arrive("ListComments", caseId, deadline);
    service.snapshot(caseId);
    List<CaseComment> all = new ArrayList<>();
    service
        .commentsById(caseId)
        .forEach(
            (id, body) ->
                all.add(
                    new CaseComment(
                        id,
                        body,
                        Optional.of(Instant.ofEpochSecond(1_780_000_100L)),
                        Optional.of(Instant.ofEpochSecond(1_780_000_100L)))));
    int from = nextToken.map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + 2);
    return new CommentPage(
        all.subList(from, to),
        to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  private CaseFields existing(CaseId caseId) {
    CaseFields f = fields.get(caseId);
    if (f == null) {
      service.snapshot(caseId);
      throw new CaseGatewayException(Kind.CASE_NOT_FOUND, "case " + caseId + " has no contents.");
    }
    return f;
  }

  private CaseId byArn(String arn) {
    CaseId id = new CaseId(arn.substring(arn.lastIndexOf('/') + 1));
    service.snapshot(id);
    return id;
  }
}
