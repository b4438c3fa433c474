package com.pulumi.securityir.emulator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARNs of the emulated account's resources, in the formats of the model's {@code CaseArn} and
 * {@code MembershipArn} patterns: {@code arn:aws:security-ir:<region>:<account>:case/<10 digits>}
 * and {@code arn:aws:security-ir:<region>:<account>:membership/<membership id>}.
 */
final class Arns {

  /** What an ARN names: a case or a membership, by id. */
  enum Kind {
    CASE,
    MEMBERSHIP
  }

  /** A resource named by an ARN of any region and account. */
  record Named(Kind kind, String id) {}

  private static final Pattern REGION = Pattern.compile("\\w+?-\\w+?-\\d+");
  private static final Pattern ANY =
      Pattern.compile(
          "^arn:aws:security-ir:[^:]*:[0-9]{12}:(?:case/([0-9]{10})|membership/(m-[a-z0-9]{10,32}))$");

  private Arns() {}

  /** The ARN of a case of the emulated account. */
  static String ofCase(String region, String caseId) {
    return prefix(region) + "case/" + caseId;
  }

  /** The ARN of a membership of the emulated account. */
  static String ofMembership(String region, String membershipId) {
    return prefix(region) + "membership/" + membershipId;
  }

  private static String prefix(String region) {
    return "arn:aws:security-ir:" + region + ":" + EmulatorDefaults.ACCOUNT_ID + ":";
  }

  /**
   * {@code region} when it is a region code, as the model's ARN patterns require; else {@code
   * fallback}.
   */
  static String regionOr(String region, String fallback) {
    return region != null && REGION.matcher(region).matches() ? region : fallback;
  }

  /**
   * The resource an ARN names, whatever its region and account: for the call log and fault
   * matching. Whether the resource exists there is for the caller to check, by comparing the ARN
   * with the resource's own.
   */
  static Optional<Named> named(String arn) {
    Matcher m = ANY.matcher(arn);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        m.group(1) != null
            ? new Named(Kind.CASE, m.group(1))
            : new Named(Kind.MEMBERSHIP, m.group(2)));
  }
}
