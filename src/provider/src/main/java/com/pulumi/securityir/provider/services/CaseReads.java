package com.pulumi.securityir.provider.services;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.reads.BulkReads;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * later RPC tries again.
 *
 * <p>Reads by the page: the first case is read with {@code GetCase}. From the second case on, a
 * case not known yet waits for the account's {@code ListCases} pages, read one after the other
 * while some case waits for them; every case a page shows is then known without a call of its own.
 * The pages read never outnumber the fewest pages that could show the cases asked for so far
 * ({@code ceil(asked / 25)}), and no page is read while the pages so far saved fewer reads than
 * they cost, so pages cost at most one call more than the {@code GetCase} reads they replace,
 * whatever order the service lists cases in (its documentation does not say); a case still waiting
 * when pages stop paying, or when the last page is read, is read with {@code GetCase}. A page never
 * overwrites a case this process already knows, moved or forgot; a forgotten case is always read
 * with {@code GetCase}.
 *
 * <p>Thread-safe. The scan's state is guarded by one lock, held only to update it, never during a
 * call.
 */
public final class CaseReads {

  /** The number of cases asked for before pages may be read: one case is cheaper by itself. */
  private static final int CASES_BEFORE_PAGES = 2;

  private final CaseGateway gateway;
  private final ExecutorService executor;
  private final ConcurrentMap<CaseId, CompletableFuture<CaseSnapshot>> known =
      new ConcurrentHashMap<>();

  private final Object lock = new Object();
  // Guarded by lock.
  private final Set<CaseId> asked = new HashSet<>();
  private final Set<CaseId> readDirectly = new HashSet<>();
  private final Map<CaseId, CompletableFuture<CaseSnapshot>> waiting = new LinkedHashMap<>();
  private final Set<CaseId> shownAhead = new HashSet<>();
  private int readsSaved;
  private Optional<String> nextPage = Optional.empty();
  private int pagesRead;
  private boolean pageInFlight;
  private boolean pagesDone;

  public CaseReads(CaseGateway gateway, ExecutorService executor) {
    this.gateway = gateway;
    this.executor = executor;
  }

  /** Starts reading the case in the background unless it is known or being read. */
  public void prefetch(CaseId caseId) {
    CompletableFuture<CaseSnapshot> read;
    synchronized (lock) {
      asked.add(caseId);
      if (known.containsKey(caseId)) {
        if (shownAhead.remove(caseId)) {
          readsSaved++;
        }
        return;
      }
      read = new CompletableFuture<>();
      known.put(caseId, read);
      if (pagesMayShow(caseId)) {
        waiting.put(caseId, read);
        if (!pageInFlight) {
          pageInFlight = true;
          executor.execute(this::readPages);
        }
        return;
      }
    }
    readCase(caseId, read);
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
    synchronized (lock) {
      known.put(snapshot.caseId(), CompletableFuture.completedFuture(snapshot));
      shownAhead.remove(snapshot.caseId());
    }
    return snapshot;
  }

  /** Forgets a case whose state this process can no longer vouch for; it is read anew. */
  public void forget(CaseId caseId) {
    synchronized (lock) {
      known.remove(caseId);
      shownAhead.remove(caseId);
      // A page read before now could be older than whatever made the case unknown.
      readDirectly.add(caseId);
    }
  }

  private boolean pagesMayShow(CaseId caseId) {
    return !pagesDone
        && !readDirectly.contains(caseId)
        && asked.size() >= CASES_BEFORE_PAGES
        && (pageInFlight || pagesPay());
  }

  /**
   * Whether another page may be read: no more pages than the fewest that could show every case
   * asked for, and none while the pages so far saved fewer reads than they cost, as when the
   * service lists many other cases (closed ones, say) before the declared ones.
   */
  private boolean pagesPay() {
    int fewestPages = (asked.size() + BulkReads.PAGE_SIZE - 1) / BulkReads.PAGE_SIZE;
    return !pagesDone && pagesRead < fewestPages && readsSaved >= pagesRead;
  }

  private void readCase(CaseId caseId, CompletableFuture<CaseSnapshot> read) {
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
   * Reads pages one after the other while a case waits for them and the budget allows, settling
   * what each shows; runs on the executor, the only page reader while {@code pageInFlight}.
   */
  private void readPages() {
    boolean another = true;
    while (another) {
      Optional<String> token;
      synchronized (lock) {
        token = nextPage;
      }
      CasePage page;
      try {
        page = gateway.listCases(token, Deadline.none());
      } catch (RuntimeException e) {
        // Pages only save calls: when they fail, each waiting case gets its own read, which
        // reports any failure to the RPC that needs the case.
        stopPages().forEach(this::readCase);
        return;
      }
      Map<CompletableFuture<CaseSnapshot>, CaseSnapshot> shown = new LinkedHashMap<>();
      Map<CaseId, CompletableFuture<CaseSnapshot>> unshown = Map.of();
      synchronized (lock) {
        pagesRead++;
        nextPage = page.nextToken();
        pagesDone = nextPage.isEmpty();
        for (CaseSnapshot snapshot : page.cases()) {
          CompletableFuture<CaseSnapshot> waiter = waiting.remove(snapshot.caseId());
          if (waiter != null) {
            shown.put(waiter, snapshot);
            readsSaved++;
          } else if (!readDirectly.contains(snapshot.caseId())
              && known.putIfAbsent(snapshot.caseId(), CompletableFuture.completedFuture(snapshot))
                  == null) {
            shownAhead.add(snapshot.caseId());
          }
        }
        another = !waiting.isEmpty() && pagesPay();
        if (!another) {
          pageInFlight = false;
          unshown = drainWaiting();
        }
      }
      shown.forEach(CompletableFuture::complete);
      unshown.forEach(this::readCase);
    }
  }

  private Map<CaseId, CompletableFuture<CaseSnapshot>> stopPages() {
    synchronized (lock) {
      pagesDone = true;
      pageInFlight = false;
      return drainWaiting();
    }
  }

  // Guarded by lock.
  private Map<CaseId, CompletableFuture<CaseSnapshot>> drainWaiting() {
    Map<CaseId, CompletableFuture<CaseSnapshot>> drained = new LinkedHashMap<>(waiting);
    waiting.clear();
    return drained;
  }
}
