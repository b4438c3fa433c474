package com.pulumi.securityir.provider.testing;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseGatewayException.Kind;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reconcile.Reconciler;
import com.pulumi.securityir.provider.config.ServicesFactory;
import com.pulumi.securityir.provider.services.CaseDetailReads;
import com.pulumi.securityir.provider.services.CaseReads;
import com.pulumi.securityir.provider.services.MembershipReads;
import com.pulumi.securityir.provider.services.ProviderServices;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A case service in memory for in-process provider tests, a fake at the gateway boundary. It keeps
 * its own table of the moves the service accepts (the self-managed moves the documentation lists,
 * sharing nothing with the core's graph), so a planner bug shows up as a rejected call. Cases must
 * be seeded; others are not found. Records every call, and fails calls when told to. Thread-safe.
 */
public final class InMemoryGateway implements CaseGateway {

  /** The self-managed moves UpdateCaseStatus accepts, "from > to", as the documentation lists. */
  private static final Set<String> SELF_MOVES =
      Set.of(
          "Submitted > Detection and Analysis",
          "Detection and Analysis > Containment, Eradication and Recovery",
          "Detection and Analysis > Post-incident Activities",
          "Containment, Eradication and Recovery > Detection and Analysis",
          "Containment, Eradication and Recovery > Post-incident Activities",
          "Post-incident Activities > Containment, Eradication and Recovery",
          "Post-incident Activities > Detection and Analysis");

  /**
   * One call as the service saw it: {@code GetCase}, {@code ListCases}, {@code UpdateCaseStatus},
   * {@code CloseCase} or {@code CreateCaseComment}; no case id for {@code ListCases}.
   */
  public record Call(String operation, CaseId caseId) {
    /**
     * Whether the call changes the case's status; a comment is kept apart, in {@link #comments}.
     */
    public boolean isMutating() {
      return operation.equals("UpdateCaseStatus") || operation.equals("CloseCase");
    }
  }

  private record Fault(String operation, int nth, Kind kind) {}

  private final Map<CaseId, CaseSnapshot> cases = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<CaseId, List<Fault>> faults = new ConcurrentHashMap<>();
  private final Map<CaseId, Runnable> beforeMutation = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(8403556000L);
  private final AtomicLong clock = new AtomicLong(1_780_000_000L);
  private final Map<CaseId, Map<String, String>> comments = new ConcurrentHashMap<>();
  private final Clock deadlines;
  private final InMemoryCaseDetails details = new InMemoryCaseDetails(this);
  private final InMemoryMemberships memberships = new InMemoryMemberships();

  /** A service that judges callers' deadlines by the system clock. */
  public InMemoryGateway() {
    this(Clock.systemUTC());
  }

  /**
   * A service that, as the AWS gateway does, sends no call whose deadline has passed by {@code
   * deadlines}; a call sent before its deadline is let finish.
   */
  public InMemoryGateway(Clock deadlines) {
    this.deadlines = deadlines;
  }

  // ---- set-up ----

  /** The same service's contents: CreateCase, the whole case, UpdateCase, tags, comments. */
  public InMemoryCaseDetails details() {
    return details;
  }

  /** The account's memberships, with their own call log. */
  public InMemoryMemberships memberships() {
    return memberships;
  }

  /** A new self-managed case in {@code status}, titled with {@code title}. */
  public CaseId seed(String title, LifecycleStatus status, ResolverType resolver) {
    CaseId id = new CaseId(Long.toString(nextId.incrementAndGet()));
    cases.put(
        id,
        new CaseSnapshot(
            id,
            status,
            resolver,
            title,
            "arn:aws:security-ir:us-east-1:123456789012:case/" + id,
            Optional.of(Instant.ofEpochSecond(clock.incrementAndGet()))));
    return id;
  }

  public CaseId seed(LifecycleStatus status) {
    return seed("phishing on host 7", status, ResolverType.SELF);
  }

  /** Someone else (a responder in the console) moves the case; no rule applies. */
  public void moveBySomeoneElse(CaseId id, LifecycleStatus status) {
    cases.computeIfPresent(id, (k, c) -> moved(c, status));
  }

  /**
   * The {@code nth} call (from 1) of {@code operation} on the case fails with {@code kind},
   * changing nothing.
   */
  public void fail(CaseId id, String operation, int nth, Kind kind) {
    faults
        .computeIfAbsent(id, k -> new CopyOnWriteArrayList<>())
        .add(new Fault(operation, nth, kind));
  }

  /** Runs {@code hook} as each status change on the case arrives, before it takes effect. */
  public void beforeEachMutation(CaseId id, Runnable hook) {
    beforeMutation.put(id, hook);
  }

  // ---- observations ----

  public LifecycleStatus statusOf(CaseId id) {
    return cases.get(id).status();
  }

  public int callCount() {
    return calls.size();
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The status changes made on the case, in order (comments are in {@link #comments}). */
  public List<String> mutations(CaseId id) {
    return calls.stream()
        .filter(c -> id.equals(c.caseId()) && c.isMutating())
        .map(Call::operation)
        .toList();
  }

  public long reads(CaseId id) {
    return calls.stream()
        .filter(c -> id.equals(c.caseId()) && c.operation().equals("GetCase"))
        .count();
  }

  /** Services over this gateway as the plugin builds them, planning with the configured graph. */
  public ServicesFactory factory(ExecutorService readers, Clock clock) {
    return configuration ->
        Parsed.success(
            new ProviderServices(
                this,
                new Reconciler(
                    this,
                    new Planner(TransitionGraph.of(configuration.transitionGraph())),
                    clock,
                    Reconciler.DEFAULT_MAX_REPLANS),
                new CaseReads(this, readers),
                new CaseDetailReads(details),
                new MembershipReads(memberships)));
  }

  // ---- CaseGateway ----

  @Override
  public CaseSnapshot read(CaseId caseId, Deadline deadline) {
    arrive("GetCase", caseId, deadline);
    return existing(caseId);
  }

  @Override
  public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline deadline) {
    arrive("UpdateCaseStatus", caseId, deadline);
    synchronized (this) {
      CaseSnapshot current = existing(caseId);
      if (current.resolverType() != ResolverType.SELF) {
        throw new CaseGatewayException(
            Kind.INVALID_REQUEST, "case " + caseId + " is AWS-supported; use CloseCase.");
      }
      String move = current.status().wireName() + " > " + target.wireName();
      if (!SELF_MOVES.contains(move)) {
        throw new CaseGatewayException(Kind.CONFLICT, "illegal transition " + move + ".");
      }
      cases.put(caseId, moved(current, target));
      return target;
    }
  }

  @Override
  public LifecycleStatus close(CaseId caseId, Deadline deadline) {
    arrive("CloseCase", caseId, deadline);
    synchronized (this) {
      CaseSnapshot current = existing(caseId);
      if (current.status() == LifecycleStatus.CLOSED) {
        throw new CaseGatewayException(Kind.CONFLICT, "case " + caseId + " is already closed.");
      }
      cases.put(caseId, moved(current, LifecycleStatus.CLOSED));
      return LifecycleStatus.CLOSED;
    }
  }

  /** The cases ordered by id, 25 per page; the token is the index of the page's first case. */
  @Override
  public CasePage listCases(Optional<String> nextToken, Deadline deadline) {
    calls.add(new Call("ListCases", null));
    List<CaseSnapshot> all =
        cases.values().stream().sorted(Comparator.comparing(c -> c.caseId().value())).toList();
    int from = nextToken.map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + 25);
    return new CasePage(
        all.subList(from, to),
        to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  /** Adds a comment once per client token, as the service's idempotency key promises. */
  @Override
  public String addComment(CaseId caseId, String body, String clientToken, Deadline deadline) {
    arrive("CreateCaseComment", caseId, deadline);
    synchronized (this) {
      if (existing(caseId).status() == LifecycleStatus.CLOSED) {
        // As the emulator answers: a closed case takes no more comments.
        throw new CaseGatewayException(Kind.CONFLICT, "case " + caseId + " is closed.");
      }
      Map<String, String> byToken = comments.computeIfAbsent(caseId, id -> new LinkedHashMap<>());
      byToken.putIfAbsent(clientToken, body);
      return String.format("%06d", new ArrayList<>(byToken.keySet()).indexOf(clientToken) + 1);
    }
  }

  /** The case's status part as the service holds it now. */
  public CaseSnapshot snapshot(CaseId id) {
    return existing(id);
  }

  /** The resolver type changes, as UpdateResolverType makes it; the status stays. */
  synchronized void changeResolver(CaseId id, ResolverType resolver) {
    CaseSnapshot c = existing(id);
    cases.put(
        id,
        new CaseSnapshot(
            id,
            c.status(),
            resolver,
            c.title(),
            c.arn(),
            Optional.of(Instant.ofEpochSecond(clock.incrementAndGet()))));
  }

  /** The comments on a case by comment id, in the order they were added. */
  synchronized Map<String, String> commentsById(CaseId id) {
    Map<String, String> byId = new LinkedHashMap<>();
    List<String> bodies = comments(id);
    for (int i = 0; i < bodies.size(); i++) {
      byId.put(String.format("%06d", i + 1), bodies.get(i));
    }
    return byId;
  }

  /** Replaces the body of an existing comment; false when there is none of that id. */
  synchronized boolean editComment(CaseId id, String commentId, String body) {
    Map<String, String> byToken = comments.getOrDefault(id, new LinkedHashMap<>());
    List<String> tokens = new ArrayList<>(byToken.keySet());
    int index = Integer.parseInt(commentId) - 1;
    if (index < 0 || index >= tokens.size()) {
      return false;
    }
    byToken.put(tokens.get(index), body);
    return true;
  }

  /** The bodies of the comments on a case, in the order they were added. */
  public synchronized List<String> comments(CaseId id) {
    return List.copyOf(comments.getOrDefault(id, Map.of()).values());
  }

  /** The case moved to {@code status}, stamped with a new last update time. */
  private CaseSnapshot moved(CaseSnapshot current, LifecycleStatus status) {
    CaseSnapshot next = current.withStatus(status);
    return new CaseSnapshot(
        next.caseId(),
        next.status(),
        next.resolverType(),
        next.title(),
        next.arn(),
        Optional.of(Instant.ofEpochSecond(clock.incrementAndGet())));
  }

  /**
   * One call arrives: logged, refused past its deadline, failed when a fault says so. Also used by
   * {@link InMemoryCaseDetails} for the calls it serves.
   */
  void arrive(String operation, CaseId caseId, Deadline deadline) {
    Call call = new Call(operation, caseId);
    calls.add(call);
    if (deadline.isExpired(deadlines)) {
      throw new CaseGatewayException(
          Kind.UNREACHABLE,
          operation + " for case " + caseId + " was not sent: the deadline had already passed.");
    }
    if (call.isMutating()) {
      beforeMutation.getOrDefault(caseId, () -> {}).run();
    }
    int nth =
        counts
            .computeIfAbsent(caseId + " " + operation, k -> new AtomicInteger())
            .incrementAndGet();
    for (Fault fault : faults.getOrDefault(caseId, List.of())) {
      if (fault.operation().equals(operation) && fault.nth() == nth) {
        throw new CaseGatewayException(
            fault.kind(),
            "security-ir:" + operation + " failed for case " + caseId + " (" + fault.kind() + ").");
      }
    }
  }

  private CaseSnapshot existing(CaseId caseId) {
    CaseSnapshot snapshot = cases.get(caseId);
    if (snapshot == null) {
      throw new CaseGatewayException(Kind.CASE_NOT_FOUND, "case " + caseId + " was not found.");
    }
    return snapshot;
  }
}
