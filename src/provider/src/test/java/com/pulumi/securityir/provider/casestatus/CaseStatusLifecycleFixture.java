package com.pulumi.securityir.provider.casestatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.resource.CaseStatusResource;
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

/**
 * What the {@code CaseStatus} lifecycle tests share: the in-memory case service, a clock the test
 * moves, and the in-process engine over them. Each {@link #session()} is a fresh provider, as each
 * engine operation launches a fresh plugin; a test holds the engine's state between them.
 */
abstract class CaseStatusLifecycleFixture {

  static final String TYPE = CaseStatusResource.TOKEN;
  static final String SUBMITTED = "Submitted";
  static final String DA = "Detection and Analysis";
  static final String CER = "Containment, Eradication and Recovery";
  static final String PIA = "Post-incident Activities";

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  final InMemoryGateway gateway = new InMemoryGateway(clock);
  final ExecutorService readers = Executors.newFixedThreadPool(4);
  final InProcessEngine engine = new InProcessEngine(gateway.factory(readers, clock), clock);

  @AfterEach
  void stopReaders() {
    readers.shutdownNow();
  }

  Session session() {
    Session session = engine.open();
    session.handshake();
    assertEquals(List.of(), session.configure(Map.of("region", "us-east-1")));
    return session;
  }

  static Struct declared(CaseId id, String status) {
    return Values.struct(Map.of("caseId", id.value(), "status", status));
  }

  static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  static String status(State state) {
    return Values.text(state.outputs(), "status").orElseThrow();
  }

  static List<Value> transitions(Struct outputs) {
    return outputs.getFieldsOrThrow("lastTransitions").getListValue().getValuesList();
  }

  /**
   * The init error of an up from Submitted to Post-incident Activities whose second
   * UpdateCaseStatus was denied (access denied): where it stopped and how to resume.
   */
  static String deniedAtTheSecondStepToPia(CaseId id) {
    return "case "
        + id
        + ": security-ir:UpdateCaseStatus failed for case "
        + id
        + " (ACCESS_DENIED). The case is in '"
        + DA
        + "' after 1 step; remaining: "
        + DA
        + " -> "
        + PIA
        + " (UpdateCaseStatus). Run the update again to resume from the case's live"
        + " status.";
  }

  State created(CaseId id, String status) {
    return done(session().up(TYPE, "c", declared(id, status), Optional.empty()));
  }
}
