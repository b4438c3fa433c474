package com.pulumi.securityir.provider.services;

import com.pulumi.securityir.core.gateway.CaseDetailsGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.LiveCase;
import com.pulumi.securityir.core.lifecycle.CaseId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What this plugin process knows of each whole case (GetCase and its tags): at most one full read
 * per case per process, shared by the Diff, Update and Read of the {@code Case} resource, and kept
 * true to what the process changed. A plugin process lives for one engine operation, so a read
 * stays valid for its lifetime. A failed read is forgotten, so a later RPC reads again.
 * Thread-safe: concurrent callers for one case wait for the same read.
 */
public final class CaseDetailReads {

  private final CaseDetailsGateway gateway;
  private final ConcurrentMap<CaseId, CompletableFuture<LiveCase>> known =
      new ConcurrentHashMap<>();

  public CaseDetailReads(CaseDetailsGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  /** The port that reads and changes cases' contents. */
  public CaseDetailsGateway gateway() {
    return gateway;
  }

  /**
   * The case as last known in this process, reading it now if nobody has.
   *
   * @throws CaseGatewayException if the read fails
   */
  public LiveCase get(CaseId caseId) {
    CompletableFuture<LiveCase> mine = new CompletableFuture<>();
    CompletableFuture<LiveCase> pending = known.putIfAbsent(caseId, mine);
    if (pending == null) {
      try {
        mine.complete(gateway.read(caseId, Deadline.none()));
      } catch (RuntimeException e) {
        known.remove(caseId, mine);
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

  /** Records what this process established of a case (after a change, or a fresh read). */
  public LiveCase remember(LiveCase live) {
    known.put(live.caseId(), CompletableFuture.completedFuture(live));
    return live;
  }

  /** Forgets a case, so the next {@link #get} reads it again. */
  public void forget(CaseId caseId) {
    known.remove(caseId);
  }
}
