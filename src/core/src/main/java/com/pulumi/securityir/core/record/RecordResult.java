package com.pulumi.securityir.core.record;

import java.util.Objects;

/** How recording one change on its case ended. */
public sealed interface RecordResult {

  /** Nothing changed, or recording is turned off: no call was made. */
  record NotNeeded() implements RecordResult {}

  /** The comment is on the case (new, or the one an earlier attempt added with the same token). */
  record Posted(String commentId) implements RecordResult {
    public Posted {
      Objects.requireNonNull(commentId, "commentId");
    }
  }

  /**
   * The comment could not be added. The change itself stands; {@code warning} names the case and
   * the cause (never the comment's text) for the face to show as a warning.
   */
  record Failed(String warning) implements RecordResult {
    public Failed {
      Objects.requireNonNull(warning, "warning");
    }
  }
}
