package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every case {@code ListCases} lists, page after page, for {@code securityir import}. A listing
 * that cannot end (a page token given twice, or more than {@value #MAX_PAGES} pages) is a failure,
 * as is a failed call; nothing is returned part-way. Makes read calls only. Stateless.
 */
final class ImportListing {

  /** Far more pages than a cases file can hold cases for (25 a page, 1 MiB a file). */
  static final int MAX_PAGES = 10_000;

  private ImportListing() {}

  /** The result of {@link #list}. */
  sealed interface Listing {

    /** Every listed case in the service's order, and how many pages that took. */
    record Listed(List<CaseSnapshot> cases, int pages) implements Listing {
      public Listed {
        cases = List.copyOf(cases);
      }
    }

    /** The listing stopped; {@code reason} is one line for the user. */
    record Failed(String reason) implements Listing {
      public Failed {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }

  static Listing list(CaseGateway gateway, Deadline deadline) {
    List<CaseSnapshot> cases = new ArrayList<>();
    // The page each token was given on, so a token given again is caught before it loops.
    Map<String, Integer> tokens = new HashMap<>();
    Optional<String> next = Optional.empty();
    for (int page = 1; page <= MAX_PAGES; page++) {
      CasePage answer;
      try {
        answer = gateway.listCases(next, deadline);
      } catch (CaseGatewayException e) {
        return new Listing.Failed(
            "ListCases failed" + (page > 1 ? " on page " + page : "") + ": " + e.getMessage());
      }
      cases.addAll(answer.cases());
      if (answer.nextToken().isEmpty()) {
        return new Listing.Listed(cases, page);
      }
      Integer first = tokens.putIfAbsent(answer.nextToken().get(), page);
      if (first != null) {
        return new Listing.Failed(
            "ListCases answered page "
                + page
                + " with the same next-page token as page "
                + first
                + ", so the listing would never end; try again later, and report it if it"
                + " persists");
      }
      next = answer.nextToken();
    }
    return new Listing.Failed(
        "ListCases gave more than "
            + MAX_PAGES
            + " pages, more cases than a cases file can hold; narrow the import with --resolver,"
            + " or leave out --all");
  }
}
