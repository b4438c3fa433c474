package com.pulumi.securityir.provider.securitycase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.pulumi.securityir.core.gateway.CaseFields;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.Watcher;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.resource.CaseResource;
import com.pulumi.securityir.provider.testing.InMemoryCaseDetails;
import com.pulumi.securityir.provider.testing.InMemoryGateway;
import com.pulumi.securityir.provider.testing.InProcessEngine;
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.InProcessRpc;
import com.pulumi.securityir.provider.testing.MutableClock;
import com.pulumi.securityir.provider.testing.Values;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ReadResponse;

/**
 * {@code securityir:index:Case} through the in-process engine over the in-memory service: create,
 * update of every kind of field, status walk, resolver escalation, refusals, partial failure and
 * resume, refresh with drift, import, delete. Expected calls come from the API's operations (one
 * UpdateCase per update, tags by TagResource/UntagResource), not from the handler.
 */
class CaseLifecycleTest {

  private static final String TYPE = CaseResource.TOKEN;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final InMemoryGateway gateway = new InMemoryGateway(clock);
  private final InMemoryCaseDetails details = gateway.details();
  private final ExecutorService readers = Executors.newFixedThreadPool(2);
  private final InProcessEngine engine =
      new InProcessEngine(gateway.factory(readers, clock), clock);

  @AfterEach
  void stop() {
    readers.shutdownNow();
  }

  private Session session() {
    Session session = engine.open();
    session.handshake();
    assertEquals(List.of(), session.configure(Map.of("region", "us-east-1")));
    return session;
  }

