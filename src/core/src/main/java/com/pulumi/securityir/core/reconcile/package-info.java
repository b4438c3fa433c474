/**
 * The reconciler: walks a plan against a {@link com.pulumi.securityir.core.gateway.CaseGateway} one
 * step at a time, re-plans when someone else moves the case, honours deadlines and cancellation
 * between steps, and always reports the status actually reached.
 */
package com.pulumi.securityir.core.reconcile;
