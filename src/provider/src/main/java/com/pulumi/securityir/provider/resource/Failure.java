package com.pulumi.securityir.provider.resource;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.reconcile.StopCause;
import java.util.Objects;

/**
 * Why an operation changed nothing. Each kind of failure becomes its own gRPC status code at the
 * server; every description is written to be shown to the person running Pulumi (no secrets, no
 * stack traces, no class names).
 */
public sealed interface Failure {

  /** One or more sentences for the person running Pulumi. */
  String description();

  /** A call to the service failed, in the way {@code kind} says. */
  record Service(CaseGatewayException.Kind kind, String description) implements Failure {
    public Service {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
    }
  }

  /** The declared state cannot be reached from the live one (e.g. a closed case reopened). */
  record Refused(String description) implements Failure {
    public Refused {
      Objects.requireNonNull(description, "description");
    }
  }

  /** The request cannot be served as sent (a malformed id, an unknown type, unknown inputs). */
  record BadRequest(String description) implements Failure {
    public BadRequest {
      Objects.requireNonNull(description, "description");
    }
  }

  /** The provider cannot serve it yet, or with this configuration. */
  record NotReady(String description) implements Failure {
    public NotReady {
      Objects.requireNonNull(description, "description");
    }
  }

  /** The engine cancelled the operation before anything changed. */
  record Cancelled(String description) implements Failure {
    public Cancelled {
      Objects.requireNonNull(description, "description");
    }
  }

  /** The operation's timeout passed before anything changed. */
  record TimedOut(String description) implements Failure {
    public TimedOut {
      Objects.requireNonNull(description, "description");
    }
  }

  /** Someone else kept changing the object meanwhile; trying again later may succeed. */
  record Contended(String description) implements Failure {
    public Contended {
      Objects.requireNonNull(description, "description");
    }
  }

  /** A gateway failure, with the gateway's message (written to be shown). */
  static Failure of(CaseGatewayException error) {
    return new Service(error.kind(), error.getMessage());
  }

  /** The failure of a walk that stopped for {@code cause}, described as {@code description}. */
  static Failure stopped(StopCause cause, String description) {
    if (cause instanceof StopCause.GatewayFailure gateway) {
      return new Service(gateway.error().kind(), description);
    }
    if (cause instanceof StopCause.Cancelled) {
      return new Cancelled(description);
    }
    if (cause instanceof StopCause.DeadlineExceeded) {
      return new TimedOut(description);
    }
    if (cause instanceof StopCause.ReplanLimitReached) {
      return new Contended(description);
    }
    if (cause instanceof StopCause.RefusedAfterConcurrentChange) {
      return new Refused(description);
    }
    throw new IllegalArgumentException("unknown stop cause " + cause.getClass().getSimpleName());
  }
}
