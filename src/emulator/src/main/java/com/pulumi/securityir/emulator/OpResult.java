package com.pulumi.securityir.emulator;

import com.google.gson.JsonObject;

/** The outcome of one API operation: the success body, or a modelled error. */
sealed interface OpResult {

  /** Success with the JSON body to send (empty object for operations with an empty output). */
  record Ok(JsonObject body) implements OpResult {}

  /** A modelled error. */
  record Failed(ApiError error) implements OpResult {}

  static OpResult ok(JsonObject body) {
    return new Ok(body);
  }

  static OpResult fail(ApiError error) {
    return new Failed(error);
  }
}
