/**
 * The {@code securityir:index:CaseComment} resource: one comment on a case, its handler and codec.
 */
package com.pulumi.securityir.provider.casecomment;
