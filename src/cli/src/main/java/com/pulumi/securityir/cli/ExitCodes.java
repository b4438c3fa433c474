package com.pulumi.securityir.cli;

/**
 * The exit codes of {@code securityir}, modelled on {@code terraform plan -detailed-exitcode} so
 * scripts can tell "nothing to do" from "changes pending" from "something is wrong".
 */
public final class ExitCodes {

  /** Nothing to do, or everything converged. */
  public static final int OK = 0;

  /**
   * Any error: a refusal, an unreadable case, a failed or stopped step, a bad file or option, an
   * apply that was not confirmed. Also used for command-line usage errors, so that 2 keeps its one
   * meaning.
   */
  public static final int ERROR = 1;

  /** {@code plan} only: the file and the service differ, and every difference can be applied. */
  public static final int CHANGES_PENDING = 2;

  private ExitCodes() {}
}
