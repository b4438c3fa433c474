/** What every resource handler works with once the provider is configured. */
package com.pulumi.securityir.provider.services;
