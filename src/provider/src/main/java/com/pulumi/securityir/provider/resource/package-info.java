/**
 * The contract of a resource handler ({@link
 * com.pulumi.securityir.provider.resource.ResourceHandler}): typed requests and closed results per
 * operation, failures as data, and property values with Pulumi's conventions decoded. Nothing here
 * depends on protobuf or gRPC.
 */
package com.pulumi.securityir.provider.resource;
