package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.reconcile.CancellationSignal;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C (SIGINT) or SIGTERM during an apply into a clean stop: the JVM runs this shutdown
 * hook, which raises the cancellation signal the reconciler checks between steps, and then holds
 * the JVM open until the apply has reported where every case stands (at most {@link
 * #REPORT_WAIT_SECONDS} seconds). The process then exits with the status the JVM gives a signal
 * (130 for SIGINT, 143 for SIGTERM).
 *
 * <p>Thread-safe. {@link #close()} removes the hook; call it once the report is printed.
 */
final class Interruption implements CancellationSignal, AutoCloseable {

  /**
   * How long the hook keeps the JVM alive for the report; steps in flight have their own timeouts.
   */
  static final long REPORT_WAIT_SECONDS = 120;

  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final CountDownLatch reported = new CountDownLatch(1);
  private final Thread hook;

  private Interruption(PrintWriter err, String command) {
    hook =
        new Thread(
            () -> {
              cancelled.set(true);
              err.println(
                  command
                      + ": interrupted; finishing the steps in flight, then reporting where every case"
                      + " stands");
              err.flush();
              try {
                reported.await(REPORT_WAIT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "securityir-interrupt");
  }

  /** Installs the hook; {@code command} prefixes the message printed when it fires. */
  static Interruption install(PrintWriter err, String command) {
    Interruption interruption = new Interruption(err, command);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }

  /**
   * Lets a pending shutdown proceed (the report is out) and removes the hook if no shutdown began.
   */
  @Override
  public void close() {
    reported.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook has run or is running, and now returns.
    }
  }
}
