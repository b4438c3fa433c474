package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a case differs from what a saved plan read: its status, resolver type or last update time.
 * Immutable.
 *
 * @param planned the case as the plan read it
 * @param live the case as read just now
 */
record Staleness(CaseSnapshot planned, CaseSnapshot live) {

  Staleness {
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(live, "live");
  }

  /** The difference, or empty when the live case is as planned. */
  static Optional<Staleness> between(CaseSnapshot planned, CaseSnapshot live) {
    boolean same =
        planned.status() == live.status()
            && planned.resolverType() == live.resolverType()
            && planned.lastUpdated().equals(live.lastUpdated());
    return same ? Optional.empty() : Optional.of(new Staleness(planned, live));
  }

  /**
   * What changed, e.g. {@code planned in 'Submitted' (resolver Self, last updated
   * 2026-12-01T10:00:00Z), now in 'Detection and Analysis' (resolver Self, last updated
   * 2026-12-01T11:00:00Z)}.
   */
  String describe() {
    return "planned in " + state(planned) + ", now in " + state(live);
  }

  private static String state(CaseSnapshot snapshot) {
    return "'"
        + snapshot.status().wireName()
        + "' (resolver "
        + snapshot.resolverType().wireName()
        + ", last updated "
        + snapshot.lastUpdated().map(Instant::toString).orElse("unknown")
        + ")";
  }
}
