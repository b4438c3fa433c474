package com.pulumi.securityir.core.lifecycle;

/** The service operation that performs one transition. */
public enum ApiOperation {
  /** {@code UpdateCaseStatus}: every move of a self-managed case except closing it. */
  UPDATE_CASE_STATUS("UpdateCaseStatus"),
  /** {@code CloseCase}: the only way to reach Closed, for both resolver types. */
  CLOSE_CASE("CloseCase");

  private final String operationName;

  ApiOperation(String operationName) {
    this.operationName = operationName;
  }

  /** The operation's name in the API, e.g. {@code UpdateCaseStatus}. */
  public String operationName() {
    return operationName;
  }

  @Override
  public String toString() {
    return operationName;
  }
}
