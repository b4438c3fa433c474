package com.pulumi.securityir.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a {@link SeedCase} can become a case: the same member bounds CreateCase has, plus a
 * 10-digit id when one is given. Validation returns data; stateless.
 */
final class SeedValidation {

  /** The fields of a seed, in the order messages list them. */
  static final List<String> FIELDS =
      List.of("caseId", "title", "status", "resolverType", "description", "engagementType");

  private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

  private SeedValidation() {}

  /** Every problem with {@code seed}, each naming the field and the fix; empty when usable. */
  static List<String> problems(SeedCase seed) {
    List<String> problems = new ArrayList<>();
    if (seed.caseId() != null && !TEN_DIGITS.matcher(seed.caseId()).matches()) {
      problems.add(
          "caseId '"
              + seed.caseId()
              + "' must be exactly 10 digits (the service's case id "
              + "format), or leave it out to have one minted");
    }
    if (seed.title() == null || seed.title().isEmpty() || seed.title().length() > 300) {
      problems.add("title is required and must be 1-300 characters");
    }
    if (seed.status() == null) {
      problems.add("status is required: one of " + CaseState.wireValues());
    }
    if (seed.resolverType() == null) {
      problems.add("resolverType is required: one of " + Resolver.wireValues());
    }
    if (seed.description() != null
        && (seed.description().isEmpty() || seed.description().length() > 8000)) {
      problems.add("description must be 1-8000 characters when given");
    }
    if (seed.engagementType() != null
        && !RequestSchemas.ENGAGEMENT_TYPE.values().contains(seed.engagementType())) {
      problems.add(
          "engagementType '"
              + seed.engagementType()
              + "' must be one of "
              + RequestSchemas.ENGAGEMENT_TYPE.values());
    }
    return problems;
  }
}
