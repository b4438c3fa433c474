/**
 * The Pulumi resource provider plugin of {@code securityir}: a gRPC server the Pulumi engine
 * launches as {@code bin/pulumi-resource-securityir} ({@link
 * com.pulumi.securityir.provider.PluginMain}), put together by {@link
 * com.pulumi.securityir.provider.ProviderAssembly}. The server ({@code server}) owns the protocol
 * and dispatches each resource RPC by type token to one handler per resource ({@code resource} is
 * the handlers' contract, {@code casestatus} one handler); the provider's own configuration lives
 * in {@code config}, the services handlers share in {@code services}. Nothing here writes to stdout
 * except the port line.
 */
package com.pulumi.securityir.provider;
