/**
 * The {@code securityir:index:Membership} resource: the account's Security Incident Response
 * membership (its subscription) declared by the program, its handler, codec, and the calls that
 * bring the live membership to the declared one.
 */
package com.pulumi.securityir.provider.membership;
