package com.pulumi.securityir.emulator;

/**
 * A comment as stored; {@code body} is sensitive and never appears in {@link #toString()}.
 *
 * @param lastUpdatedBy who wrote the current body; state files written before UpdateCaseComment
 *     existed lack it, and then the creator, the only writer so far, is assumed
 */
record StoredComment(
    String commentId,
    long createdDate,
    long lastUpdatedDate,
    String creator,
    String lastUpdatedBy,
    String body) {

  StoredComment {
    if (lastUpdatedBy == null) {
      lastUpdatedBy = creator;
    }
  }

  /** A new comment: created and last updated at once, by one principal. */
  static StoredComment created(String commentId, Stamp at, String body) {
    return new StoredComment(
        commentId, at.atMillis(), at.atMillis(), at.principal(), at.principal(), body);
  }

  /** This comment with {@code newBody}, written at {@code at}. */
  StoredComment edited(String newBody, Stamp at) {
    return new StoredComment(
        commentId, createdDate, at.atMillis(), creator, at.principal(), newBody);
  }

  @Override
  public String toString() {
    return "StoredComment[commentId=" + commentId + ", body=<sensitive>]";
  }
}
