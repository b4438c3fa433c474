/**
 * The Pulumi resource provider plugin for {@code securityir:index:CaseStatus}: a gRPC server the
 * Pulumi engine launches as {@code bin/pulumi-resource-securityir}. It translates protobuf
 * structures into domain types at the edge ({@link com.pulumi.securityir.provider.PropertyValue},
 * {@link com.pulumi.securityir.provider.CaseStatusInputs}) and delegates planning and walking to
 * the core. Nothing here writes to stdout except the port line.
 */
package com.pulumi.securityir.provider;
