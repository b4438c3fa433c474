package com.pulumi.securityir.emulator;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Every case and membership of the emulated account with the CreateCase and CreateMembership
 * idempotency tokens, optionally persisted in one state file. Thread-safe: each change is one
 * atomic read-modify-write under one lock, so concurrent calls never lose updates. With a state
 * file, a change is written through atomically (see {@link StateFile}) before it takes effect in
 * memory; when the write fails the change is rejected and nothing changed, so the caller may simply
 * retry. The clock is read under the lock, so edit timestamps follow the order in which changes
 * apply.
 */
final class AccountStore {

  /** A change of one existing case: the rules, given the current state and the time. */
  @FunctionalInterface
  interface Rule {
    Outcome apply(CaseRecord current, long nowMillis);
  }

  /** Builds a new case under the id the store chose or was given. */
  @FunctionalInterface
  interface NewCase {
    CaseRecord build(String caseId, long nowMillis);
  }

  /** A change of one existing membership: the rules, given the current state and the time. */
  @FunctionalInterface
  interface MembershipRule {
    MembershipOutcome apply(MembershipRecord current, long nowMillis);
  }

  /**
   * Builds a new membership under the id the store minted, or refuses it given the account's
   * existing memberships.
   */
  @FunctionalInterface
  interface NewMembership {
    MembershipOutcome build(String membershipId, long nowMillis, List<MembershipRecord> existing);
  }

  /**
   * The persisted form: every case and membership plus the idempotency tokens of their creates.
   * Files written before memberships existed have no membership members; they load as none.
   */
  private record State(
      int version,
      List<CaseRecord> cases,
      Map<String, String> createTokens,
      List<MembershipRecord> memberships,
      Map<String, String> membershipTokens) {}

  private static final char[] ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final int MEMBERSHIP_ID_LENGTH = 12;

  private final Object lock = new Object();
  private final Map<String, CaseRecord> cases = new LinkedHashMap<>();
  private final Map<String, String> createTokens = new LinkedHashMap<>();
  private final Map<String, MembershipRecord> memberships = new LinkedHashMap<>();
  private final Map<String, String> membershipTokens = new LinkedHashMap<>();
  private final Clock clock;
  private final Random ids;
  private final Path stateFile;
  private final Gson gson = new GsonBuilder().setPrettyPrinting().create();

  /**
   * @param ids source of minted case and membership ids
   * @param stateFile where to persist, or {@code null} for memory only
   */
  AccountStore(Clock clock, Random ids, Path stateFile) {
    this.clock = clock;
    this.ids = ids;
    this.stateFile = stateFile;
  }

  boolean hasStateFile() {
    return stateFile != null && Files.exists(stateFile);
  }

  /** Loads the state file if it exists; returns its problems (then nothing is loaded). */
  List<String> load() {
    if (!hasStateFile()) {
      return List.of();
    }
    State s;
    try {
      s = gson.fromJson(Files.readString(stateFile, StandardCharsets.UTF_8), State.class);
    } catch (IOException | RuntimeException e) {
      // Gson reports malformed JSON and values a record rejects as runtime exceptions; either way
      // the file is unusable and the user decides what to do with it.
      return List.of(
          "State file "
              + stateFile
              + " cannot be read ("
              + e.getMessage()
              + "); delete it or point --state elsewhere");
    }
    if (s == null || s.cases() == null) {
      return List.of(
          "State file " + stateFile + " has no 'cases' list; delete it or point --state elsewhere");
    }
    if (s.cases().stream().anyMatch(c -> c == null || c.caseId() == null || c.status() == null)) {
      return List.of(
          "State file "
              + stateFile
              + " has a case without caseId or status; delete it or point --state elsewhere");
    }
    List<MembershipRecord> loaded = s.memberships() == null ? List.of() : s.memberships();
    if (loaded.stream()
        .anyMatch(
            m ->
                m == null
                    || m.membershipId() == null
                    || m.status() == null
                    || m.region() == null
                    || m.config() == null)) {
      return List.of(
          "State file "
              + stateFile
              + " has a membership without membershipId, status, region or configuration; delete"
              + " it or point --state elsewhere");
    }
    synchronized (lock) {
      cases.clear();
      createTokens.clear();
      memberships.clear();
      membershipTokens.clear();
      s.cases().forEach(c -> cases.put(c.caseId(), c));
      loaded.forEach(m -> memberships.put(m.membershipId(), m));
      if (s.createTokens() != null) {
        createTokens.putAll(s.createTokens());
      }
      if (s.membershipTokens() != null) {
        membershipTokens.putAll(s.membershipTokens());
      }
    }
    return List.of();
  }

  int size() {
    synchronized (lock) {
      return cases.size();
    }
  }

  Optional<CaseRecord> find(String caseId) {
    synchronized (lock) {
      return Optional.ofNullable(cases.get(caseId));
    }
  }

  /** Every case, in creation order. */
  List<CaseRecord> all() {
    synchronized (lock) {
      return List.copyOf(cases.values());
    }
  }

  /**
   * Applies {@code rule} to the case atomically; {@code ifMissing} when there is no such case. An
   * applied change that leaves the case as it was (a replay) writes nothing.
   */
  Outcome update(String caseId, Rejection ifMissing, Rule rule) {
    synchronized (lock) {
      CaseRecord current = cases.get(caseId);
      if (current == null) {
        return new Outcome.Rejected(ifMissing);
      }
      Outcome outcome = rule.apply(current, clock.millis());
      if (!(outcome instanceof Outcome.Applied a) || a.next().equals(current)) {
        return outcome;
      }
      return commit(cases, caseId, a.next(), null, null)
          .<Outcome>map(Outcome.Rejected::new)
          .orElse(outcome);
    }
  }

