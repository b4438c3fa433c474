package com.pulumi.securityir.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.provider.config.ServicesFactory;
import com.pulumi.securityir.provider.server.ProviderServer;
import com.pulumi.securityir.provider.testing.CapturingObserver;
import com.pulumi.securityir.provider.testing.RecordingEngineLog;
import com.pulumi.securityir.provider.testing.Values;
import io.grpc.Status;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;

class ProviderServicesFailureTest {

  @Test
  void aGatewayThatCannotBeBuiltIsReportedWithItsReasonNotAsAnInternalError() {
    ServicesFactory refusing =
        configuration ->
            Parsed.failure("the securityir provider cannot reach AWS: region '(not set)'");
    ProviderServer provider =
        ProviderAssembly.server(refusing, new RecordingEngineLog(), Clock.systemUTC(), () -> {});
    CapturingObserver<ConfigureResponse> configured = new CapturingObserver<>();
    provider.configure(
        ConfigureRequest.newBuilder().setArgs(Struct.getDefaultInstance()).build(), configured);
    configured.await().value().orElseThrow();

    Struct state = Values.struct(Map.of("caseId", "8403556009", "status", "Submitted"));
    CapturingObserver<DiffResponse> diff = new CapturingObserver<>();
    provider.diff(
        DiffRequest.newBuilder()
            .setId("8403556009")
            .setUrn("urn:pulumi:dev::cases::securityir:index:CaseStatus::c")
            .setOlds(state)
            .setNews(state)
            .build(),
        diff);
    Status status = diff.await().status().orElseThrow();
    assertEquals(Status.Code.FAILED_PRECONDITION, status.getCode(), status::toString);
    assertTrue(status.getDescription().contains("region"), status::toString);
  }
}
