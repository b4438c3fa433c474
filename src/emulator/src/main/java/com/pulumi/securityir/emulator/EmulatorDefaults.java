package com.pulumi.securityir.emulator;

/**
 * Fixed identities of the emulated account (values the real service would derive from the caller).
 */
public final class EmulatorDefaults {
  /** The 12-digit account id in every case ARN. */
  public static final String ACCOUNT_ID = "123456789012";

  /** Region used when a request's signing scope names none. */
  public static final String REGION = "us-east-1";

  /** Quota code reported by ThrottlingException (emulator value; AWS publishes none). */
  public static final String RATE_QUOTA_CODE = "L-EMULATOR-RPS";

  /** Quota code reported by an injected ServiceQuotaExceededException (emulator value). */
  public static final String CASE_QUOTA_CODE = "L-EMULATOR-CASES";

  /** Principal recorded in the audit trail for moves made through the control plane. */
  public static final String RESPONDER = "AWS Responder";

  private EmulatorDefaults() {}
}
