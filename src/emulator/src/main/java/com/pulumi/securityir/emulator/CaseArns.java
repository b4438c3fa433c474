package com.pulumi.securityir.emulator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Case ARNs: {@code arn:aws:security-ir:<region>:<account>:case/<10 digits>}. */
final class CaseArns {

  private static final Pattern REGION = Pattern.compile("\\w+?-\\w+?-\\d+");
  private static final Pattern ANY_ACCOUNT =
      Pattern.compile("^arn:aws:security-ir:[^:]*:[0-9]{12}:case/([0-9]{10})$");
  private static final Pattern THIS_ACCOUNT =
      Pattern.compile(
          "arn:aws:security-ir:[^:]+:" + EmulatorDefaults.ACCOUNT_ID + ":case/([0-9]{10})");

  private CaseArns() {}

  /** The ARN of a case of the emulated account. */
  static String of(String region, String caseId) {
    return "arn:aws:security-ir:" + region + ":" + EmulatorDefaults.ACCOUNT_ID + ":case/" + caseId;
  }

  /**
   * {@code region} when it is a region code, as the model's CaseArn pattern requires; else {@code
   * fallback}.
   */
  static String regionOr(String region, String fallback) {
    return region != null && REGION.matcher(region).matches() ? region : fallback;
  }

  /** The case id of a case ARN of the emulated account; empty for any other resource. */
  static Optional<String> caseInThisAccount(String arn) {
    return group(THIS_ACCOUNT.matcher(arn));
  }

  /** The case id of any account's case ARN, as the call log shows it. */
  static Optional<String> caseInAnyAccount(String arn) {
    return group(ANY_ACCOUNT.matcher(arn));
  }

  private static Optional<String> group(Matcher m) {
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
