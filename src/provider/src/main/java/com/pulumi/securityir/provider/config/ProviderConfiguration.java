package com.pulumi.securityir.provider.config;

import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.gateway.ConfigProblem;
import com.pulumi.securityir.gateway.GatewayConfig;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.resource.UnknownProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code securityir} provider's configuration ({@code securityir:region}, an explicit
 * provider's {@code endpoint}, ...) translated into the gateway's configuration plus the choice of
 * transition graph. The rules for regions, credentials and endpoints are the gateway's ({@link
 * GatewayConfig#validate()}); this class checks the types the engine sent and renames the gateway's
 * fields to the provider's keys. {@link #toString()} never shows a credential.
 */
public record ProviderConfiguration(GatewayConfig gateway, GraphVariant transitionGraph) {

  public static final int DEFAULT_MAX_RETRIES = GatewayConfig.DEFAULT_MAX_ATTEMPTS - 1;
  public static final int MAX_MAX_RETRIES = GatewayConfig.MAX_MAX_ATTEMPTS - 1;

  /** The configuration keys, as the schema and programs name them. */
  public static final List<String> KEYS =
      List.of(
          "region",
          "profile",
          "endpoint",
          "accessKey",
          "secretKey",
          "sessionToken",
          "maxRetries",
          "transitionGraph");

  static final Set<String> SECRET_KEYS = Set.of("accessKey", "secretKey", "sessionToken");

  /** Keys the engine adds to every provider's inputs. */
  private static final Set<String> ENGINE_KEYS = Set.of("version", "pluginDownloadURL");

  /** The gateway's field names and the provider keys users know them by. */
  private static final Map<String, String> GATEWAY_TO_PROVIDER_KEY =
      Map.of(
          "accessKeyId", "accessKey",
          "secretAccessKey", "secretKey",
          "maxAttempts", "maxRetries");

  public ProviderConfiguration {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(transitionGraph, "transitionGraph");
  }

  /** Every problem of a configuration, one per bad key; unknown values are not problems. */
  public static List<PropertyProblem> validate(PropertyMap args) {
    List<PropertyProblem> problems = new ArrayList<>();
    for (String key : args.names()) {
      if (!KEYS.contains(key) && !ENGINE_KEYS.contains(key) && !key.startsWith("__")) {
        problems.add(new PropertyProblem(key, UnknownProperty.message(key, KEYS)));
      }
    }
    for (String key :
        List.of(
            "region",
            "profile",
            "endpoint",
            "accessKey",
            "secretKey",
            "sessionToken",
            "transitionGraph")) {
      PropertyValue value = args.get(key).orElse(null);
      if (value != null
          && !(value instanceof PropertyValue.Text)
          && !(value instanceof PropertyValue.Unknown)) {
        problems.add(
            new PropertyProblem(key, key + " must be a string, got " + value.describeType()));
      }
    }
    PropertyValue retries = args.get("maxRetries").orElse(null);
    if (retries != null && !(retries instanceof PropertyValue.Unknown)) {
      Optional<Integer> parsed = integer(retries);
      if (parsed.isEmpty() || parsed.get() < 0 || parsed.get() > MAX_MAX_RETRIES) {
        problems.add(
            new PropertyProblem(
                "maxRetries",
                "maxRetries must be a whole number from 0 to "
                    + MAX_MAX_RETRIES
                    + ", got "
                    + describe(retries)
                    + "; the default is "
                    + DEFAULT_MAX_RETRIES));
      }
    }
    if (plain(args, "transitionGraph").map(GraphVariant::parse).orElse(null)
        instanceof Parsed.Failure<GraphVariant> failure) {
      problems.add(
          new PropertyProblem(
              "transitionGraph",
              args.isSecret("transitionGraph")
                  ? "the secret transitionGraph is not a known graph; use documented or extended"
                  : failure.reason()));
    }
    if (!args.hasUnknowns()) {
      // Values of the wrong type were reported above and are left out here, so every key gets
      // its own problem in one pass.
      for (ConfigProblem problem : gatewayConfig(args).validate()) {
        String key = GATEWAY_TO_PROVIDER_KEY.getOrDefault(problem.field(), problem.field());
        problems.add(
            new PropertyProblem(
                key, inProviderTerms(withoutSecret(problem, args.get(key).orElse(null)))));
      }
    }
    return problems;
  }

