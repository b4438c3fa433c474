package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a list answer (ListCases, ListCaseEdits, ListComments).
 *
 * @param nextToken the token of the following page, or {@code null} on the last page
 * @param total how many items the whole list has
 */
record Page<T>(List<T> items, String nextToken, int total) {

  /** Items per page when the request gives no {@code maxResults}. */
  static final int DEFAULT_SIZE = 25;

  Page {
    items = List.copyOf(items);
  }

  /**
   * The page of {@code all} that starts where {@code nextToken} says (the first page when it is
   * {@code null} or empty); empty when the token does not come from a page of this list.
   */
  static <T> Optional<Page<T>> of(List<T> all, String nextToken, Integer maxResults) {
    int start = 0;
    if (nextToken != null && !nextToken.isEmpty()) {
      OptionalInt decoded = PageToken.decode(nextToken);
      if (decoded.isEmpty() || decoded.getAsInt() > all.size()) {
        return Optional.empty();
      }
      start = decoded.getAsInt();
    }
    int end = Math.min(all.size(), start + (maxResults == null ? DEFAULT_SIZE : maxResults));
    return Optional.of(
        new Page<>(
            all.subList(start, end), end < all.size() ? PageToken.encode(end) : null, all.size()));
  }
}
