package com.pulumi.securityir.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.SecurityIrClientBuilder;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds the one SDK client of a {@link GatewayConfig}: URLConnection HTTP client (no Netty, no
 * Apache), {@code DefaultsMode.LEGACY}, explicit region and credentials when given (so no
 * instance-metadata lookup happens then), SDK retries off (the gateway retries, see {@link
 * RetryingCaller}). Unset values come from the SDK's usual sources; an endpoint found there must
 * pass {@link EndpointPolicy} too. Stateless and thread-safe.
 */
final class ClientOpener {

  static final String RESOLVED_ENDPOINT_FIELD =
      "endpoint (from AWS_ENDPOINT_URL_SECURITY_IR, AWS_ENDPOINT_URL, aws.endpointUrl* or the"
          + " profile's endpoint_url)";

  /** A client ready to call, or every reason there is none. */
  sealed interface Opening {

    /** The caller owns the connection and must close it. */
    record Opened(SecurityIrConnection connection) implements Opening {
      public Opened {
        Objects.requireNonNull(connection, "connection");
      }
    }

    /** The configuration, or what the SDK resolved from the environment, cannot be used. */
    record Refused(List<ConfigProblem> problems) implements Opening {
      public Refused {
        problems = List.copyOf(problems);
      }
    }
  }

  private ClientOpener() {}

  /**
   * Validates {@code config} and builds its client; never throws for bad configuration.
   *
   * @throws SdkClientException when the SDK fails to build the client for a reason other than a
   *     missing region (unexpected: the configuration was valid)
   */
  static Opening open(GatewayConfig config) {
    List<ConfigProblem> problems = config.validate();
    if (!problems.isEmpty()) {
      return new Opening.Refused(problems);
    }
    List<SdkAutoCloseable> owned = new ArrayList<>();
    SecurityIrClientBuilder builder =
        SecurityIrClient.builder()
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(30)))
            .defaultsMode(DefaultsMode.LEGACY)
            .credentialsProvider(credentials(config, owned))
            .overrideConfiguration(
                o -> {
                  o.retryStrategy(AwsRetryStrategy.doNotRetry());
                  config.profile().ifPresent(o::defaultProfileName);
                });
    config.endpoint().ifPresent(e -> builder.endpointOverride(URI.create(e.strip())));
    SecurityIrClient client;
    try {
      if (config.region().isPresent()) {
        builder.region(Region.of(config.region().get()));
      } else if (config.profile().isPresent()) {
        builder.region(
            DefaultAwsRegionProviderChain.builder()
                .profileName(config.profile().get())
                .build()
                .getRegion());
      }
      client = builder.build();
    } catch (SdkClientException e) {
      owned.forEach(SdkAutoCloseable::close);
      if (config.region().isEmpty()
          && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("region")) {
        return new Opening.Refused(
            List.of(
                new ConfigProblem(
                    "region",
                    "(not set)",
                    "no region found in the configuration, AWS_REGION or the profile; set the"
                        + " region, e.g. us-east-1")));
      }
      throw e;
    }
    String regionId = client.serviceClientConfiguration().region().id();
    Optional<URI> resolved = client.serviceClientConfiguration().endpointOverride();
    SecurityIrConnection connection =
        new SecurityIrConnection(
            client,
            regionId,
            resolved
                .map(uri -> EndpointPolicy.printable(uri.toString()))
                .orElse("https://security-ir." + regionId + ".api.aws"),
            owned);
    if (config.endpoint().isEmpty() && resolved.isPresent()) {
      Optional<ConfigProblem> refused =
          EndpointPolicy.check(RESOLVED_ENDPOINT_FIELD, resolved.get().toString());
      if (refused.isPresent()) {
        connection.close();
        return new Opening.Refused(List.of(refused.get()));
      }
    }
    return new Opening.Opened(connection);
  }

  private static AwsCredentialsProvider credentials(
      GatewayConfig config, List<SdkAutoCloseable> owned) {
    if (config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()) {
      String id = config.accessKeyId().get();
      String secret = config.secretAccessKey().get().reveal();
      return StaticCredentialsProvider.create(
          config.sessionToken().isPresent()
              ? AwsSessionCredentials.create(id, secret, config.sessionToken().get().reveal())
              : AwsBasicCredentials.create(id, secret));
    }
    if (config.profile().isPresent()) {
      ProfileCredentialsProvider profile =
          ProfileCredentialsProvider.builder().profileName(config.profile().get()).build();
      owned.add(profile);
      return profile;
    }
    DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
    owned.add(chain);
    return chain;
  }
}
