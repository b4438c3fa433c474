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
 * Every case of the emulated account and the CreateCase idempotency tokens, optionally persisted in
 * a state file. Thread-safe: each change is one atomic read-modify-write under one lock, so
 * concurrent calls never lose updates. With a state file, a change is written through atomically
 * (see {@link StateFile}) before it takes effect in memory; when the write fails the change is
 * rejected and nothing changed, so the caller may simply retry. The clock is read under the lock,
 * so edit timestamps follow the order in which changes apply.
 */
final class CaseStore {

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

  /** The persisted form: every case plus the CreateCase idempotency tokens. */
  private record State(int version, List<CaseRecord> cases, Map<String, String> createTokens) {}

  private final Object lock = new Object();
  private final Map<String, CaseRecord> cases = new LinkedHashMap<>();
  private final Map<String, String> createTokens = new LinkedHashMap<>();
  private final Clock clock;
  private final Random ids;
  private final Path stateFile;
  private final Gson gson = new GsonBuilder().setPrettyPrinting().create();

  /**
   * @param ids source of minted case ids
   * @param stateFile where to persist, or {@code null} for memory only
   */
  CaseStore(Clock clock, Random ids, Path stateFile) {
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
    synchronized (lock) {
      cases.clear();
      createTokens.clear();
      s.cases().forEach(c -> cases.put(c.caseId(), c));
      if (s.createTokens() != null) {
        createTokens.putAll(s.createTokens());
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
      cases.put(caseId, a.next());
      Optional<Rejection> failed = write();
      if (failed.isPresent()) {
        cases.put(caseId, current);
        return new Outcome.Rejected(failed.get());
      }
      return outcome;
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
      cases.put(created.caseId(), created);
      if (clientToken != null) {
        createTokens.put(clientToken, created.caseId());
      }
      Optional<Rejection> failed = write();
      if (failed.isPresent()) {
        cases.remove(created.caseId());
        if (clientToken != null) {
          restore(createTokens, clientToken, earlier);
        }
        return new Outcome.Rejected(failed.get());
      }
      return new Outcome.Applied(created);
    }
  }

  /** Adds a case under a chosen id; {@code ifTaken} when a case already has it. */
  Outcome insert(String caseId, Rejection ifTaken, NewCase build) {
    synchronized (lock) {
      if (cases.containsKey(caseId)) {
        return new Outcome.Rejected(ifTaken);
      }
      CaseRecord created = build.build(caseId, clock.millis());
      cases.put(caseId, created);
      Optional<Rejection> failed = write();
      if (failed.isPresent()) {
        cases.remove(caseId);
        return new Outcome.Rejected(failed.get());
      }
      return new Outcome.Applied(created);
    }
  }

  /** Writes the state file (caller holds the lock); the rejection to answer when that fails. */
  private Optional<Rejection> write() {
    if (stateFile == null) {
      return Optional.empty();
    }
    try {
      StateFile.writeAtomically(
          stateFile, gson.toJson(new State(1, new ArrayList<>(cases.values()), createTokens)));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          new Rejection(
              Rejection.Kind.STORAGE,
              null,
              "The emulator could not write its state file: " + e.getMessage()));
    }
  }

  private static void restore(Map<String, String> map, String key, String previous) {
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
}
