package com.pulumi.securityir.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A fault to inject into matching API calls. Exactly one effect: an {@code error} (a modelled error
 * shape in exact wire form), {@code drop} (close the connection without answering) or {@code
 * latencyMs} (delay, then serve normally). Errors and drops fire either {@code times} times after
 * letting {@code after} matching calls through, or on a random {@code rate} fraction of matching
 * calls ({@code seed} makes it repeatable). Latency applies to every matching call until faults are
 * cleared.
 *
 * @param operation a model operation name, or {@code *} for all
 * @param caseId only calls about this case (path label, or the case of a tag ARN); {@code null} =
 *     any
 * @param error error shape name, e.g. {@code ThrottlingException}; {@code null} unless an error
 *     fault
 * @param drop close the connection without answering
 * @param latencyMs extra delay in milliseconds (0 = none); only for latency faults
 * @param times how many matching calls fail (≥1), or 0 when {@code rate} is used
 * @param after how many matching calls pass before the first failure (≥0)
 * @param rate fraction 0 &lt; rate ≤ 1 of matching calls that fail, or {@code null} when {@code
 *     times} is used
 * @param seed random seed for {@code rate}, or {@code null} for a random one
 * @param message message to send, or {@code null} for a default naming the fault
 * @param retryAfterSeconds {@code Retry-After} for ThrottlingException (default 1) /
 *     InternalServerException
 * @param landed with {@code drop}: the call takes effect first, and only its answer is lost, as
 *     when a connection breaks after the service acted; a client must learn the outcome by reading
 *     or by an idempotent retry
 * @param membershipId only calls about this membership (path label, or the membership of a tag
 *     ARN); {@code null} = any
 */
public record FaultSpec(
    String operation,
    String caseId,
    String error,
    boolean drop,
    long latencyMs,
    int times,
    int after,
    Double rate,
    Long seed,
    String message,
    Integer retryAfterSeconds,
    boolean landed,
    String membershipId) {

  /** Fails the next {@code times} calls of {@code operation} with {@code error}. */
  public static FaultSpec error(String operation, String error, int times) {
    return new FaultSpec(
        operation, null, error, false, 0, times, 0, null, null, null, null, false, null);
  }

  /**
   * Fails a fraction of calls of {@code operation} with {@code error}, repeatably for a given seed.
   */
  public static FaultSpec errorRate(String operation, String error, double rate, long seed) {
    return new FaultSpec(
        operation, null, error, false, 0, 0, 0, rate, seed, null, null, false, null);
  }

  /**
   * Closes the connection without an answer on the next {@code times} calls of {@code operation}.
   */
  public static FaultSpec drop(String operation, int times) {
    return new FaultSpec(
        operation, null, null, true, 0, times, 0, null, null, null, null, false, null);
  }

  /** Delays every call of {@code operation} by {@code latencyMs}. */
  public static FaultSpec latency(String operation, long latencyMs) {
    return new FaultSpec(
        operation, null, null, false, latencyMs, 0, 0, null, null, null, null, false, null);
  }

  /** This fault, letting the first {@code k} matching calls through. */
  public FaultSpec after(int k) {
    return new FaultSpec(
        operation,
        caseId,
        error,
        drop,
        latencyMs,
        times,
        k,
        rate,
        seed,
        message,
        retryAfterSeconds,
        landed,
        membershipId);
  }

  /** This fault, restricted to calls about one case. */
  public FaultSpec forCase(String id) {
    return new FaultSpec(
        operation,
        id,
        error,
        drop,
        latencyMs,
        times,
        after,
        rate,
        seed,
        message,
        retryAfterSeconds,
        landed,
        membershipId);
  }

  /** This fault, restricted to calls about one membership. */
  public FaultSpec forMembership(String id) {
    return new FaultSpec(
        operation,
        caseId,
        error,
        drop,
        latencyMs,
        times,
        after,
        rate,
        seed,
        message,
        retryAfterSeconds,
        landed,
        id);
  }

  /** This fault, with a {@code Retry-After} header value. */
  public FaultSpec withRetryAfter(int seconds) {
    return new FaultSpec(
        operation,
        caseId,
        error,
        drop,
        latencyMs,
        times,
        after,
        rate,
        seed,
        message,
        seconds,
        landed,
        membershipId);
  }

  /** This drop fault, letting each dropped call take effect before its answer is lost. */
  public FaultSpec landing() {
    return new FaultSpec(
        operation,
        caseId,
        error,
        drop,
        latencyMs,
        times,
        after,
        rate,
        seed,
        message,
        retryAfterSeconds,
        true,
        membershipId);
  }

  /** Whether this is a pure latency fault. */
  public boolean isLatency() {
    return error == null && !drop;
  }

  /** Every problem with this spec, each naming the field and the fix; empty when it is usable. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (operation == null || (!operation.equals("*") && Operation.byApiName(operation).isEmpty())) {
      p.add(
          "operation: '"
              + operation
              + "' is not an operation of the model; use \"*\" or one of "
              + Operation.apiNames());
    }
    if (error != null && drop) {
      p.add("error/drop: give either \"error\" or \"drop\": true, not both");
    }
    if (landed && !drop) {
      p.add("landed: applies only with \"drop\": true (the call lands, then its answer is lost)");
    }
    if (error != null && ErrorShape.byName(error).isEmpty()) {
      p.add("error: '" + error + "' is not a modelled error; use one of " + ErrorShape.names());
    }
    if (latencyMs < 0 || latencyMs > 60_000) {
      p.add("latencyMs: must be between 0 and 60000");
    }
    if (isLatency()) {
      if (latencyMs == 0) {
        p.add("error/drop/latencyMs: give \"error\", \"drop\": true, or a positive \"latencyMs\"");
      }
      if (times != 0 || rate != null || after != 0) {
        p.add(
            "times/rate/after: apply only to error and drop faults; a latency fault delays every matching call");
      }
    } else {
      if (latencyMs != 0) {
        p.add("latencyMs: add latency as a separate fault, without \"error\" or \"drop\"");
      }
      if (rate == null && times < 1) {
        p.add("times: give a count of at least 1, or use \"rate\" instead");
      }
      if (rate != null && times != 0) {
        p.add("times/rate: give either \"times\" or \"rate\", not both");
      }
      if (rate != null && (rate.isNaN() || rate <= 0 || rate > 1)) {
        p.add("rate: must be a fraction greater than 0 and at most 1, e.g. 0.3");
      }
      if (after < 0) {
        p.add("after: must be 0 or more");
      }
      if (rate != null && after != 0) {
        p.add("after: applies only with \"times\"");
      }
    }
    if (caseId != null && !caseId.matches("[0-9]{10,32}")) {
      p.add("caseId: '" + caseId + "' is not a case id (10-32 digits)");
    }
    if (membershipId != null && !membershipId.matches("m-[a-z0-9]{10,32}")) {
      p.add("membershipId: '" + membershipId + "' is not a membership id (m- and 10-32 a-z0-9)");
    }
    if (caseId != null && membershipId != null) {
      p.add("caseId/membershipId: a call is about a case or a membership; give one of them");
    }
    if (retryAfterSeconds != null && (retryAfterSeconds < 0 || retryAfterSeconds > 3600)) {
      p.add("retryAfterSeconds: must be between 0 and 3600");
    }
    return p;
  }
}
