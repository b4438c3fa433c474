package com.pulumi.securityir.gateway;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * One SDK client ready to call, where it calls (as messages name it), and the resources that close
 * with it. The client is thread-safe; {@link #close()} closes the client and then every owned
 * resource, and is idempotent as they are.
 *
 * @param client the client, its own retries off
 * @param region the client's region, e.g. {@code us-east-1}
 * @param endpoint the endpoint the client calls, user info redacted
 * @param owned resources made for this client (credential providers) that close with it
 */
record SecurityIrConnection(
    SecurityIrClient client, String region, String endpoint, List<SdkAutoCloseable> owned)
    implements AutoCloseable {

  SecurityIrConnection {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    owned = List.copyOf(owned);
  }

  @Override
  public void close() {
    client.close();
    owned.forEach(SdkAutoCloseable::close);
  }

  @Override
  public String toString() {
    return "SecurityIrConnection[region=" + region + ", endpoint=" + endpoint + "]";
  }
}