  private static Map<String, Object> drill() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("title", "Tabletop: leaked access key");
    inputs.put("description", "Quarterly drill, no real impact.");
    inputs.put("engagementType", "Investigation");
    inputs.put("reportedIncidentStartDate", "2026-03-01T10:30:00+01:00");
    inputs.put("impactedAccounts", List.of("123456789012"));
    inputs.put(
        "watchers", List.of(Map.of("email", "soc@example.com", "name", "SOC", "jobTitle", "Lead")));
    inputs.put("impactedServices", List.of("Amazon EC2"));
    inputs.put("resolverType", "Self");
    inputs.put("tags", Map.of("purpose", "drill"));
    return inputs;
  }

  private static Map<String, Object> with(Map<String, Object> inputs, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(inputs);
    changed.put(key, value);
    return changed;
  }

  private static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  private State created(Map<String, Object> inputs) {
    return done(session().up(TYPE, "drill", Values.struct(inputs), Optional.empty()));
  }

  private static CaseId id(State state) {
    return new CaseId(state.id());
  }

  private List<String> calls() {
    return gateway.calls().stream().map(InMemoryGateway.Call::operation).toList();
  }

  @Test
  void createMakesOneCaseWithTheDeclaredMembersAndKeepsTheSensitiveOnesSecret() {
    State state = created(drill());

    CaseId id = id(state);
    assertEquals(List.of("CreateCase", "GetCase", "ListTagsForResource"), calls());
    CaseFields fields = details.fieldsOf(id);
    assertEquals("Tabletop: leaked access key", fields.title());
    assertEquals(Instant.parse("2026-03-01T09:30:00Z"), fields.reportedIncidentStartDate());
    assertEquals(
        List.of(new Watcher("soc@example.com", Optional.of("SOC"), Optional.of("Lead"))),
        fields.watchers());
    assertEquals(Map.of("purpose", "drill"), details.tagsOf(id));
    assertEquals(LifecycleStatus.SUBMITTED, gateway.statusOf(id));
    for (String secret : List.of("title", "description", "watchers", "threatActorIpAddresses")) {
      assertTrue(Values.isSecret(state.outputs(), secret), secret + " must be a secret output");
    }
    assertTrue(Values.isSecret(state.inputs(), "title"), "a sensitive input is recorded as secret");
    assertEquals(Optional.of(id.value()), Values.text(state.outputs(), "caseId"));
    assertEquals(Optional.of("Submitted"), Values.text(state.outputs(), "status"));
    assertEquals(Optional.of(true), Values.bool(state.outputs(), "closeOnDelete"));
  }

  @Test
  void anUpWithNothingChangedMakesNoMutatingCallAndReadsTheCaseOnce() {
    State state = created(drill());
    int before = gateway.callCount();

    Step step = session().up(TYPE, "drill", Values.struct(drill()), Optional.of(state));

    assertFalse(assertInstanceOf(Step.Done.class, step).changed());
    assertEquals(
        List.of("GetCase", "ListTagsForResource"), calls().subList(before, gateway.callCount()));
  }

  @Test
  void everyKindOfFieldChangesWithOneUpdateCaseAndTagsWithTagAndUntag() {
    State state = created(drill());
    Map<String, Object> changed = with(drill(), "title", "Tabletop: leaked key (round 2)");
    changed.put("reportedIncidentStartDate", "2026-03-01T08:00:00Z");
    changed.put("actualIncidentStartDate", "2026-02-28T22:00:00Z");
    changed.put("impactedAccounts", List.of("123456789012", "210987654321"));
    changed.put("watchers", List.of(Map.of("email", "ir@example.com")));
    changed.put(
        "threatActorIpAddresses", List.of(Map.of("ipAddress", "203.0.113.7", "userAgent", "curl")));
    changed.put("impactedServices", List.of());
    changed.put("impactedAwsRegions", List.of(Map.of("region", "eu-west-1")));
    changed.put("tags", Map.of("purpose", "drill-2", "team", "soc"));
    int before = gateway.callCount();

    Step step = session().up(TYPE, "drill", Values.struct(changed), Optional.of(state));

    State after = done(step);
    Step.Done diffed = (Step.Done) step;
    assertEquals(
        List.of(
            "title",
            "reportedIncidentStartDate",
            "actualIncidentStartDate",
            "impactedAccounts",
            "watchers",
            "threatActorIpAddresses",
            "impactedServices",
            "impactedAwsRegions",
            "tags"),
        diffed.diff().orElseThrow().getDiffsList());
    assertTrue(
        diffed.diff().orElseThrow().getDetailedDiffMap().values().stream()
            .allMatch(d -> d.getKind() == PropertyDiff.Kind.UPDATE),
        "no change replaces a case");
    assertEquals(
        List.of("GetCase", "ListTagsForResource", "UpdateCase", "TagResource"),
        calls().subList(before, gateway.callCount()));
    CaseFields fields = details.fieldsOf(id(after));
    assertEquals(List.of("123456789012", "210987654321"), fields.impactedAccounts());
    assertEquals(
        List.of("ir@example.com"), fields.watchers().stream().map(Watcher::email).toList());
    assertEquals(Optional.of(List.of()), fields.impactedServices());
    assertEquals(
        Optional.of(Instant.parse("2026-02-28T22:00:00Z")), fields.actualIncidentStartDate());
    assertEquals(Map.of("purpose", "drill-2", "team", "soc"), details.tagsOf(id(after)));

    int settled = gateway.callCount();
    Step again = session().up(TYPE, "drill", Values.struct(changed), Optional.of(after));
    assertFalse(((Step.Done) again).changed(), "the next up finds nothing to do");
    assertEquals(
        List.of("GetCase", "ListTagsForResource"), calls().subList(settled, gateway.callCount()));
  }

  @Test
  void aRemovedTagIsUntaggedAndUndeclaredTagsAreLeftAlone() {
    State state = created(drill());
    State removed =
        done(
            session()
                .up(
                    TYPE,
                    "drill",
                    Values.struct(with(drill(), "tags", Map.of())),
                    Optional.of(state)));
    assertEquals(Map.of(), details.tagsOf(id(removed)));
    assertTrue(calls().contains("UntagResource"));

    Map<String, Object> unmanaged = new LinkedHashMap<>(drill());
    unmanaged.remove("tags");
    details.tagsOf(id(removed));
    int before = gateway.callCount();
    assertFalse(
        ((Step.Done) session().up(TYPE, "drill", Values.struct(unmanaged), Optional.of(removed)))
            .changed());
    assertEquals(2, gateway.callCount() - before, "only the reads");
  }

  @Test
  void aDeclaredStatusIsWalkedByThePlannerAndRecordedAsOneComment() {
    State state = created(with(drill(), "status", "Post-incident Activities"));

    CaseId id = id(state);
    assertEquals(List.of("UpdateCaseStatus", "UpdateCaseStatus"), gateway.mutations(id));
    assertEquals(
        1, gateway.comments(id).size(), "the walk is recorded once, as CaseStatus records it");
    assertEquals(Optional.of("Post-incident Activities"), Values.text(state.outputs(), "status"));
  }

  @Test
  void anUnreachableStatusIsRefusedInPreviewBeforeAnyCaseIsMade() {
    Step step =
        session()
            .preview(
                TYPE,
                "drill",
                Values.struct(
                    with(with(drill(), "resolverType", "AWS"), "status", "Detection and Analysis")),
                Optional.empty());

    Step.Failed failed = assertInstanceOf(Step.Failed.class, step);
    assertEquals("Create", failed.rpc());
    assertEquals(0, details.casesCreated());
  }

  @Test
  void escalationSelfToAwsIsFlaggedOneWayInPreviewAndMadeWithUpdateResolverType() {
    State state = created(drill());
    Struct aws = Values.struct(with(drill(), "resolverType", "AWS"));

    Step preview = session().preview(TYPE, "drill", aws, Optional.of(state));
    assertTrue(
        preview.messages().stream().anyMatch(m -> m.contains("Self -> AWS is one-way")),
        preview.messages().toString());
    assertEquals(ResolverType.SELF, gateway.snapshot(id(state)).resolverType());

    State escalated = done(session().up(TYPE, "drill", aws, Optional.of(state)));
    assertEquals(ResolverType.AWS, gateway.snapshot(id(state)).resolverType());
    assertEquals(Optional.of("AWS"), Values.text(escalated.outputs(), "resolverType"));
    assertTrue(calls().contains("UpdateResolverType"));
  }

  @Test
  void awsBackToSelfIsRefusedInPreviewWithTheReason() {
    State state = created(with(drill(), "resolverType", "AWS"));

    Step step = session().preview(TYPE, "drill", Values.struct(drill()), Optional.of(state));

    Step.Failed failed = assertInstanceOf(Step.Failed.class, step);
    assertEquals("Diff", failed.rpc());
    assertTrue(
        failed.status().getDescription().contains("one-way"), failed.status().getDescription());
  }

  @Test
  void aStopPartWayReportsWhatWasAppliedAndTheNextUpRepeatsNothing() {
    State state = created(drill());
    CaseId id = id(state);
    gateway.fail(id, "TagResource", 1, Kind.ACCESS_DENIED);
    Map<String, Object> changed =
        with(with(drill(), "title", "Renamed drill"), "tags", Map.of("purpose", "x"));

    Step step = session().up(TYPE, "drill", Values.struct(changed), Optional.of(state));

    Step.Partial partial = assertInstanceOf(Step.Partial.class, step);
    String reason = String.join(" ", partial.detail().getReasonsList());
    assertTrue(reason.contains("applied UpdateCase (title)"), reason);
    assertTrue(reason.contains("run the update again"), reason);
    assertFalse(reason.contains("Renamed drill"), "no secret in the reason");
    assertEquals("Renamed drill", details.fieldsOf(id).title());

    int before = gateway.callCount();
    State resumed =
        done(session().up(TYPE, "drill", Values.struct(changed), Optional.of(partial.state())));
    assertEquals(
        List.of("GetCase", "ListTagsForResource", "TagResource"),
        calls().subList(before, gateway.callCount()),
        "only the tags are left; the title is not sent again");
    assertEquals(Map.of("purpose", "x"), details.tagsOf(id(resumed)));
  }

  @Test
  void refreshReportsDriftAndTheNextUpPutsTheDeclaredMembersBack() {
    State state = created(drill());
    CaseId id = id(state);
    CaseFields live = details.fieldsOf(id);
    details.editBySomeoneElse(
        id,
        new CaseFields(
            "Renamed in the console",
            live.description(),
            live.engagementType(),
            live.reportedIncidentStartDate(),
            live.actualIncidentStartDate(),
            live.impactedAccounts(),
            live.watchers(),
            live.threatActorIpAddresses(),
            live.impactedServices(),
            live.impactedAwsRegions()));

    ReadResponse read = session().refresh(state).orElseThrow();
    assertEquals(Optional.of("Renamed in the console"), Values.text(read.getProperties(), "title"));
    State refreshed =
        new State(TYPE, "drill", read.getId(), state.inputs(), read.getProperties(), List.of());

    Step step = session().up(TYPE, "drill", Values.struct(drill()), Optional.of(refreshed));
    assertEquals(List.of("title"), ((Step.Done) step).diff().orElseThrow().getDiffsList());
    assertEquals("Tabletop: leaked access key", details.fieldsOf(id).title());
  }

  @Test
  void importYieldsInputsThatPreviewWithNoChanges() {
    CaseId id = id(created(drill()));

    InProcessRpc.Answer<ReadResponse> imported =
        session().importResource(TYPE, "imported", id.value());
    ReadResponse read = imported.orElseThrow();
    assertEquals(id.value(), read.getId());
    assertEquals(Optional.of(false), Values.bool(read.getInputs(), "closeOnDelete"));
    State state =
        new State(
            TYPE, "imported", read.getId(), read.getInputs(), read.getProperties(), List.of());

    Step preview = session().preview(TYPE, "imported", read.getInputs(), Optional.of(state));
    assertFalse(assertInstanceOf(Step.Done.class, preview).changed(), preview.toString());
  }

  @Test
  void deleteClosesTheCaseItCreatedAndLeavesItOpenWithCloseOnDeleteFalse() {
    State closing = created(drill());
    assertTrue(session().destroy(closing).value().isPresent());
    assertEquals(LifecycleStatus.CLOSED, gateway.statusOf(id(closing)));

    State kept =
        done(
            session()
                .up(
                    TYPE,
                    "kept",
                    Values.struct(with(drill(), "closeOnDelete", false)),
                    Optional.empty()));
    Session destroy = session();
    assertTrue(destroy.destroy(kept).value().isPresent());
    assertEquals(LifecycleStatus.SUBMITTED, gateway.statusOf(id(kept)));
    assertTrue(
        destroy.log().entries().stream().anyMatch(e -> e.message().contains("left open")),
        destroy.log().entries().toString());
  }

  @Test
  void aCreateWhoseAnswerWasLostIsRetriedWithTheSameTokenAndMakesOneCase() {
    details.loseNextCreateAnswer();
    ByteString seed = InProcessEngine.seedOf("drill");

    Step lost = session().up(TYPE, "drill", Values.struct(drill()), Optional.empty(), seed);
    assertInstanceOf(Step.Failed.class, lost);
    State retried =
        done(session().up(TYPE, "drill", Values.struct(drill()), Optional.empty(), seed));

    assertEquals(1, details.casesCreated(), "the retry replays the first create");
    assertEquals(LifecycleStatus.SUBMITTED, gateway.statusOf(id(retried)));

    assertTrue(session().destroy(retried).value().isPresent());
    State again =
        done(
            session()
                .up(
                    TYPE,
                    "drill",
                    Values.struct(drill()),
                    Optional.empty(),
                    ByteString.copyFromUtf8("a new seed")));
    assertEquals(2, details.casesCreated(), "a new resource of the same name is a new case");
    assertFalse(again.id().equals(retried.id()));
  }

  @Test
  void checkNamesEachBadPropertyFromTheModelsRulesAndQuotesNoSecret() {
    Map<String, Object> bad = with(drill(), "title", "");
    bad.put("impactedAccounts", List.of("12345"));
    bad.put("watchers", List.of(Map.of("email", "not-an-address-SECRETQ")));
    bad.put("engagementType", "Drill");
    bad.put("reportedIncidentStartDate", "yesterday");
    bad.put("impactedAwsRegions", List.of(Map.of("region", "mars-1")));

    Step step = session().up(TYPE, "drill", Values.struct(bad), Optional.empty());

    List<String> problems =
        assertInstanceOf(Step.CheckFailed.class, step).failures().stream()
            .map(f -> f.getProperty() + ": " + f.getReason())
            .toList();
    assertEquals(6, problems.size(), problems.toString());
    assertTrue(
        problems.contains("title: title must be 1 to 300 characters long, got 0"),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith(
                        "impactedAccounts: impactedAccounts[0] must be exactly 12 characters")));
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("watchers: watchers[0].email must match")));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith(
                        "engagementType: engagementType 'Drill' must be one of 'Security Incident', 'Investigation'")));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith(
                        "reportedIncidentStartDate: reportedIncidentStartDate must be an RFC 3339")));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith(
                        "impactedAwsRegions: impactedAwsRegions[0].region 'mars-1' must be one of 36 values")));
    assertTrue(problems.stream().noneMatch(p -> p.contains("SECRETQ")));
    assertEquals(0, gateway.callCount());
  }
}
