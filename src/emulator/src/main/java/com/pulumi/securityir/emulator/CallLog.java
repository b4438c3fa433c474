package com.pulumi.securityir.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered log of API calls, failed and faulted ones included. Thread-safe; bounded to the
 * newest 100 000.
 */
final class CallLog {
  private static final int MAX = 100_000;
  private final List<CallRecord> calls = new ArrayList<>();

  synchronized void add(CallRecord r) {
    if (calls.size() == MAX) {
      calls.remove(0);
    }
    calls.add(r);
  }

  synchronized List<CallRecord> snapshot() {
    return List.copyOf(calls);
  }

  synchronized int clear() {
    int n = calls.size();
    calls.clear();
    return n;
  }
}
