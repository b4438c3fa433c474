package com.pulumi.securityir.provider.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.testing.Values;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pulumirpc.Provider.ErrorResourceInitFailed;

class FailureStatusTest {

  /**
   * The table, kind by kind ({@code UNEXPECTED_RESPONSE}, which it does not name, is
   * UNKNOWN: whether the call took effect is not known).
   */
  static Stream<Arguments> serviceFailures() {
    return Stream.of(
        Arguments.of(Kind.CASE_NOT_FOUND, Status.Code.NOT_FOUND),
        Arguments.of(Kind.INVALID_REQUEST, Status.Code.INVALID_ARGUMENT),
        Arguments.of(Kind.ACCESS_DENIED, Status.Code.PERMISSION_DENIED),
        Arguments.of(Kind.CREDENTIALS_EXPIRED, Status.Code.UNAUTHENTICATED),
        Arguments.of(Kind.THROTTLED, Status.Code.RESOURCE_EXHAUSTED),
        Arguments.of(Kind.QUOTA_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED),
        Arguments.of(Kind.SERVICE_ERROR, Status.Code.UNAVAILABLE),
        Arguments.of(Kind.UNREACHABLE, Status.Code.UNAVAILABLE),
        Arguments.of(Kind.CONFLICT, Status.Code.FAILED_PRECONDITION),
        Arguments.of(Kind.NOT_ACTIVE, Status.Code.FAILED_PRECONDITION),
        Arguments.of(Kind.UNEXPECTED_RESPONSE, Status.Code.UNKNOWN));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("serviceFailures")
  void aServiceFailureThatChangedNothingGetsTheCodeOfItsKind(Kind kind, Status.Code expected) {
    StatusRuntimeException error =
        FailureStatus.of(new Failure.Service(kind, "GetCase failed for case 8403556009."));
    assertEquals(expected, error.getStatus().getCode());
    assertEquals("GetCase failed for case 8403556009.", error.getStatus().getDescription());
  }

  @Test
  void theTableCoversEveryKind() {
    Set<Kind> covered = EnumSet.noneOf(Kind.class);
    serviceFailures().forEach(a -> covered.add((Kind) a.get()[0]));
    assertEquals(EnumSet.allOf(Kind.class), covered);
  }

  static Stream<Arguments> providerFailures() {
    return Stream.of(
        Arguments.of(new Failure.Refused("cannot move case"), Status.Code.FAILED_PRECONDITION),
        Arguments.of(new Failure.NotReady("not configured yet"), Status.Code.FAILED_PRECONDITION),
        Arguments.of(new Failure.BadRequest("not a case id"), Status.Code.INVALID_ARGUMENT),
        Arguments.of(new Failure.Cancelled("cancelled"), Status.Code.CANCELLED),
        Arguments.of(new Failure.TimedOut("deadline passed"), Status.Code.DEADLINE_EXCEEDED),
        Arguments.of(new Failure.Contended("moved 4 times"), Status.Code.ABORTED));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("providerFailures")
  void theProvidersOwnFailuresGetTheirCodes(Failure failure, Status.Code expected) {
    StatusRuntimeException error = FailureStatus.of(failure);
    assertEquals(expected, error.getStatus().getCode());
    assertEquals(failure.description(), error.getStatus().getDescription());
  }

  @Test
  void partialProgressIsAnInitFailureCarryingTheReachedState() throws Exception {
    Struct reached = Values.struct(Map.of("status", "Detection and Analysis"));
    StatusRuntimeException error =
        FailureStatus.partial("8403556009", reached, "case 8403556009: stopped", true);
    com.google.rpc.Status status = StatusProto.fromThrowable(error);
    assertEquals(Status.Code.UNKNOWN.value(), status.getCode());
    assertEquals(1, status.getDetailsCount());
    ErrorResourceInitFailed detail = status.getDetails(0).unpack(ErrorResourceInitFailed.class);
    assertEquals("8403556009", detail.getId());
    assertEquals(reached, detail.getProperties());
    assertEquals("case 8403556009: stopped", detail.getReasons(0));
    assertTrue(detail.getRefreshBeforeUpdate());
  }
}
