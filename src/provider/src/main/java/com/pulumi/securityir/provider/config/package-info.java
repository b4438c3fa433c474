/**
 * The provider's own configuration (region, endpoint, credentials, retries, transition graph):
 * CheckConfig, DiffConfig and Configure, and the services it builds over the AWS SDK gateway.
 */
package com.pulumi.securityir.provider.config;
