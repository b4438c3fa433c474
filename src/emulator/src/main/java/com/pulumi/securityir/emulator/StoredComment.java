package com.pulumi.securityir.emulator;

/** A comment as stored; {@code body} is sensitive and never appears in {@link #toString()}. */
record StoredComment(
    String commentId, long createdDate, long lastUpdatedDate, String creator, String body) {
  @Override
  public String toString() {
    return "StoredComment[commentId=" + commentId + ", body=<sensitive>]";
  }
}
