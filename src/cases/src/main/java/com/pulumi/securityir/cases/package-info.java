/**
 * The {@code cases.yaml} loader shared by the root Pulumi program and the CLI: reads the file with
 * SnakeYAML's node composer only (no object construction), enforces size, depth, alias and tag
 * limits, and turns every problem into a {@link com.pulumi.securityir.cases.LoadProblem} with file,
 * line and column. YAML nodes never leave this package: callers get domain values.
 */
package com.pulumi.securityir.cases;
