package com.pulumi.securityir.reliability;

import static com.pulumi.securityir.provider.harness.EngineHarness.secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.provider.harness.EmulatorProcess;
import com.pulumi.securityir.provider.harness.EmulatorProcess.Call;
import com.pulumi.securityir.provider.harness.EngineHarness;
import com.pulumi.securityir.provider.harness.EngineSession;
import com.pulumi.securityir.provider.harness.EngineSession.State;
import com.pulumi.securityir.provider.harness.EngineSession.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The plugin is SIGKILLed between two steps of a walk; the engine, as after any crashed update,
 * still holds the resource at its old outputs. The next run, a fresh plugin, resumes from the live
 * status: exactly the remaining step, nothing repeated, nothing rejected, and the one comment that
 * records it.
 */
class CrashIT {

  private static final String DA = LifecycleOracle.DA;
  private static final String CER = LifecycleOracle.CER;

  @Test
  void pluginKilledBetweenStepsResumesFromLiveStatusWithoutRepeatingAStep() throws Exception {
    try (EmulatorProcess emulator = EmulatorProcess.start()) {
      String caseId = emulator.seed("crash drill", LifecycleOracle.SUBMITTED, "Self");
      Map<String, Object> declared = Map.of("caseId", caseId, "status", CER);
      State old =
          assertInstanceOf(
                  Step.Done.class,
                  operation(
                      emulator,
                      s ->
                          s.up(
                              "crash",
                              Map.of("caseId", caseId, "status", LifecycleOracle.SUBMITTED),
                              Optional.empty())))
              .state();
      emulator.clearCalls();
      emulator.fault(Map.of("operation", "UpdateCaseStatus", "caseId", caseId, "latencyMs", 300));

      try (EngineHarness harness = EngineHarness.launch()) {
        EngineSession session = configured(harness, emulator);
        harness.holdLogsMatching(m -> m.contains("applied step 1/2"));
        CompletableFuture<Step> crashed =
            CompletableFuture.supplyAsync(() -> session.up("crash", declared, Optional.of(old)));
        boolean firstStepAnswered = false;
        for (int i = 0; i < 600 && !firstStepAnswered; i++) {
          firstStepAnswered =
              emulator.callsFor(caseId).stream()
                  .anyMatch(c -> c.operation().equals("UpdateCaseStatus") && c.status() == 201);
          if (!firstStepAnswered) {
            Thread.sleep(20);
          }
        }
        assertTrue(firstStepAnswered, "the first UpdateCaseStatus was never answered");
        assertTrue(harness.awaitHeld(30), "the plugin never reported the first step");
        harness.kill();
        Step step = crashed.get(60, TimeUnit.SECONDS);
        assertInstanceOf(Step.Failed.class, step, "a killed plugin answers nothing");
      }
      List<Call> firstRun = emulator.callsFor(caseId);
      assertEquals(
          List.of(new Call("GetCase", caseId, 200), new Call("UpdateCaseStatus", caseId, 201)),
          firstRun);

      emulator.clearFaults();
      emulator.clearCalls();
      State resumed =
          assertInstanceOf(
                  Step.Done.class,
                  operation(emulator, s -> s.up("crash", declared, Optional.of(old))))
              .state();
      assertEquals(CER, resumed.status());
      List<Call> secondRun = emulator.callsFor(caseId);
      assertEquals(
          List.of(
              new Call("GetCase", caseId, 200),
              new Call("UpdateCaseStatus", caseId, 201),
              new Call("CreateCaseComment", caseId, 201)),
          secondRun,
          "exactly the remaining step ("
              + DA
              + " -> "
              + CER
              + "), no repeat, no rejected call, then the one comment recording it");
      var transitions =
          resumed.outputs().getFieldsOrThrow("lastTransitions").getListValue().getValuesList();
      assertEquals(1, transitions.size());
      assertEquals(
          DA, transitions.get(0).getStructValue().getFieldsOrThrow("from").getStringValue());
    }
  }

  private static Step operation(
      EmulatorProcess emulator, java.util.function.Function<EngineSession, Step> body)
      throws Exception {
    try (EngineHarness harness = EngineHarness.launch()) {
      return body.apply(configured(harness, emulator));
    }
  }

  private static EngineSession configured(EngineHarness harness, EmulatorProcess emulator) {
    EngineSession session = new EngineSession(harness);
    session.handshake();
    assertEquals(
        List.of(),
        session.configure(
            Map.of(
                "region",
                "us-east-1",
                "endpoint",
                emulator.endpoint().toString(),
                "accessKey",
                "AKIDCRASH00000000000",
                "secretKey",
                secret("crash-secret"),
                "maxRetries",
                0)));
    return session;
  }
}
