/**
 * The Security Incident Response case lifecycle as data: the seven statuses with their exact API
 * spellings, resolver types, case ids and the transition graph. Free of gRPC, Pulumi and AWS SDK
 * types; every face and the gateway translate into these types at their edge.
 */
package com.pulumi.securityir.core.lifecycle;