  /**
   * Adds a case under a newly minted 10-digit id. With a {@code clientToken} seen before, answers
   * the case created then instead (CreateCase idempotency).
   */
  Outcome create(String clientToken, NewCase build) {
    synchronized (lock) {
      String earlier = clientToken == null ? null : createTokens.get(clientToken);
      if (earlier != null && cases.containsKey(earlier)) {
        return new Outcome.Applied(cases.get(earlier));
      }
      CaseRecord created = build.build(mintId(), clock.millis());
      return commit(cases, created.caseId(), created, createTokens, clientToken)
          .<Outcome>map(Outcome.Rejected::new)
          .orElse(new Outcome.Applied(created));
    }
  }

  /** Adds a case under a chosen id; {@code ifTaken} when a case already has it. */
  Outcome insert(String caseId, Rejection ifTaken, NewCase build) {
    synchronized (lock) {
      if (cases.containsKey(caseId)) {
        return new Outcome.Rejected(ifTaken);
      }
      CaseRecord created = build.build(caseId, clock.millis());
      return commit(cases, caseId, created, null, null)
          .<Outcome>map(Outcome.Rejected::new)
          .orElse(new Outcome.Applied(created));
    }
  }

  Optional<MembershipRecord> findMembership(String membershipId) {
    synchronized (lock) {
      return Optional.ofNullable(memberships.get(membershipId));
    }
  }

  /** Every membership, in creation order. */
  List<MembershipRecord> memberships() {
    synchronized (lock) {
      return List.copyOf(memberships.values());
    }
  }

  /**
   * Applies {@code rule} to the membership atomically; {@code ifMissing} when there is no such
   * membership. An applied change that leaves the membership as it was writes nothing.
   */
  MembershipOutcome updateMembership(
      String membershipId, Rejection ifMissing, MembershipRule rule) {
    synchronized (lock) {
      MembershipRecord current = memberships.get(membershipId);
      if (current == null) {
        return new MembershipOutcome.Rejected(ifMissing);
      }
      MembershipOutcome outcome = rule.apply(current, clock.millis());
      if (!(outcome instanceof MembershipOutcome.Applied a) || a.next().equals(current)) {
        return outcome;
      }
      return commit(memberships, membershipId, a.next(), null, null)
          .<MembershipOutcome>map(MembershipOutcome.Rejected::new)
          .orElse(outcome);
    }
  }

  /**
   * Adds a membership under a newly minted id, unless {@code build} refuses it. With a {@code
   * clientToken} seen before, answers the membership created then instead (CreateMembership
   * idempotency), whatever its status now.
   */
  MembershipOutcome createMembership(String clientToken, NewMembership build) {
    synchronized (lock) {
      String earlier = clientToken == null ? null : membershipTokens.get(clientToken);
      if (earlier != null && memberships.containsKey(earlier)) {
        return new MembershipOutcome.Applied(memberships.get(earlier));
      }
      MembershipOutcome outcome =
          build.build(mintMembershipId(), clock.millis(), List.copyOf(memberships.values()));
      if (!(outcome instanceof MembershipOutcome.Applied a)) {
        return outcome;
      }
      return commit(memberships, a.next().membershipId(), a.next(), membershipTokens, clientToken)
          .<MembershipOutcome>map(MembershipOutcome.Rejected::new)
          .orElse(outcome);
    }
  }

  /**
   * Puts {@code value} under {@code key}, and {@code key} under the create's {@code token} unless
   * it is {@code null}, then writes the state file (caller holds the lock). When the write fails,
   * both maps are put back as they were and the rejection to answer is returned.
   */
  private <R> Optional<Rejection> commit(
      Map<String, R> table, String key, R value, Map<String, String> tokens, String token) {
    R previous = table.put(key, value);
    String previousToken = token == null ? null : tokens.put(token, key);
    Optional<Rejection> failed = write();
    if (failed.isPresent()) {
      restore(table, key, previous);
      if (token != null) {
        restore(tokens, token, previousToken);
      }
    }
    return failed;
  }

  /** Writes the state file (caller holds the lock); the rejection to answer when that fails. */
  private Optional<Rejection> write() {
    if (stateFile == null) {
      return Optional.empty();
    }
    try {
      StateFile.writeAtomically(
          stateFile,
          gson.toJson(
              new State(
                  1,
                  new ArrayList<>(cases.values()),
                  createTokens,
                  new ArrayList<>(memberships.values()),
                  membershipTokens)));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          new Rejection(
              Rejection.Kind.STORAGE,
              null,
              null,
              "The emulator could not write its state file: " + e.getMessage()));
    }
  }

  private static <V> void restore(Map<String, V> map, String key, V previous) {
    if (previous == null) {
      map.remove(key);
    } else {
      map.put(key, previous);
    }
  }

  private String mintId() {
    for (int attempt = 0; attempt < 1000; attempt++) {
      String id = String.valueOf(1_000_000_000L + (long) (ids.nextDouble() * 9_000_000_000L));
      if (!cases.containsKey(id)) {
        return id;
      }
    }
    throw new IllegalStateException("Could not mint a unique case id after 1000 attempts");
  }

  /** {@code m-} and 12 lowercase letters or digits, as the model's MembershipId pattern allows. */
  private String mintMembershipId() {
    for (int attempt = 0; attempt < 1000; attempt++) {
      StringBuilder id = new StringBuilder("m-");
      for (int i = 0; i < MEMBERSHIP_ID_LENGTH; i++) {
        id.append(ID_CHARS[ids.nextInt(ID_CHARS.length)]);
      }
      if (!memberships.containsKey(id.toString())) {
        return id.toString();
      }
    }
    throw new IllegalStateException("Could not mint a unique membership id after 1000 attempts");
  }
}
