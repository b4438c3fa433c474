package com.pulumi.securityir.provider.testing;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.IncidentResponder;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipGateway;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.gateway.MembershipUpdate;
import com.pulumi.securityir.core.gateway.NewMembership;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake of the {@link MembershipGateway} port with the service's rules as docs/emulator.md states
 * them: one membership per account and region (a second CreateMembership is a conflict unless the
 * first is Terminated), CreateMembership once per client token, Active -> Cancelled -> Active (by
 * {@code undoMembershipCancellation}), Terminated only by {@link #terminate}, UpdateMembership on a
 * Cancelled membership only together with the undo, units as a set with at most 5 to add and to
 * remove per call. Every call is logged ({@link #calls}) and faultable ({@link #fail}).
 * Thread-safe.
 */
public final class InMemoryMemberships implements MembershipGateway {

  public static final String ACCOUNT = "123456789012";
  public static final String REGION = "us-east-1";

  private record Fault(String operation, int nth, Kind kind) {}

  private final Map<MembershipId, LiveMembership> memberships = new LinkedHashMap<>();
  private final Map<String, MembershipId> byToken = new LinkedHashMap<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final List<Fault> faults = new ArrayList<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private int created;
  private boolean loseNextCreateAnswer;

  // ---- set-up and inspection ----

  /**
   * The {@code nth} call of {@code operation} from now on fails with {@code kind}, changing
   * nothing.
   */
  public synchronized void fail(String operation, int nth, Kind kind) {
    faults.add(new Fault(operation, counts.getOrDefault(operation, 0) + nth, kind));
  }

  /** The next CreateMembership lands, then its answer is lost (the caller sees UNREACHABLE). */
  public synchronized void loseNextCreateAnswer() {
    loseNextCreateAnswer = true;
  }

  /** A membership made outside the program (in the console). */
  public synchronized MembershipId seed(String name, List<IncidentResponder> team) {
    return subscribe(new NewMembership(name, team, List.of(), false, Map.of()));
  }

  /** Someone cancels the membership in the console. */
  public synchronized void cancelBySomeoneElse(MembershipId id) {
    put(
        with(
            get(id),
            MembershipStatus.CANCELLED,
            Optional.of(Instant.ofEpochSecond(1_790_000_000L))));
  }

  /** AWS ends a cancelled membership (the emulator's control-plane terminate). */
  public synchronized void terminate(MembershipId id) {
    LiveMembership m = get(id);
    if (m.status() != MembershipStatus.CANCELLED) {
      throw new IllegalStateException("only a cancelled membership can be terminated");
    }
    put(with(m, MembershipStatus.TERMINATED, m.deactivated()));
  }

  /** Someone replaces the team in the console. */
  public synchronized void replaceTeamBySomeoneElse(MembershipId id, List<IncidentResponder> team) {
    LiveMembership m = get(id);
    put(
        new MembershipUpdate(
                Optional.empty(),
                Optional.of(team),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                false)
            .applyTo(m));
  }

  public synchronized LiveMembership membership(MembershipId id) {
    return get(id);
  }

  /** How many memberships CreateMembership made (a replayed token makes none). */
  public synchronized int membershipsCreated() {
    return created;
  }

  /** Every call in order, by operation name. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  // ---- MembershipGateway ----

  @Override
  public synchronized MembershipId create(
      NewMembership membership, String clientToken, Deadline deadline) {
    arrive("CreateMembership");
    MembershipId id = byToken.get(clientToken);
    if (id == null) {
      if (memberships.values().stream().anyMatch(m -> m.status() != MembershipStatus.TERMINATED)) {
        throw new CaseGatewayException(
            Kind.CONFLICT, "CreateMembership conflicts: the account already has a membership.");
      }
      id = subscribe(membership);
      byToken.put(clientToken, id);
    }
    if (loseNextCreateAnswer) {
      loseNextCreateAnswer = false;
      throw new CaseGatewayException(
          Kind.UNREACHABLE, "CreateMembership: the connection was dropped.");
    }
    return id;
  }

  @Override
  public synchronized LiveMembership read(MembershipId id, Deadline deadline) {
    arrive("GetMembership");
    LiveMembership m = get(id);
    arrive("ListTagsForResource");
    return m;
  }

  @Override
  public synchronized void update(MembershipId id, MembershipUpdate update, Deadline deadline) {
    if (update.isEmpty()) {
      return;
    }
    arrive("UpdateMembership");
    LiveMembership m = get(id);
    if (m.status() == MembershipStatus.TERMINATED) {
      throw new CaseGatewayException(Kind.CONFLICT, "membership " + id + " is terminated.");
    }
    if (m.status() == MembershipStatus.CANCELLED && !update.undoCancellation()) {
      throw new CaseGatewayException(
          Kind.CONFLICT, "membership " + id + " is cancelled: undo the cancellation first.");
    }
    if (update.unitsToAdd().stream().anyMatch(update.unitsToRemove()::contains)) {
      throw new CaseGatewayException(Kind.INVALID_REQUEST, "a unit both added and removed.");
    }
    put(update.applyTo(m));
  }

  @Override
  public synchronized void cancel(MembershipId id, Deadline deadline) {
    arrive("CancelMembership");
    LiveMembership m = get(id);
    if (m.status() == MembershipStatus.TERMINATED) {
      throw new CaseGatewayException(Kind.CONFLICT, "membership " + id + " is terminated.");
    }
    if (m.status() == MembershipStatus.ACTIVE) {
      put(with(m, MembershipStatus.CANCELLED, Optional.of(Instant.ofEpochSecond(1_790_000_000L))));
    }
  }

  @Override
  public synchronized Optional<MembershipId> existing(Deadline deadline) {
    arrive("ListMemberships");
    return memberships.values().stream()
        .filter(m -> m.status() != MembershipStatus.TERMINATED)
        .map(LiveMembership::id)
        .findFirst();
  }

  @Override
  public synchronized void tag(String arn, Map<String, String> tags, Deadline deadline) {
    arrive("TagResource");
    LiveMembership m = byArn(arn);
    Map<String, String> all = new LinkedHashMap<>(m.tags());
    all.putAll(tags);
    put(m.withTags(all));
  }

  @Override
  public synchronized void untag(String arn, Set<String> keys, Deadline deadline) {
    arrive("UntagResource");
    LiveMembership m = byArn(arn);
    Map<String, String> all = new LinkedHashMap<>(m.tags());
    keys.forEach(all::remove);
    put(m.withTags(all));
  }

  // ---- internals ----

  private MembershipId subscribe(NewMembership n) {
    created++;
    MembershipId id = new MembershipId(String.format("m-%012d", created));
    put(
        new LiveMembership(
            id,
            "arn:aws:security-ir:" + REGION + ":" + ACCOUNT + ":membership/" + id,
            ACCOUNT,
            REGION,
            n.name(),
            n.team(),
            n.optInFeatures(),
            n.coverEntireOrganization(),
            List.of(),
            MembershipStatus.ACTIVE,
            Optional.of("Standalone"),
            Optional.of(1L),
            Optional.of(Instant.ofEpochSecond(1_780_000_000L)),
            Optional.empty(),
            n.tags()));
    return id;
  }

  private void arrive(String operation) {
    calls.add(operation);
    int nth = counts.merge(operation, 1, Integer::sum);
    for (Fault fault : faults) {
      if (fault.operation().equals(operation) && fault.nth() == nth) {
        throw new CaseGatewayException(
            fault.kind(), "security-ir:" + operation + " failed (" + fault.kind() + ").");
      }
    }
  }

  private LiveMembership get(MembershipId id) {
    LiveMembership m = memberships.get(id);
    if (m == null) {
      throw new CaseGatewayException(Kind.CASE_NOT_FOUND, "membership " + id + " was not found.");
    }
    return m;
  }

  private LiveMembership byArn(String arn) {
    return memberships.values().stream()
        .filter(m -> m.arn().equals(arn))
        .findFirst()
        .orElseThrow(
            () -> new CaseGatewayException(Kind.CASE_NOT_FOUND, "no membership with that ARN."));
  }

  private void put(LiveMembership m) {
    memberships.put(m.id(), m);
  }

  private static LiveMembership with(
      LiveMembership m, MembershipStatus status, Optional<Instant> deactivated) {
    return new LiveMembership(
        m.id(),
        m.arn(),
        m.accountId(),
        m.region(),
        m.name(),
        m.team(),
        m.optInFeatures(),
        m.coverEntireOrganization(),
        m.organizationalUnits(),
        status,
        m.customerType(),
        m.numberOfAccountsCovered(),
        m.activated(),
        deactivated,
        m.tags());
  }
}
