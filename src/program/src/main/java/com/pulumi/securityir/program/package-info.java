/**
 * The root Pulumi program of this repository: reads {@code cases.yaml} and declares one {@link
 * com.pulumi.securityir.CaseStatus} per entry.
 */
package com.pulumi.securityir.program;
