package com.pulumi.securityir.provider.services;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;

/**
 * What this plugin process knows of each case: at most one read per case per process, started as
 * early as possible and shared by every RPC that needs it.
 *
 * <p>The engine sends Check and Diff one resource at a time, so a Diff that read the case itself
 * would cost one serial round trip per resource. Instead Check (and Read) start the read in the
 * background; Create and Update wait for it, and Diff waits only when the live status decides its
 * answer. A plugin process lives for one engine operation, so a read stays valid for the process's
 * lifetime, and every reconcile stores the status it reached. A failed read is forgotten, so a
 * later RPC tries again. Thread-safe.
 */
public final class CaseReads {

  private final CaseGateway gateway;
  private final ExecutorService executor;
  private final ConcurrentMap<CaseId, CompletableFuture<CaseSnapshot>> known =
      new ConcurrentHashMap<>();

  public CaseReads(CaseGateway gateway, ExecutorService executor) {
    this.gateway = gateway;
    this.executor = executor;
  }

  /** Starts reading the case in the background unless it is known or being read. */
  public void prefetch(CaseId caseId) {
    CompletableFuture<CaseSnapshot> read = new CompletableFuture<>();
    if (known.putIfAbsent(caseId, read) != null) {
      return;
    }
    CompletableFuture.supplyAsync(() -> gateway.read(caseId, Deadline.none()), executor)
        .whenComplete(
            (snapshot, failure) -> {
              if (failure == null) {
                read.complete(snapshot);
                return;
              }
              // Only this read is forgotten, never a status remembered meanwhile; and before its
              // waiters learn of the failure, so one that reads again finds no stale entry.
              known.remove(caseId, read);
              read.completeExceptionally(failure);
            });
  }

  /**
   * The case as last known in this process, reading it now if nobody has.
   *
   * @throws CaseGatewayException if the read fails
   */
  public CaseSnapshot get(CaseId caseId) {
    prefetch(caseId);
    CompletableFuture<CaseSnapshot> pending = known.get(caseId);
    if (pending == null) {
      // The prefetch failed and was forgotten between the two lines above: read directly.
      return remember(gateway.read(caseId, Deadline.none()));
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

  /**
   * The case, only if a read of it has already completed successfully; never waits. Lets Diff
   * answer at once when the live status cannot change its answer.
   */
  public Optional<CaseSnapshot> peek(CaseId caseId) {
    CompletableFuture<CaseSnapshot> pending = known.get(caseId);
    if (pending == null || !pending.isDone() || pending.isCompletedExceptionally()) {
      return Optional.empty();
    }
    return Optional.of(pending.join());
  }

  /** Records a status this process established (after a step, or a fresh read). */
  public CaseSnapshot remember(CaseSnapshot snapshot) {
    known.put(snapshot.caseId(), CompletableFuture.completedFuture(snapshot));
    return snapshot;
  }

  /** Forgets a case whose state this process can no longer vouch for. */
  public void forget(CaseId caseId) {
    known.remove(caseId);
  }
}
