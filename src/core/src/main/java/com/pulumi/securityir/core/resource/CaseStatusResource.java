package com.pulumi.securityir.core.resource;

import static com.pulumi.securityir.core.resource.PropertyDescriptor.optional;
import static com.pulumi.securityir.core.resource.PropertyDescriptor.required;

import java.util.List;

/**
 * {@code securityir:index:CaseStatus}: the declared status of a case created elsewhere. Its inputs
 * are also the keys of a case in cases.yaml.
 */
public final class CaseStatusResource {

  public static final String TOKEN = "securityir:index:CaseStatus";

  public static final String CASE_ID = "caseId";
  public static final String STATUS = "status";
  public static final String CLOSE_ON_DELETE = "closeOnDelete";

  /** Why the status is declared; added to the comment that records a change, never compared. */
  public static final String NOTE = "note";

  /** Whether an applied change is recorded as a comment on the case (default true). */
  public static final String COMMENT = "comment";

  public static final String RESOLVER_TYPE = "resolverType";
  public static final String TITLE = "title";
  public static final String CASE_ARN = "caseArn";
  public static final String LAST_TRANSITIONS = "lastTransitions";

  public static final ResourceDescriptor DESCRIPTOR =
      new ResourceDescriptor(
          TOKEN,
          List.of(
              required(CASE_ID, PropertyType.STRING).replacingOnChange(),
              required(STATUS, PropertyType.STRING),
              optional(CLOSE_ON_DELETE, PropertyType.BOOLEAN),
              optional(NOTE, PropertyType.STRING),
              optional(COMMENT, PropertyType.BOOLEAN)),
          List.of(
              required(CASE_ID, PropertyType.STRING),
              required(STATUS, PropertyType.STRING),
              required(CLOSE_ON_DELETE, PropertyType.BOOLEAN),
              optional(NOTE, PropertyType.STRING),
              required(COMMENT, PropertyType.BOOLEAN),
              required(RESOLVER_TYPE, PropertyType.STRING),
              // Sensitive in the service's API model.
              required(TITLE, PropertyType.STRING).asSecret(),
              required(CASE_ARN, PropertyType.STRING),
              required(
                  LAST_TRANSITIONS,
                  new ValueShape.ListOf(
                      new ValueShape.ObjectOf(
                          "securityir:index:CaseTransition",
                          List.of(
                              required("from", PropertyType.STRING),
                              required("to", PropertyType.STRING),
                              required("operation", PropertyType.STRING),
                              required("time", PropertyType.STRING))),
                      0,
                      Integer.MAX_VALUE))));

  private CaseStatusResource() {}
}
