/**
 * The production {@link com.pulumi.securityir.core.gateway.CaseGateway}: AWS Security Incident
 * Response over the AWS SDK for Java v2, plus the read-only audit trail the CLI's demo prints.
 *
 * <p>Entry points: {@link com.pulumi.securityir.gateway.GatewayConfig} (what to connect to and with
 * which credentials; {@code validate()} returns problems as data), {@link
 * com.pulumi.securityir.gateway.EndpointPolicy} (the one rule for endpoint overrides), and {@link
 * com.pulumi.securityir.gateway.AwsCaseGateway#open} (builds the one SDK client of a configuration
 * and the gateway over it). Inside, three parts: the client opener (configuration, credentials,
 * endpoint rule), the retrying caller (deadline, retry policy, sleeper) and the gateway itself, a
 * thin mapper of requests and responses; the failure translator words every error. Secrets travel
 * as {@link com.pulumi.securityir.gateway.Secret} and never appear in messages or {@code
 * toString()}.
 */
package com.pulumi.securityir.gateway;
