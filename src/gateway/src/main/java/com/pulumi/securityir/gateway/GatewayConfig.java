package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.text.OneLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the AWS gateway connects to and with which credentials. Every setting is optional; an unset
 * one falls back to the SDK's usual sources: region from {@code AWS_REGION} or the profile,
 * credentials from the default chain (or the named profile), the endpoint from {@code
 * AWS_ENDPOINT_URL_SECURITY_IR}, {@code AWS_ENDPOINT_URL} or the profile's {@code endpoint_url}.
 *
 * <p>Building an instance never fails on bad values; {@link #validate()} returns every problem as
 * data. {@link #toString()} never shows the secret access key or session token and shows only the
 * last four characters of the access key id. Immutable and thread-safe.
 *
 * @param maxAttempts how many times one call is attempted in all when it is throttled, the service
 *     fails (5xx) or the connection fails; 1 means no retry
 * @param maxConcurrency the most API attempts in flight at once, and where the gateway's {@link
 *     AdaptiveLimit} starts: it halves when the service throttles and grows back to this while
 *     calls succeed
 */
public record GatewayConfig(
    Optional<String> region,
    Optional<String> profile,
    Optional<String> accessKeyId,
    Optional<Secret> secretAccessKey,
    Optional<Secret> sessionToken,
    Optional<String> endpoint,
    int maxAttempts,
    int maxConcurrency) {

  /** Attempts per call unless configured: the SDK's legacy default. */
  public static final int DEFAULT_MAX_ATTEMPTS = 4;

  /** The most attempts accepted; beyond this a throttled run only gets slower. */
  public static final int MAX_MAX_ATTEMPTS = 10;

  /** Attempts in flight at once unless configured. */
  public static final int DEFAULT_MAX_CONCURRENCY = 8;

  /** The most attempts at once accepted: beyond it a run only meets throttling sooner. */
  public static final int MAX_MAX_CONCURRENCY = 64;

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
  private static final Pattern PROFILE = Pattern.compile("[^\\s\\[\\]]+");
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Z0-9]{16,128}");

  public GatewayConfig {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(sessionToken, "sessionToken");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  /**
   * A builder with nothing set: everything from the SDK's usual sources, with {@value
   * #DEFAULT_MAX_ATTEMPTS} attempts and up to {@value #DEFAULT_MAX_CONCURRENCY} at once.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** True when static keys (rather than a profile or the default chain) are configured. */
  public boolean hasStaticKeys() {
    return accessKeyId.isPresent() || secretAccessKey.isPresent();
  }

  /**
   * Every problem of this configuration, in field order; empty when it can be used. Never throws
   * and never quotes a secret (its value is shown as {@code (secret)}).
   */
  public List<ConfigProblem> validate() {
    List<ConfigProblem> problems = new ArrayList<>();
    region.ifPresent(
        r -> {
          if (!REGION.matcher(r).matches()) {
            problems.add(
                new ConfigProblem(
                    "region",
                    OneLine.input(r),
                    "use a region code such as us-east-1, or leave it unset to use AWS_REGION or"
                        + " the profile's region"));
          }
        });
    profile.ifPresent(
        p -> {
          if (!PROFILE.matcher(p).matches()) {
            problems.add(
                new ConfigProblem(
                    "profile",
                    OneLine.input(p),
                    "use the name of a profile in ~/.aws/config (no spaces or brackets), or leave"
                        + " it unset to use AWS_PROFILE or the default profile"));
          }
          if (hasStaticKeys()) {
            problems.add(
                new ConfigProblem(
                    "profile",
                    OneLine.input(p),
                    "give either a profile or static keys (accessKeyId, secretAccessKey), not"
                        + " both"));
          }
        });
    accessKeyId.ifPresent(
        id -> {
          if (!ACCESS_KEY_ID.matcher(id).matches()) {
            problems.add(
                new ConfigProblem(
                    "accessKeyId",
                    maskKeyId(id),
                    "an access key id is 16 or more upper-case letters and digits, e.g."
                        + " AKIA... or ASIA...; copy it again from the IAM console or your"
                        + " credentials file"));
          }
        });
    if (accessKeyId.isPresent() && secretAccessKey.isEmpty()) {
      problems.add(
          new ConfigProblem(
              "secretAccessKey",
              "(not set)",
              "an access key id needs its secret access key; set both or neither"));
    }
    if (secretAccessKey.isPresent() && accessKeyId.isEmpty()) {
      problems.add(
          new ConfigProblem(
              "accessKeyId",
              "(not set)",
              "a secret access key needs its access key id; set both or neither"));
    }
    secretAccessKey.ifPresent(
        s -> {
          if (s.isBlank()) {
            problems.add(
                new ConfigProblem(
                    "secretAccessKey",
                    "(secret)",
                    "the secret access key is empty; set it, or leave both keys unset"));
          }
        });
    sessionToken.ifPresent(
        t -> {
          if (accessKeyId.isEmpty() || secretAccessKey.isEmpty()) {
            problems.add(
                new ConfigProblem(
                    "sessionToken",
                    "(secret)",
                    "a session token is used only with accessKeyId and secretAccessKey; set them"
                        + " too, or remove the token"));
          } else if (t.isBlank()) {
            problems.add(
                new ConfigProblem(
                    "sessionToken",
                    "(secret)",
                    "the session token is empty; set it or leave it unset"));
          }
        });
    endpoint.flatMap(e -> EndpointPolicy.check("endpoint", e)).ifPresent(problems::add);
    if (maxAttempts < 1 || maxAttempts > MAX_MAX_ATTEMPTS) {
      problems.add(
          new ConfigProblem(
              "maxAttempts",
              Integer.toString(maxAttempts),
              "use a number from 1 (no retries) to "
                  + MAX_MAX_ATTEMPTS
                  + "; the default is "
                  + DEFAULT_MAX_ATTEMPTS));
    }
    if (maxConcurrency < 1 || maxConcurrency > MAX_MAX_CONCURRENCY) {
      problems.add(
          new ConfigProblem(
              "maxConcurrency",
              Integer.toString(maxConcurrency),
              "use a number from 1 to "
                  + MAX_MAX_CONCURRENCY
                  + "; the default is "
                  + DEFAULT_MAX_CONCURRENCY));
    }
    return List.copyOf(problems);
  }

  /** Like the AWS CLI's {@code configure list}: only the last four characters. */
  static String maskKeyId(String id) {
    return id.length() <= 8 ? "****" : "****" + OneLine.input(id.substring(id.length() - 4));
  }

  @Override
  public String toString() {
    return "GatewayConfig[region="
        + region.orElse("(default)")
        + ", profile="
        + profile.orElse("(default)")
        + ", accessKeyId="
        + accessKeyId.map(GatewayConfig::maskKeyId).orElse("(not set)")
        + ", secretAccessKey="
        + secretAccessKey.map(s -> "(secret)").orElse("(not set)")
        + ", sessionToken="
        + sessionToken.map(s -> "(secret)").orElse("(not set)")
        + ", endpoint="
        + endpoint.map(EndpointPolicy::printable).orElse("(default)")
        + ", maxAttempts="
        + maxAttempts
        + ", maxConcurrency="
        + maxConcurrency
        + "]";
  }

  /**
   * Collects settings; blank strings count as unset, so empty environment variables are ignored.
   */
  public static final class Builder {
    private Optional<String> region = Optional.empty();
    private Optional<String> profile = Optional.empty();
    private Optional<String> accessKeyId = Optional.empty();
    private Optional<Secret> secretAccessKey = Optional.empty();
    private Optional<Secret> sessionToken = Optional.empty();
    private Optional<String> endpoint = Optional.empty();
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;

    private Builder() {}

    public Builder region(String value) {
      region = present(value);
      return this;
    }

    public Builder profile(String value) {
      profile = present(value);
      return this;
    }

    public Builder accessKeyId(String value) {
      accessKeyId = present(value);
      return this;
    }

    public Builder secretAccessKey(String value) {
      secretAccessKey = present(value).map(Secret::of);
      return this;
    }

    public Builder sessionToken(String value) {
      sessionToken = present(value).map(Secret::of);
      return this;
    }

    public Builder endpoint(String value) {
      endpoint = present(value);
      return this;
    }

    public Builder maxAttempts(int value) {
      maxAttempts = value;
      return this;
    }

    public Builder maxConcurrency(int value) {
      maxConcurrency = value;
      return this;
    }

    public GatewayConfig build() {
      return new GatewayConfig(
          region,
          profile,
          accessKeyId,
          secretAccessKey,
          sessionToken,
          endpoint,
          maxAttempts,
          maxConcurrency);
    }

    private static Optional<String> present(String value) {
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
  }
}
