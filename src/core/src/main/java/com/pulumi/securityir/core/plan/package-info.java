/**
 * The planner: from a case's actual status to its declared one, the shortest legal path through the
 * transition graph, or a refusal that says why not and what is possible. Pure functions over
 * immutable data; no I/O.
 */
package com.pulumi.securityir.core.plan;
