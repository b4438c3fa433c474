package com.pulumi.securityir.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's promises: changes are atomic with their state-file write, so a write that fails
 * leaves nothing changed and the call can be retried; what is written loads back unchanged.
 */
class AccountStoreTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);

  @TempDir Path dir;

  private static AccountStore.NewCase seed(CaseState status) {
    return (id, now) ->
        CaseRules.seeded(
            id,
            Arns.ofCase("us-east-1", id),
            SeedCase.of(null, "Phishing", status, Resolver.SELF),
            new Stamp(now, EmulatorDefaults.RESPONDER));
  }

  private static AccountStore.Rule move(CaseState target) {
    return (current, now) ->
        CaseRules.apply(
            current,
            new CaseChange.UpdateStatus(target),
            TransitionRules.DOCUMENTED,
            new Stamp(now, EmulatorDefaults.ACCOUNT_ID));
  }

  private static final Rejection MISSING = Rejection.notFound("missing");

  @Test
  void aChangeWhoseStateFileWriteFailsIsRejectedAndLeavesTheCaseAsItWas() throws IOException {
    Path stateDir = dir.resolve("state");
    AccountStore store = new AccountStore(CLOCK, new Random(1), stateDir.resolve("cases.json"));
    String id =
        assertInstanceOf(Outcome.Applied.class, store.create(null, seed(CaseState.SUBMITTED)))
            .next()
            .caseId();
    CaseRecord before = store.find(id).orElseThrow();

    breakDirectory(stateDir);
    Outcome failed = store.update(id, MISSING, move(CaseState.DETECTION_AND_ANALYSIS));
    Rejection r = assertInstanceOf(Outcome.Rejected.class, failed).reason();
    assertEquals(Rejection.Kind.STORAGE, r.kind());
    assertTrue(r.message().contains("state file"), r.message());
    assertEquals(before, store.find(id).orElseThrow());

    repairDirectory(stateDir);
    CaseRecord after =
        assertInstanceOf(
                Outcome.Applied.class,
                store.update(id, MISSING, move(CaseState.DETECTION_AND_ANALYSIS)))
            .next();
    assertEquals(CaseState.DETECTION_AND_ANALYSIS, after.status());
    assertEquals(before.edits().size() + 1, after.edits().size());
  }

  @Test
  void aCreateWhoseWriteFailsKeepsNeitherTheCaseNorItsClientToken() throws IOException {
    Path stateDir = dir.resolve("state");
    AccountStore store = new AccountStore(CLOCK, new Random(1), stateDir.resolve("cases.json"));
    breakDirectory(stateDir);
    assertInstanceOf(Outcome.Rejected.class, store.create("token-1", seed(CaseState.SUBMITTED)));
    assertEquals(0, store.size());

    repairDirectory(stateDir);
    String first =
        assertInstanceOf(Outcome.Applied.class, store.create("token-1", seed(CaseState.SUBMITTED)))
            .next()
            .caseId();
    String replay =
        assertInstanceOf(Outcome.Applied.class, store.create("token-1", seed(CaseState.SUBMITTED)))
            .next()
            .caseId();
    assertEquals(first, replay);
    assertEquals(1, store.size());
  }

  private static AccountStore.NewMembership membership() {
    return (id, now, existing) ->
        new MembershipOutcome.Applied(
            MembershipRules.created(
                id,
                "us-east-1",
                new MembershipConfig("Blue team", List.of(), List.of(), false, List.of()),
                Map.of(),
                now));
  }

  @Test
  void aMembershipCreateOrChangeWhoseWriteFailsLeavesNothingBehind() throws IOException {
    Path stateDir = dir.resolve("state");
    AccountStore store = new AccountStore(CLOCK, new Random(1), stateDir.resolve("state.json"));
    breakDirectory(stateDir);
    Rejection r =
        assertInstanceOf(
                MembershipOutcome.Rejected.class, store.createMembership("token-1", membership()))
            .reason();
    assertEquals(Rejection.Kind.STORAGE, r.kind());
    assertEquals(List.of(), store.memberships());

    repairDirectory(stateDir);
    MembershipRecord first =
        assertInstanceOf(
                MembershipOutcome.Applied.class, store.createMembership("token-1", membership()))
            .next();
    breakDirectory(stateDir);
    assertInstanceOf(
        MembershipOutcome.Rejected.class,
        store.updateMembership(
            first.membershipId(),
            MISSING,
            (current, now) -> MembershipRules.apply(current, new MembershipChange.Cancel(), now)));
    assertEquals(first, store.findMembership(first.membershipId()).orElseThrow());

    repairDirectory(stateDir);
    assertEquals(
        first,
        assertInstanceOf(
                MembershipOutcome.Applied.class, store.createMembership("token-1", membership()))
            .next());
    AccountStore reloaded = new AccountStore(CLOCK, new Random(2), stateDir.resolve("state.json"));
    assertEquals(List.of(), reloaded.load());
    assertEquals(List.of(first), reloaded.memberships());
  }

  @Test
  void insertRefusesAnIdThatIsTaken() {
    AccountStore store = new AccountStore(CLOCK, new Random(1), null);
    assertInstanceOf(
        Outcome.Applied.class, store.insert("1234567890", MISSING, seed(CaseState.CLOSED)));
    Rejection taken = Rejection.conflict("1234567890", "taken");
    assertEquals(
        taken,
        assertInstanceOf(
                Outcome.Rejected.class,
                store.insert("1234567890", taken, seed(CaseState.SUBMITTED)))
            .reason());
    assertEquals(CaseState.CLOSED, store.find("1234567890").orElseThrow().status());
  }

  @Test
  void whatIsWrittenLoadsBackUnchangedWithItsClientTokens() {
    Path file = dir.resolve("cases.json");
    AccountStore first = new AccountStore(CLOCK, new Random(1), file);
    String id =
        assertInstanceOf(Outcome.Applied.class, first.create("token-1", seed(CaseState.SUBMITTED)))
            .next()
            .caseId();
    first.update(
        id,
        MISSING,
        (current, now) ->
            CaseRules.apply(
                current,
                new CaseChange.AddComment("c-1", "Isolated the host"),
                TransitionRules.DOCUMENTED,
                new Stamp(now, EmulatorDefaults.ACCOUNT_ID)));
    first.update(id, MISSING, move(CaseState.DETECTION_AND_ANALYSIS));

    AccountStore second = new AccountStore(CLOCK, new Random(2), file);
    assertEquals(List.of(), second.load());
    assertEquals(first.all(), second.all());
    assertEquals(
        id,
        assertInstanceOf(Outcome.Applied.class, second.create("token-1", seed(CaseState.SUBMITTED)))
            .next()
            .caseId());
  }

  @Test
  void aChangeOfAnUnknownCaseAnswersTheGivenRejection() {
    AccountStore store = new AccountStore(CLOCK, new Random(1), null);
    assertEquals(
        MISSING,
        assertInstanceOf(
                Outcome.Rejected.class,
                store.update("9999999999", MISSING, move(CaseState.DETECTION_AND_ANALYSIS)))
            .reason());
  }

  /** A regular file where the state directory was: every write into it fails. */
  private static void breakDirectory(Path stateDir) throws IOException {
    if (Files.exists(stateDir)) {
      Files.move(stateDir, stateDir.resolveSibling("kept"));
    }
    Files.writeString(stateDir, "not a directory");
  }

  private static void repairDirectory(Path stateDir) throws IOException {
    Files.delete(stateDir);
    Path kept = stateDir.resolveSibling("kept");
    if (Files.exists(kept)) {
      Files.move(kept, stateDir);
    }
  }
}
