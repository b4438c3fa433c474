package com.pulumi.securityir.provider.resource;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Messages for the person running Pulumi, attached to a resource's row through the engine's {@code
 * Log} service. Each message is delivered before the call returns (as Pulumi's own provider SDKs
 * do), so it reaches the engine before the RPC answer it belongs to; delivery is best effort and
 * bounded in time: a lost message never fails an operation. Callers must never pass secret values.
 * Thread-safe.
 */
public interface EngineLog extends AutoCloseable {

  /** Shown on the resource's row and under Diagnostics. */
  void info(String urn, String message);

  /** Shown on the resource's row and under Diagnostics as a warning. */
  void warning(String urn, String message);

  /** A transient status on the resource's row while work is in flight. */
  void status(String urn, String message);

  @Override
  void close();

  /**
   * A log whose destination is decided later, so the plugin can print its port before it spends
   * time building the channel to the engine; messages wait until the destination is known.
   */
  static EngineLog deferred(CompletableFuture<EngineLog> destination) {
    return new EngineLog() {
      @Override
      public void info(String urn, String message) {
        destination.join().info(urn, message);
      }

      @Override
      public void warning(String urn, String message) {
        destination.join().warning(urn, message);
      }

      @Override
      public void status(String urn, String message) {
        destination.join().status(urn, message);
      }

      @Override
      public void close() {
        if (destination.isDone()) {
          destination.join().close();
        }
      }
    };
  }

  /** For engines that gave no address: messages go to the plugin's stderr log instead. */
  static EngineLog toStderr() {
    Logger logger = Logger.getLogger(EngineLog.class.getName());
    return new EngineLog() {
      @Override
      public void info(String urn, String message) {
        logger.info(() -> urn + ": " + message);
      }

      @Override
      public void warning(String urn, String message) {
        logger.warning(() -> urn + ": " + message);
      }

      @Override
      public void status(String urn, String message) {
        logger.fine(() -> urn + ": " + message);
      }

      @Override
      public void close() {}
    };
  }
}
