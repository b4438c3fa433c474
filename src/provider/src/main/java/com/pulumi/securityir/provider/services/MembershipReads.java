package com.pulumi.securityir.provider.services;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipGateway;
import com.pulumi.securityir.core.gateway.MembershipId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What this plugin process knows of each membership (GetMembership and its tags): at most one read
 * per membership per process, shared by the Diff, Update and Read of the {@code Membership}
 * resource, and kept true to what the process changed. A plugin process lives for one engine
 * operation, so a read stays valid for its lifetime. A failed read is forgotten, so a later RPC
 * reads again. Thread-safe: concurrent callers for one membership wait for the same read.
 */
public final class MembershipReads {

  private final MembershipGateway gateway;
  private final ConcurrentMap<MembershipId, CompletableFuture<LiveMembership>> known =
      new ConcurrentHashMap<>();

  public MembershipReads(MembershipGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  /** The port that reads and changes memberships. */
  public MembershipGateway gateway() {
    return gateway;
  }

  /**
   * The membership as last known in this process, reading it now if nobody has.
   *
   * @throws CaseGatewayException if the read fails
   */
  public LiveMembership get(MembershipId id) {
    CompletableFuture<LiveMembership> mine = new CompletableFuture<>();
    CompletableFuture<LiveMembership> pending = known.putIfAbsent(id, mine);
    if (pending == null) {
      try {
        mine.complete(gateway.read(id, Deadline.none()));
      } catch (RuntimeException e) {
        known.remove(id, mine);
        mine.completeExceptionally(e);
        throw e;
      }
      return mine.join();
    }
    try {
      return pending.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof CaseGatewayException gatewayError) {
        throw gatewayError;
      }
      throw e;
    }
  }

  /** Records what this process established of a membership (after a change, or a fresh read). */
  public LiveMembership remember(LiveMembership live) {
    known.put(live.id(), CompletableFuture.completedFuture(live));
    return live;
  }

  /** Forgets a membership, so the next {@link #get} reads it again. */
  public void forget(MembershipId id) {
    known.remove(id);
  }
}
