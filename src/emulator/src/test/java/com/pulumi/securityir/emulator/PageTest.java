package com.pulumi.securityir.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paged lists: tokens walk every item exactly once, and foreign tokens are refused. */
class PageTest {

  private static final List<Integer> SIXTY = IntStream.range(0, 60).boxed().toList();

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 25})
  void followingNextTokenVisitsEveryItemOnceInOrder(int maxResults) {
    List<Integer> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Page<Integer> page = Page.of(SIXTY, token, maxResults).orElseThrow();
      assertTrue(page.items().size() <= maxResults);
      assertEquals(60, page.total());
      seen.addAll(page.items());
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertEquals(SIXTY, seen);
    assertEquals((60 + maxResults - 1) / maxResults, pages);
  }

  @Test
  void withoutMaxResultsAPageHas25Items() {
    Page<Integer> first = Page.of(SIXTY, null, null).orElseThrow();
    assertEquals(SIXTY.subList(0, 25), first.items());
    assertEquals(Page.of(SIXTY, "", null).orElseThrow(), first);
  }

  @Test
  void theLastPageHasNoNextToken() {
    assertNull(Page.of(List.of(1, 2), null, 2).orElseThrow().nextToken());
  }

  @ParameterizedTest
  @ValueSource(strings = {"zzz", "b2Zmc2V0Ojk5", "bm90IGEgdG9rZW4", "%%%"})
  void aTokenThatNoPageOfThisListGaveIsRefused(String token) {
    // b2Zmc2V0Ojk5 is "offset:99", beyond the list; bm90IGEgdG9rZW4 is "not a token".
    assertTrue(Page.of(SIXTY, token, 5).isEmpty());
  }
}
