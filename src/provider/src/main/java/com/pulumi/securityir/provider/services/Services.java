package com.pulumi.securityir.provider.services;

import java.util.function.Consumer;

/** Access to the provider's services for resource handlers. Thread-safe. */
public interface Services {

  /** The services as they stand; waits while Configure's build of them is still running. */
  Availability availability();

  /**
   * Runs {@code action} on the services once they are built, without waiting for them; does nothing
   * when they are not configured or cannot be built.
   */
  void whenReady(Consumer<ProviderServices> action);
}
