package com.pulumi.securityir.provider.securitycase;

import static com.pulumi.securityir.core.resource.CaseResource.CLOSE_ON_DELETE;
import static com.pulumi.securityir.core.resource.CaseResource.RESOLVER_TYPE;
import static com.pulumi.securityir.core.resource.CaseResource.STATUS;
import static com.pulumi.securityir.core.resource.CaseResource.TAGS;

import com.pulumi.securityir.core.gateway.CaseUpdate;
import com.pulumi.securityir.core.gateway.LiveCase;
import com.pulumi.securityir.core.gateway.TagChange;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.resource.CaseResource;
import com.pulumi.securityir.provider.resource.DiffResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What brings a live case to the declared one, in the order Update makes the calls: one UpdateCase
 * with every changed member, TagResource and UntagResource, UpdateResolverType, then the status.
 * Computed from the live case, not from the inputs recorded before, so after a stop part-way the
 * next run finds only what is left. A pure function of its arguments.
 *
 * @param resolver the resolver type to change to, when it differs from the live one
 * @param status the status to walk to, when declared and different from the live one
 */
record CaseChanges(
    CaseUpdate update,
    TagChange tags,
    Optional<ResolverType> resolver,
    Optional<LifecycleStatus> status,
    boolean closeOnDelete) {

  CaseChanges {
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(tags, "tags");
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(status, "status");
  }

  /**
   * @param recordedCloseOnDelete the closeOnDelete of the recorded state (not a member of the case)
   */
  static CaseChanges between(LiveCase live, CaseInputs declared, boolean recordedCloseOnDelete) {
    return new CaseChanges(
        CaseUpdate.between(live.fields(), declared.fields()),
        TagChange.between(live.tags(), declared.tags()),
        Optional.of(declared.resolverType()).filter(r -> r != live.resolverType()),
        declared.status().filter(s -> s != live.status()),
        declared.closeOnDelete() != recordedCloseOnDelete);
  }

  /** Whether AWS responders work the case and the program asks for it back (refused). */
  boolean deescalates() {
    return resolver.equals(Optional.of(ResolverType.SELF));
  }

  /** Whether the program hands a self-managed case to AWS responders (one-way). */
  boolean escalates() {
    return resolver.equals(Optional.of(ResolverType.AWS));
  }

  /** The changed inputs, each an in-place update (no change of a case replaces it). */
  DiffResult diff() {
    List<String> changed = new ArrayList<>(update.changedMembers());
    if (!tags.isEmpty()) {
      changed.add(TAGS);
    }
    resolver.ifPresent(r -> changed.add(RESOLVER_TYPE));
    status.ifPresent(s -> changed.add(STATUS));
    if (closeOnDelete) {
      changed.add(CLOSE_ON_DELETE);
    }
    return DiffResult.updates(CaseResource.DESCRIPTOR, changed);
  }

  /** The case once every change has landed, as far as it is known without reading it again. */
  LiveCase appliedTo(LiveCase live) {
    return live.withFields(update.applyTo(live.fields()))
        .withTags(tags.applyTo(live.tags()))
        .withStatus(status.orElse(live.status()), resolver.orElse(live.resolverType()));
  }
}
