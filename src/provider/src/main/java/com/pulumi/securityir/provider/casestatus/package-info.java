/** The {@code securityir:index:CaseStatus} resource: its handler, codec and Diff decision. */
package com.pulumi.securityir.provider.casestatus;
