package com.pulumi.securityir.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;

class ProviderServicesFailureTest {

  @Test
  void aGatewayThatCannotBeBuiltIsReportedWithItsReasonNotAsAnInternalError() {
    ProviderServices.Factory refusing =
        configuration -> {
          throw Status.FAILED_PRECONDITION
              .withDescription("the securityir provider cannot reach AWS: region '(not set)'")
              .asRuntimeException();
        };
    CaseStatusProvider provider =
        new CaseStatusProvider(refusing, EngineLog.toStderr(), Clock.systemUTC(), () -> {});
    CapturingObserver<ConfigureResponse> configured = new CapturingObserver<>();
    provider.configure(
        ConfigureRequest.newBuilder().setArgs(Struct.getDefaultInstance()).build(), configured);
    configured.await().value().orElseThrow();

    Struct state =
        Struct.newBuilder()
            .putFields("caseId", string("8403556009"))
            .putFields("status", string("Submitted"))
            .build();
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

  private static Value string(String text) {
    return Value.newBuilder().setStringValue(text).build();
  }
}
