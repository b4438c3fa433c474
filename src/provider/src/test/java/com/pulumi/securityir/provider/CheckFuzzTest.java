package com.pulumi.securityir.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.provider.config.ProviderConfiguration;
import com.pulumi.securityir.provider.server.ProviderServer;
import com.pulumi.securityir.provider.testing.CapturingObserver;
import com.pulumi.securityir.provider.testing.InMemoryGateway;
import com.pulumi.securityir.provider.testing.RecordingEngineLog;
import com.pulumi.securityir.testing.Generated;
import io.grpc.Status;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;

/**
 * Check and CheckConfig of the real provider server, in-process, over an in-memory gateway, fed
 * 10,000 generated property bags each. Whatever arrives, the provider answers (never INTERNAL,
 * never hangs), every failure names a property, no secret canary appears in a failure or outside a
 * secret envelope of the answer, and bad input never reaches the service.
 */
class CheckFuzzTest {

  private static final String URN = "urn:pulumi:dev::cases::securityir:index:CaseStatus::fuzz";
  private static ExecutorService readers;
  private static ExecutorService caller;
  private static InMemoryGateway gateway;
  private static ProviderServer provider;

  @BeforeAll
  static void startProvider() {
    // Background reads run inline, so every call Check starts is counted before it answers.
    readers = new InlineExecutorService();
    caller = Executors.newSingleThreadExecutor();
    gateway = new InMemoryGateway();
    provider =
        ProviderAssembly.server(
            gateway.factory(readers, Clock.systemUTC()),
            new RecordingEngineLog(),
            Clock.systemUTC(),
            () -> {});
    CapturingObserver<pulumirpc.Provider.ConfigureResponse> configured = new CapturingObserver<>();
    provider.configure(
        ConfigureRequest.newBuilder()
            .setArgs(
                Struct.newBuilder()
                    .putFields("region", Value.newBuilder().setStringValue("us-east-1").build()))
            .build(),
        configured);
    configured.await().value().orElseThrow();
  }

  @AfterAll
  static void stopProvider() {
    readers.shutdownNow();
    caller.shutdownNow();
  }

  @Test
  void checkAnswersEveryInputWithNamedFailuresAndNoSecretsOrCalls() {
    Generated.check(
        10_000, random -> FuzzValues.input(random, FuzzValues.RESOURCE_KEYS), this::checkResource);
  }

  @Test
  void checkConfigAnswersEveryInputWithNamedFailuresAndNoSecrets() {
    Generated.check(
        10_000, random -> FuzzValues.input(random, ProviderConfiguration.KEYS), this::checkConfig);
  }

  private void checkResource(FuzzValues.Input input) {
    CheckRequest request =
        CheckRequest.newBuilder()
            .setUrn(URN)
            .setName("fuzz")
            .setType(CaseStatusResource.TOKEN)
            .setOlds(Struct.getDefaultInstance())
            .setNews(input.news())
            .build();
    CheckResponse answer = call(provider::check, request);
    assertFailuresAreNamedAndSecretFree(answer, input, CaseStatusResource.DESCRIPTOR.inputNames());
    if (answer.getFailuresCount() > 0) {
      // Only valid inputs may start the background read of the case.
      assertEquals(callsBefore, gateway.callCount(), "bad input reached the service");
    }
  }

  private void checkConfig(FuzzValues.Input input) {
    CheckRequest request =
        CheckRequest.newBuilder()
            .setUrn("urn:pulumi:dev::cases::pulumi:providers:securityir::default")
            .setOlds(Struct.getDefaultInstance())
            .setNews(input.news())
            .build();
    CheckResponse answer = call(provider::checkConfig, request);
    assertFailuresAreNamedAndSecretFree(answer, input, ProviderConfiguration.KEYS);
    assertEquals(callsBefore, gateway.callCount(), "CheckConfig must never call the service");
  }

  private int callsBefore;

  private CheckResponse call(
      BiConsumer<CheckRequest, CapturingObserver<CheckResponse>> rpc, CheckRequest request) {
    callsBefore = gateway.callCount();
    CapturingObserver<CheckResponse> observer = new CapturingObserver<>();
    caller.submit(() -> rpc.accept(request, observer));
    observer.await();
    Status status = observer.status().orElse(Status.OK);
    assertEquals(Status.Code.OK, status.getCode(), () -> "Check must answer, not fail: " + status);
    return observer.value().orElseThrow();
  }

  private static void assertFailuresAreNamedAndSecretFree(
      CheckResponse answer, FuzzValues.Input input, List<String> knownKeys) {
    Set<String> named = new HashSet<>(input.news().getFieldsMap().keySet());
    named.addAll(knownKeys);
    for (CheckFailure failure : answer.getFailuresList()) {
      // The property is the key as sent; it is empty only when the key sent was the empty string.
      assertTrue(named.contains(failure.getProperty()), () -> "failure names no input: " + failure);
      assertFalse(failure.getReason().isBlank(), () -> "failure without a reason: " + failure);
      assertFalse(
          failure.getReason().contains(input.canary()),
          () -> "secret value in a failure: " + failure.getProperty() + ": " + failure.getReason());
      assertFalse(
          failure.getReason().contains("\n") || failure.getReason().contains("\r"),
          () -> "a failure must be one line: " + failure.getReason());
    }
    for (var field : answer.getInputs().getFieldsMap().entrySet()) {
      assertFalse(
          FuzzValues.leaksOutsideSecrets(field.getValue(), input.canary()),
          () -> "secret value unwrapped in the checked inputs: " + field.getKey());
    }
  }

  /** Runs each task on the submitting thread. */
  private static final class InlineExecutorService
      extends java.util.concurrent.AbstractExecutorService {
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable command) {
      command.run();
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
      return true;
    }
  }
}
