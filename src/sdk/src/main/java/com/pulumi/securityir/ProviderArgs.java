package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Settings of an explicit {@link Provider}; all optional. Unset settings fall back as the default
 * provider's do (environment, shared AWS config). {@code accessKey}, {@code secretKey} and {@code
 * sessionToken} are always sent as secrets, whichever builder overload set them, and {@link
 * #toString()} never shows them.
 */
public final class ProviderArgs extends com.pulumi.resources.ResourceArgs {

  public static final ProviderArgs Empty = new ProviderArgs();

  @Import(name = "region")
  private @Nullable Output<String> region;

  @Import(name = "profile")
  private @Nullable Output<String> profile;

  @Import(name = "endpoint")
  private @Nullable Output<String> endpoint;

  @Import(name = "accessKey")
  private @Nullable Output<String> accessKey;

  @Import(name = "secretKey")
  private @Nullable Output<String> secretKey;

  @Import(name = "sessionToken")
  private @Nullable Output<String> sessionToken;

  @Import(name = "maxRetries")
  private @Nullable Output<Integer> maxRetries;

  @Import(name = "transitionGraph")
  private @Nullable Output<String> transitionGraph;

  private ProviderArgs() {}

  private ProviderArgs(ProviderArgs defaults) {
    this.region = defaults.region;
    this.profile = defaults.profile;
    this.endpoint = defaults.endpoint;
    this.accessKey = defaults.accessKey;
    this.secretKey = defaults.secretKey;
    this.sessionToken = defaults.sessionToken;
    this.maxRetries = defaults.maxRetries;
    this.transitionGraph = defaults.transitionGraph;
  }

  /** AWS Region of the cases, e.g. {@code us-east-1}. */
  public Optional<Output<String>> region() {
    return Optional.ofNullable(region);
  }

  /** Named profile of the shared AWS config and credentials files. */
  public Optional<Output<String>> profile() {
    return Optional.ofNullable(profile);
  }

  /** Endpoint override, e.g. the emulator's {@code http://127.0.0.1:8443}. */
  public Optional<Output<String>> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /** AWS access key id (secret). */
  public Optional<Output<String>> accessKey() {
    return Optional.ofNullable(accessKey);
  }

  /** AWS secret access key (secret). */
  public Optional<Output<String>> secretKey() {
    return Optional.ofNullable(secretKey);
  }

  /** AWS session token (secret). */
  public Optional<Output<String>> sessionToken() {
    return Optional.ofNullable(sessionToken);
  }

  /** Retries of throttled and failed calls, 0 to 9 (provider default 3). */
  public Optional<Output<Integer>> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /** {@code documented} (default) or {@code extended}. */
  public Optional<Output<String>> transitionGraph() {
    return Optional.ofNullable(transitionGraph);
  }

  @Override
  public String toString() {
    // The SDK's own toString would not show values either; this one says so explicitly.
    return "ProviderArgs[values not shown]";
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(ProviderArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link ProviderArgs}; nothing is required. */
  public static final class Builder {
    private final ProviderArgs args;

    public Builder() {
      args = new ProviderArgs();
    }

    public Builder(ProviderArgs defaults) {
      args = new ProviderArgs(Objects.requireNonNull(defaults));
    }

    public Builder region(@Nullable Output<String> region) {
      args.region = region;
      return this;
    }

    public Builder region(String region) {
      return region(Output.of(region));
    }

    public Builder profile(@Nullable Output<String> profile) {
      args.profile = profile;
      return this;
    }

    public Builder profile(String profile) {
      return profile(Output.of(profile));
    }

    public Builder endpoint(@Nullable Output<String> endpoint) {
      args.endpoint = endpoint;
      return this;
    }

    public Builder endpoint(String endpoint) {
      return endpoint(Output.of(endpoint));
    }

    public Builder accessKey(@Nullable Output<String> accessKey) {
      args.accessKey = secret(accessKey);
      return this;
    }

    public Builder accessKey(String accessKey) {
      return accessKey(Output.ofSecret(accessKey));
    }

    public Builder secretKey(@Nullable Output<String> secretKey) {
      args.secretKey = secret(secretKey);
      return this;
    }

    public Builder secretKey(String secretKey) {
      return secretKey(Output.ofSecret(secretKey));
    }

    public Builder sessionToken(@Nullable Output<String> sessionToken) {
      args.sessionToken = secret(sessionToken);
      return this;
    }

    public Builder sessionToken(String sessionToken) {
      return sessionToken(Output.ofSecret(sessionToken));
    }

    public Builder maxRetries(@Nullable Output<Integer> maxRetries) {
      args.maxRetries = maxRetries;
      return this;
    }

    public Builder maxRetries(Integer maxRetries) {
      return maxRetries(Output.of(maxRetries));
    }

    public Builder transitionGraph(@Nullable Output<String> transitionGraph) {
      args.transitionGraph = transitionGraph;
      return this;
    }

    public Builder transitionGraph(String transitionGraph) {
      return transitionGraph(Output.of(transitionGraph));
    }

    public ProviderArgs build() {
      return new ProviderArgs(args);
    }

    private static @Nullable Output<String> secret(@Nullable Output<String> value) {
      return value == null ? null : value.asSecret();
    }
  }
}
