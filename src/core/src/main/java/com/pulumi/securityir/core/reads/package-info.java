/**
 * Learning the live status of many declared cases in as few round trips as the service allows:
 * {@link com.pulumi.securityir.core.reads.BulkReads} chooses between {@code ListCases} pages and
 * one {@code GetCase} per case, for every face.
 */
package com.pulumi.securityir.core.reads;
