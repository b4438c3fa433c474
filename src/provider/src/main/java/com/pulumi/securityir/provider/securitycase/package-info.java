/**
 * The {@code securityir:index:Case} resource (the package is not named {@code case}, a Java
 * keyword): a case created and kept by the program, its handler, codec, and the changes that bring
 * the live case to the declared one.
 */
package com.pulumi.securityir.provider.securitycase;
