package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.Map;

/** A change requested of one existing membership; {@link MembershipRules#apply} decides it. */
sealed interface MembershipChange {

  /** UpdateMembership. */
  record Update(MembershipPatch patch) implements MembershipChange {}

  /** CancelMembership. */
  record Cancel() implements MembershipChange {}

  /** The control plane's termination of a cancelled membership, as AWS does eventually. */
  record Terminate() implements MembershipChange {}

  /** TagResource: adds or replaces these tags. */
  record Tag(Map<String, String> tags) implements MembershipChange {
    public Tag {
      tags = Copies.map(tags);
    }
  }

  /** UntagResource: removes these keys (absent ones are ignored). */
  record Untag(List<String> keys) implements MembershipChange {
    public Untag {
      keys = List.copyOf(keys);
    }
  }
}
