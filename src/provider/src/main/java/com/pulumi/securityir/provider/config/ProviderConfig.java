package com.pulumi.securityir.provider.config;

import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.provider.resource.DiffResult;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.services.Availability;
import com.pulumi.securityir.provider.services.ProviderServices;
import com.pulumi.securityir.provider.services.Services;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The provider's own configuration (not any resource's): CheckConfig, DiffConfig and Configure,
 * including the legacy {@code variables} of engines that predate {@code args}, and the services
 * Configure builds for the resource handlers.
 *
 * <p>Thread-safe. Configure may run more than once; the latest configuration wins.
 */
public final class ProviderConfig implements Services {

  private final ServicesFactory factory;
  private final AtomicReference<CompletableFuture<Parsed<ProviderServices>>> services =
      new AtomicReference<>();

  public ProviderConfig(ServicesFactory factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** CheckConfig: every problem of the declared configuration, one per bad key. No call. */
  public List<PropertyProblem> check(PropertyMap news) {
    return ProviderConfiguration.validate(news);
  }

  /** DiffConfig: the keys whose values changed; every key changes in place. */
  public DiffResult diff(PropertyMap olds, PropertyMap news) {
    List<String> changed = new ArrayList<>();
    for (String key : ProviderConfiguration.KEYS) {
      if (!olds.get(key).equals(news.get(key))) {
        changed.add(key);
      }
    }
    return new DiffResult(
        changed.stream()
            .map(key -> new DiffResult.PropertyChange(key, DiffResult.Kind.UPDATE, false))
            .toList());
  }

  /**
   * Configure: accepts the configuration and, when every value is known, starts building the
   * services in the background, so Check answers at once and only the first live read waits.
   *
   * @return the failure, when the configuration is invalid
   */
  public Optional<Failure> configure(PropertyMap args) {
    List<PropertyProblem> problems = ProviderConfiguration.validate(args);
    if (!problems.isEmpty()) {
      return Optional.of(
          new Failure.BadRequest(
              "invalid securityir provider configuration: "
                  + String.join(
                      "; ",
                      problems.stream().map(p -> p.property() + ": " + p.reason()).toList())));
    }
    if (!args.hasUnknowns()) {
      ProviderConfiguration configuration = ProviderConfiguration.from(args);
      services.set(CompletableFuture.supplyAsync(() -> factory.create(configuration)));
    }
    return Optional.empty();
  }

  /**
   * The configuration of an engine that sends only the deprecated {@code variables}, {@code
   * securityir:config:<key>} to a string (JSON for non-strings): credentials come back secret, and
   * {@code maxRetries} a number when it is one.
   */
  public static PropertyMap fromVariables(Map<String, String> variables) {
    Map<String, PropertyValue> args = new LinkedHashMap<>();
    variables.forEach(
        (name, value) -> {
          String key = name.substring(name.lastIndexOf(':') + 1);
          args.put(key, variableValue(key, value));
        });
    return new PropertyMap(args);
  }

  private static PropertyValue variableValue(String key, String value) {
    if (key.equals("maxRetries")) {
      try {
        return new PropertyValue.Numeric(Integer.parseInt(value.strip()), false);
      } catch (NumberFormatException e) {
        return PropertyValue.text(value);
      }
    }
    return new PropertyValue.Text(value, ProviderConfiguration.SECRET_KEYS.contains(key));
  }

  @Override
  public Availability availability() {
    CompletableFuture<Parsed<ProviderServices>> pending = services.get();
    if (pending == null) {
      return new Availability.Unconfigured();
    }
    Parsed<ProviderServices> built;
    try {
      built = pending.join();
    } catch (CompletionException e) {
      // The factory failed unexpectedly: report it as it was raised.
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    return built instanceof Parsed.Success<ProviderServices> ready
        ? new Availability.Ready(ready.value())
        : new Availability.Unusable(((Parsed.Failure<ProviderServices>) built).reason());
  }

  @Override
  public void whenReady(Consumer<ProviderServices> action) {
    CompletableFuture<Parsed<ProviderServices>> pending = services.get();
    if (pending != null) {
      pending.thenAccept(
          built -> {
            if (built instanceof Parsed.Success<ProviderServices> ready) {
              action.accept(ready.value());
            }
          });
    }
  }
}
