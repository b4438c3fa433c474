package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.lifecycle.CaseId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per case, held while a reconcile walks it. Entries exist only while some thread holds or
 * waits for the lock, so a long-lived process that touches many cases does not accumulate them.
 * Thread-safe.
 */
final class CaseLocks {

  private final Map<CaseId, Entry> entries = new HashMap<>();

  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    int users;
  }

  /**
   * Blocks until this thread holds the case's lock.
   *
   * @return true when another thread held it first, so whatever this thread knew of the case may
   *     have been made stale by that thread's reconcile
   */
  boolean acquire(CaseId caseId) {
    Entry entry;
    synchronized (entries) {
      entry = entries.computeIfAbsent(caseId, id -> new Entry());
      entry.users++;
    }
    if (entry.lock.tryLock()) {
      return false;
    }
    entry.lock.lock();
    return true;
  }

  /** Releases the case's lock, which this thread holds. */
  void release(CaseId caseId) {
    synchronized (entries) {
      Entry entry = entries.get(caseId);
      entry.lock.unlock();
      if (--entry.users == 0) {
        entries.remove(caseId);
      }
    }
  }

  /** Threads holding or waiting for one case's lock; for tests. */
  int users(CaseId caseId) {
    synchronized (entries) {
      Entry entry = entries.get(caseId);
      return entry == null ? 0 : entry.users;
    }
  }

  /** Cases with a holder or waiter; for tests. */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
