/**
 * The port through which the core reads and moves cases: {@link
 * com.pulumi.securityir.core.gateway.CaseGateway}, the snapshot it returns and the domain errors it
 * raises. The AWS SDK implementation lives in {@code com.pulumi.securityir.gateway}; tests use
 * in-memory fakes.
 */
package com.pulumi.securityir.core.gateway;
