/**
 * The case record that says why: the one comment a face adds to a case after it changed the case's
 * status, saying from which status to which, by which steps, from where and with which note.
 */
package com.pulumi.securityir.core.record;
