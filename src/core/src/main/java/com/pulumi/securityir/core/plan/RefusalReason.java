package com.pulumi.securityir.core.plan;

/** Why the planner refused to plan a move. */
public enum RefusalReason {
  /** The case is Closed; closed cases cannot be reopened. */
  CLOSED_IS_TERMINAL,
  /** The declared status (Acknowledged, Ready to Close) is never set through the API. */
  TARGET_NOT_SETTABLE,
  /** The case is AWS-supported; its only customer-made change is closing it. */
  AWS_SUPPORTED_CAN_ONLY_CLOSE,
  /** The graph has no path from the actual to the declared status (e.g. back to Submitted). */
  NO_LEGAL_PATH
}
