package com.pulumi.securityir.provider.casecomment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.resource.CaseCommentResource;
import com.pulumi.securityir.provider.testing.InMemoryGateway;
import com.pulumi.securityir.provider.testing.InProcessEngine;
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.MutableClock;
import com.pulumi.securityir.provider.testing.Values;
import java.time.Instant;
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
 * {@code securityir:index:CaseComment} through the in-process engine over the in-memory service:
 * one CreateCaseComment per comment (a repeated create with the same token adds none), a changed
 * body in place, a changed case replacing, Read through every ListComments page, import, and a
 * delete that leaves the comment and says so.
 */
class CaseCommentLifecycleTest {

  private static final String TYPE = CaseCommentResource.TOKEN;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final InMemoryGateway gateway = new InMemoryGateway(clock);
  private final ExecutorService readers = Executors.newFixedThreadPool(2);
  private final InProcessEngine engine =
      new InProcessEngine(gateway.factory(readers, clock), clock);
  private final CaseId caseId = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);

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

  private static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  private State added(CaseId on, String body) {
    return done(
        session()
            .up(
                TYPE,
                "note",
                Values.struct(Map.of("caseId", on.value(), "body", body)),
                Optional.empty()));
  }

  @Test
  void createAddsOneCommentWhoseIdIsTheCaseAndCommentIdAndWhoseBodyIsSecret() {
    State state = added(caseId, "Drill started.");

    assertEquals(List.of("Drill started."), gateway.comments(caseId));
    assertEquals(caseId.value() + "/000001", state.id());
    assertTrue(Values.isSecret(state.outputs(), "body"));
    assertTrue(Values.isSecret(state.inputs(), "body"), "the body is recorded as a secret input");
    assertEquals(Optional.of("000001"), Values.text(state.outputs(), "commentId"));
  }

  @Test
  void aCreateRepeatedWithTheSameSeedAddsNoSecondComment() {
    added(caseId, "Drill started.");
    added(caseId, "Drill started.");

    assertEquals(1, gateway.comments(caseId).size(), "the same client token replays the first");
  }

  @Test
  void aChangedBodyIsOneUpdateCaseCommentInPlace() {
    State state = added(caseId, "Drill started.");

    Step step =
        session()
            .up(
                TYPE,
                "note",
                Values.struct(Map.of("caseId", caseId.value(), "body", "Drill over.")),
                Optional.of(state));

    State updated = done(step);
    assertEquals(state.id(), updated.id());
    assertEquals(List.of("Drill over."), gateway.comments(caseId));
    assertEquals(
        List.of("CreateCaseComment", "UpdateCaseComment"),
        gateway.calls().stream().map(InMemoryGateway.Call::operation).toList());
  }

  @Test
  void aChangedCaseReplacesTheComment() {
    State state = added(caseId, "Drill started.");
    CaseId other = gateway.seed(LifecycleStatus.DETECTION_AND_ANALYSIS);

    Step step =
        session()
            .up(
                TYPE,
                "note",
                Values.struct(Map.of("caseId", other.value(), "body", "Drill started.")),
                Optional.of(state));

    Step.Done replaced = assertInstanceOf(Step.Done.class, step);
    assertEquals(
        PropertyDiff.Kind.UPDATE_REPLACE,
        replaced.diff().orElseThrow().getDetailedDiffMap().get("caseId").getKind());
    assertEquals(List.of("Drill started."), gateway.comments(other));
    assertTrue(replaced.state().id().startsWith(other.value() + "/"));
  }

  @Test
  void refreshFindsTheCommentOnALaterPageAndSeesItsEditedBody() {
    gateway.addComment(caseId, "first", "t1", Deadline.none());
    gateway.addComment(caseId, "second", "t2", Deadline.none());
    State state = added(caseId, "third");
    gateway.details().updateComment(caseId, "000003", "edited in the console", Deadline.none());

    ReadResponse read = session().refresh(state).orElseThrow();

    assertEquals(caseId.value() + "/000003", read.getId());
    assertEquals(Optional.of("edited in the console"), Values.text(read.getProperties(), "body"));
    assertTrue(Values.text(read.getProperties(), "createdDate").isPresent());
    assertEquals(
        2,
        gateway.calls().stream().filter(c -> c.operation().equals("ListComments")).count(),
        "two pages of two comments");
  }

  @Test
  void importTakesCaseIdSlashCommentIdAndReturnsTheInputs() {
    gateway.addComment(caseId, "written elsewhere", "t1", Deadline.none());

    ReadResponse read =
        session().importResource(TYPE, "imported", caseId.value() + "/000001").orElseThrow();

    assertEquals(Optional.of(caseId.value()), Values.text(read.getInputs(), "caseId"));
    assertEquals(Optional.of("written elsewhere"), Values.text(read.getInputs(), "body"));
    assertTrue(Values.isSecret(read.getInputs(), "body"));
  }

  @Test
  void aBadImportIdIsRefusedAndShowsTheForm() {
    var answer = session().importResource(TYPE, "imported", caseId.value());

    assertTrue(answer.status().orElseThrow().getDescription().contains("<caseId>/<commentId>"));
    assertEquals(0, gateway.callCount());
  }

  @Test
  void deleteLeavesTheCommentAndSaysSoOnTheRow() {
    State state = added(caseId, "Drill started.");
    Session destroy = session();

    assertTrue(destroy.destroy(state).value().isPresent());

    assertEquals(List.of("Drill started."), gateway.comments(caseId));
    assertTrue(
        destroy.log().entries().stream()
            .anyMatch(e -> e.message().contains("cannot delete comments")),
        destroy.log().entries().toString());
    assertFalse(destroy.log().entries().toString().contains("Drill started."));
  }
}
