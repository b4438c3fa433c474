/**
 * What each resource's properties are, once: names, types, required and secret flags, and which
 * inputs replace the resource when they change. The provider decodes inputs by these descriptors,
 * the cases.yaml loader takes its keys from them, and a test holds {@code schema.json} and the Java
 * SDK to them. Pure data, no dependency but the JDK.
 */
package com.pulumi.securityir.core.resource;
