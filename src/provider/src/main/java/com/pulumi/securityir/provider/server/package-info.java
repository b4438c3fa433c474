/**
 * The gRPC edge: the engine's protocol, the translation of protobuf {@code Struct}s into property
 * values at once ({@link com.pulumi.securityir.provider.server.StructCodec}), dispatch by type
 * token, and the gRPC status of every kind of failure.
 */
package com.pulumi.securityir.provider.server;
