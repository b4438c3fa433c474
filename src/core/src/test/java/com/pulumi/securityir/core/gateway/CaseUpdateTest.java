package com.pulumi.securityir.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The least UpdateCase and tag calls between a live and a declared case: lists as sets (UpdateCase
 * adds an item once and deletes it everywhere), lists not declared left alone, and a request built
 * again after it landed empty.
 */
class CaseUpdateTest {

  private static final Watcher SOC =
      new Watcher("soc@example.com", Optional.empty(), Optional.empty());
  private static final Watcher IR =
      new Watcher("ir@example.com", Optional.of("IR"), Optional.empty());

  private static CaseFields fields(
      String title, List<Watcher> watchers, Optional<List<String>> services) {
    return new CaseFields(
        title,
        "d",
        "Investigation",
        Instant.ofEpochSecond(1_780_000_000L),
        Optional.empty(),
        List.of("123456789012"),
        watchers,
        Optional.of(List.of()),
        services,
        Optional.of(List.of()));
  }

  @Test
  void theSameCaseNeedsNoUpdateWhateverTheOrderOfItsLists() {
    CaseFields live =
        fields("t", List.of(SOC, IR), Optional.of(List.of("Amazon EC2", "AWS Lambda")));
    CaseFields declared =
        fields("t", List.of(IR, SOC), Optional.of(List.of("AWS Lambda", "Amazon EC2")));

    assertTrue(CaseUpdate.between(live, declared).isEmpty());
  }

  @Test
  void aChangedWatcherIsDeletedAndAddedAndTheTitleIsSet() {
    CaseFields live = fields("old", List.of(SOC), Optional.of(List.of()));
    CaseFields declared = fields("new", List.of(IR), Optional.of(List.of()));

    CaseUpdate update = CaseUpdate.between(live, declared);

    assertEquals(Optional.of("new"), update.title());
    assertEquals(List.of(IR), update.watchers().add());
    assertEquals(List.of(SOC), update.watchers().delete());
    assertEquals(List.of("title", "watchers"), update.changedMembers());
  }

  @Test
  void anUndeclaredListIsNotManaged() {
    CaseFields live = fields("t", List.of(SOC), Optional.of(List.of("Amazon EC2")));
    CaseFields declared = fields("t", List.of(SOC), Optional.empty());

    assertTrue(CaseUpdate.between(live, declared).impactedServices().isEmpty());
  }

  @Test
  void anUpdateThatLandedLeavesNothingToDo() {
    CaseFields live = fields("old", List.of(SOC), Optional.of(List.of("Amazon EC2")));
    CaseFields declared = fields("new", List.of(SOC, IR), Optional.of(List.of("AWS Lambda")));

    CaseFields after = CaseUpdate.between(live, declared).applyTo(live);

    assertTrue(CaseUpdate.between(after, declared).isEmpty(), after.toString());
    assertFalse(after.toString().contains("new"), "toString hides the title");
  }

  @Test
  void tagsSetNewAndChangedValuesAndRemoveUndeclaredKeys() {
    TagChange change =
        TagChange.between(
            Map.of("keep", "1", "change", "a", "drop", "x"),
            Optional.of(Map.of("keep", "1", "change", "b", "add", "y")));

    assertEquals(Map.of("change", "b", "add", "y"), change.set());
    assertEquals(Set.of("drop"), change.remove());
    assertTrue(TagChange.between(Map.of("a", "1"), Optional.empty()).isEmpty());
  }
}
