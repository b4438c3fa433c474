package com.pulumi.securityir.emulator;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Function;

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

  static OpResult fail(Rejection rejection) {
    return new Failed(ApiError.of(rejection));
  }

  /** Success with the operation's output shape rendered from {@code view}. */
  static OpResult render(Operation op, WireWriter.Members view) {
    return ok(WireWriter.object(ResponseSchemas.outputOf(op), view));
  }

  /**
   * The page of {@code all} the request's {@code nextToken} and {@code maxResults} ask for,
   * rendered as the operation's output; a ValidationException naming {@code nextToken} when the
   * token is not from a page of this list.
   */
  static <T> OpResult page(
      Operation op, JsonObject in, List<T> all, Function<T, WireWriter.Members> item) {
    return Page.of(all, WireReader.string(in, "nextToken"), WireReader.integer(in, "maxResults"))
        .map(page -> render(op, WireViews.of(page, item)))
        .orElseGet(
            () ->
                fail(
                    ApiError.fieldValidation(
                        List.of(
                            new FieldProblem(
                                "nextToken",
                                "Not a token from a previous page of this list; omit nextToken"
                                    + " to start from the first page")))));
  }
}
