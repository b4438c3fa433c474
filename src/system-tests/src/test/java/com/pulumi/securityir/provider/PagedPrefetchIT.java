package com.pulumi.securityir.provider;

import static com.pulumi.securityir.provider.harness.EngineHarness.secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EmulatorProcess.Call;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.pulumi.securityir.provider.harness.EngineSession.State;
import com.pulumi.securityir.provider.harness.EngineSession.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.DiffResponse.DiffChanges;

/**
 * The plugin learns many cases from ListCases pages: driven in engine order (Check, then Diff or
 * Create, one resource at a time), each plugin process against an emulator that holds exactly the
 * declared cases, in the order they are declared. The expected call counts follow from the model's
 * page size (at most 25 items per ListCases page), not from the plugin's code.
 */
class PagedPrefetchIT {

  private static final int CASES = 30;
  private static final long PAGES = (CASES + 24) / 25;
  private static final String SUBMITTED = "Submitted";
  private static final String DA = "Detection and Analysis";
  private static final String CER = "Containment, Eradication and Recovery";
  private static final Set<String> MUTATING =
      Set.of("UpdateCaseStatus", "CloseCase", "CreateCaseComment");

  @Test
  void thirtyCasesCostOneGetCaseAndTwoPagesPerPluginProcessAndDriftIsStillSeen() throws Exception {
    try (EmulatorProcess emulator = EmulatorProcess.start()) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        ids.add(emulator.seed("paged " + i, SUBMITTED, "Self"));
      }
      List<State> states =
          operation(
              emulator,
              session -> {
                List<State> created = new ArrayList<>();
                for (int i = 0; i < CASES; i++) {
                  Step step = session.up("paged-" + i, inputs(ids.get(i), DA), Optional.empty());
                  created.add(assertInstanceOf(Step.Done.class, step, step::toString).state());
                }
                return created;
              });
      states.forEach(state -> assertEquals(DA, state.status()));
      assertReads(emulator.calls());
      assertEquals(CASES, count(emulator.calls(), "UpdateCaseStatus"));

      // Responders move every third case on; the unchanged declarations must show that drift.
      Set<String> moved = Set.of(ids.get(0), ids.get(9), ids.get(27));
      moved.forEach(id -> emulator.move(id, CER));
      emulator.clearCalls();
      List<DiffChanges> changes =
          operation(
              emulator,
              session -> {
                List<DiffChanges> seen = new ArrayList<>();
                for (int i = 0; i < CASES; i++) {
                  Step step =
                      session.preview(
                          "paged-" + i, inputs(ids.get(i), DA), Optional.of(states.get(i)));
                  Step.Done done = assertInstanceOf(Step.Done.class, step, step::toString);
                  seen.add(done.diff().orElseThrow().getChanges());
                }
                return seen;
              });
      for (int i = 0; i < CASES; i++) {
        DiffChanges expected =
            moved.contains(ids.get(i)) ? DiffChanges.DIFF_SOME : DiffChanges.DIFF_NONE;
        assertEquals(expected, changes.get(i), "case " + i);
      }
      assertReads(emulator.calls());
      assertEquals(
          List.of(),
          emulator.calls().stream().filter(c -> MUTATING.contains(c.operation())).toList(),
          "a preview changes nothing");
    }
  }

  /** One plugin process's reads: the first case by GetCase, the rest by the fewest pages. */
  private static void assertReads(List<Call> calls) {
    assertEquals(1, count(calls, "GetCase"), calls::toString);
    assertEquals(PAGES, count(calls, "ListCases"), calls::toString);
  }

  private static long count(List<Call> calls, String operation) {
    return calls.stream().filter(c -> c.operation().equals(operation)).count();
  }

  private static Map<String, Object> inputs(String caseId, String status) {
    return Map.of("caseId", caseId, "status", status, "comment", false);
  }

  private static <T> T operation(EmulatorProcess emulator, Body<T> body) throws Exception {
    try (EngineHarness harness = EngineHarness.launch()) {
      EngineSession session = new EngineSession(harness);
      session.handshake();
      assertEquals(
          List.of(),
          session.configure(
              Map.of(
                  "region", "us-east-1",
                  "endpoint", emulator.endpoint().toString(),
                  "accessKey", secret("AKIDPAGED00000000000"),
                  "secretKey", secret("paged-secret"),
                  "maxRetries", 0)));
      return body.run(session);
    }
  }

  @FunctionalInterface
  private interface Body<T> {
    T run(EngineSession session) throws Exception;
  }
}
