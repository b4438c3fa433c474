package com.pulumi.securityir.provider.resource;

/** What a Delete did; either way the engine drops the resource from its state. */
public enum Deletion {
  /** The object was removed (or ended, e.g. a case closed). */
  REMOVED,
  /** The object was left as it is; only Pulumi stops managing it. */
  LEFT_IN_PLACE
}
