package com.pulumi.securityir.provider.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.resource.MembershipResource;
import com.pulumi.securityir.provider.testing.InMemoryGateway;
import com.pulumi.securityir.provider.testing.InMemoryMemberships;
import com.pulumi.securityir.provider.testing.InProcessEngine;
import com.pulumi.securityir.provider.testing.InProcessEngine.Session;
import com.pulumi.securityir.provider.testing.InProcessEngine.State;
import com.pulumi.securityir.provider.testing.InProcessEngine.Step;
import com.pulumi.securityir.provider.testing.MutableClock;
import com.pulumi.securityir.provider.testing.Values;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * What the Membership tests share: the in-process engine over the in-memory service (its
 * memberships with their own call log), a declared team of three, and helpers that read the
 * service's side. One per test; {@link #close()} stops its reader threads.
 */
final class MembershipTestbed implements AutoCloseable {

  static final String TYPE = MembershipResource.TOKEN;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final InMemoryGateway gateway = new InMemoryGateway(clock);
  private final ExecutorService readers = Executors.newFixedThreadPool(2);
  private final InProcessEngine engine =
      new InProcessEngine(gateway.factory(readers, clock), clock);

  /** The service's memberships, with their call log and faults. */
  final InMemoryMemberships memberships = gateway.memberships();

  /** A fresh provider (one engine operation), configured for us-east-1. */
  Session session() {
    Session session = engine.open();
    session.handshake();
    assertEquals(List.of(), session.configure(Map.of("region", "us-east-1")));
    return session;
  }

  /** An up of {@code inputs} as a new resource named {@code account}, which must succeed. */
  State created(Map<String, Object> inputs) {
    return done(session().up(TYPE, "account", Values.struct(inputs), Optional.empty()));
  }

  /** The membership as the service has it now. */
  LiveMembership live(State state) {
    return memberships.membership(new MembershipId(state.id()));
  }

  /** The calls the service saw after the first {@code before}. */
  List<String> callsSince(int before) {
    List<String> all = memberships.calls();
    return all.subList(before, all.size());
  }

  /** A membership made in the console, with a team of two. */
  MembershipId seedConsoleMembership() {
    return memberships.seed(
        "Made in the console",
        List.of(
            new IncidentResponder("Ada Lovelace", "CISO", "ada@example.com", List.of()),
            new IncidentResponder(
                "Alan Turing", "Responder", "alan@example.com", List.of("Case Closed"))));
  }

  static Map<String, Object> responder(String name, String title, String email) {
    return Map.of("name", name, "jobTitle", title, "email", email);
  }

  /** A team of three (one with communication preferences), Triage on, one tag. */
  static Map<String, Object> account() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("membershipName", "Example Corp IR");
    inputs.put(
        "incidentResponseTeam",
        List.of(
            responder("Ada Lovelace", "CISO", "ada@example.com"),
            Map.of(
                "name",
                "Grace Hopper",
                "jobTitle",
                "SOC lead",
                "email",
                "grace@example.com",
                "communicationPreferences",
                List.of("Case Created", "Case Closed")),
            responder("Alan Turing", "Responder", "alan@example.com")));
    inputs.put("optInFeatures", List.of(Map.of("featureName", "Triage", "isEnabled", true)));
    inputs.put("tags", Map.of("owner", "security"));
    return inputs;
  }

  static Map<String, Object> with(Map<String, Object> inputs, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(inputs);
    changed.put(key, value);
    return changed;
  }

  /** {@code count} distinct organizational unit ids, numbered from {@code from}. */
  static List<String> units(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(i -> "ou-ab12-unit" + (1000 + i)).toList();
  }

  static State done(Step step) {
    return assertInstanceOf(Step.Done.class, step, () -> "step did not succeed: " + step).state();
  }

  @Override
  public void close() {
    readers.shutdownNow();
  }
}