  /**
   * The gateway quotes the values it rejects (masking only the credentials it knows are secret); a
   * value the user set as a Pulumi secret, such as an endpoint with an internal host name, is never
   * quoted, not even in part.
   */
  private static String withoutSecret(ConfigProblem problem, PropertyValue given) {
    if (!(given instanceof PropertyValue.Text text) || !text.secret()) {
      return problem.describe();
    }
    String fix = problem.fix();
    String value = text.value().strip();
    if (!value.isEmpty()) {
      fix = fix.replace(value, "(secret)");
    }
    try {
      String host = new java.net.URI(value).getHost();
      if (host != null && !host.isEmpty()) {
        fix = fix.replace(host, "(secret)");
      }
    } catch (java.net.URISyntaxException e) {
      // Not a URL: no host to hide.
    }
    return new ConfigProblem(problem.field(), "(secret)", fix).describe();
  }

  /** Reads a configuration that passed {@link #validate} and has no unknowns. */
  public static ProviderConfiguration from(PropertyMap args) {
    return new ProviderConfiguration(
        gatewayConfig(args),
        plain(args, "transitionGraph")
            .map(g -> GraphVariant.parse(g).orElseThrow())
            .orElse(GraphVariant.DOCUMENTED));
  }

  private static GatewayConfig gatewayConfig(PropertyMap args) {
    GatewayConfig.Builder config = GatewayConfig.builder();
    plain(args, "region").ifPresent(config::region);
    plain(args, "profile").ifPresent(config::profile);
    plain(args, "endpoint").ifPresent(config::endpoint);
    plain(args, "accessKey").ifPresent(config::accessKeyId);
    plain(args, "secretKey").ifPresent(config::secretAccessKey);
    plain(args, "sessionToken").ifPresent(config::sessionToken);
    int retries =
        args.get("maxRetries")
            .flatMap(ProviderConfiguration::integer)
            .filter(r -> r >= 0 && r <= MAX_MAX_RETRIES)
            .orElse(DEFAULT_MAX_RETRIES);
    return config
        .maxAttempts(retries + 1)
        .maxConcurrency(AwsProviderServices.READ_CONCURRENCY)
        .build();
  }

  /** The gateway's messages name its fields; users know them by the provider's keys. */
  private static String inProviderTerms(String message) {
    String text = message;
    for (Map.Entry<String, String> rename : GATEWAY_TO_PROVIDER_KEY.entrySet()) {
      text = text.replace(rename.getKey(), rename.getValue());
    }
    return text;
  }

  private static Optional<String> plain(PropertyMap args, String key) {
    return args.text(key);
  }

  private static Optional<Integer> integer(PropertyValue value) {
    if (value instanceof PropertyValue.Numeric number
        && number.value() == Math.rint(number.value())
        && Math.abs(number.value()) < 1_000_000) {
      return Optional.of((int) number.value());
    }
    if (value instanceof PropertyValue.Text text) {
      try {
        return Optional.of(Integer.parseInt(text.value().strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String describe(PropertyValue value) {
    if (value instanceof PropertyValue.Text text && !text.secret()) {
      return "'" + OneLine.input(text.value()) + "'";
    }
    if (value instanceof PropertyValue.Numeric number && !number.secret()) {
      double n = number.value();
      return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
    }
    return value.describeType();
  }

  @Override
  public String toString() {
    return "ProviderConfiguration[" + gateway + ", transitionGraph=" + transitionGraph + "]";
  }
}
