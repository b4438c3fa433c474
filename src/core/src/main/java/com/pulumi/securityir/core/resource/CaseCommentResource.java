package com.pulumi.securityir.core.resource;

import static com.pulumi.securityir.core.resource.PropertyDescriptor.optional;
import static com.pulumi.securityir.core.resource.PropertyDescriptor.required;

import java.util.List;

/**
 * {@code securityir:index:CaseComment}: one comment on a case. Its body is sensitive in the API
 * model, so always secret; a changed case id replaces the comment (a comment cannot move).
 */
public final class CaseCommentResource {

  public static final String TOKEN = "securityir:index:CaseComment";

  public static final String CASE_ID = "caseId";
  public static final String BODY = "body";
  public static final String COMMENT_ID = "commentId";
  public static final String CREATED_DATE = "createdDate";
  public static final String LAST_UPDATED_DATE = "lastUpdatedDate";

  private static final ValueShape CASE =
      ValueShape.text(TextRules.length(10, 32).matching("\\d{10,32}.*"));
  private static final ValueShape COMMENT_BODY = ValueShape.text(TextRules.length(1, 12000));
  private static final ValueShape DATE = ValueShape.text(TextRules.dateTime());

  public static final ResourceDescriptor DESCRIPTOR =
      new ResourceDescriptor(
          TOKEN,
          List.of(
              required(CASE_ID, CASE).replacingOnChange(), required(BODY, COMMENT_BODY).asSecret()),
          List.of(
              required(CASE_ID, CASE),
              required(COMMENT_ID, ValueShape.text(TextRules.length(6, 6).matching("\\d{6}"))),
              required(BODY, COMMENT_BODY).asSecret(),
              optional(CREATED_DATE, DATE),
              optional(LAST_UPDATED_DATE, DATE)));

  private CaseCommentResource() {}
}
