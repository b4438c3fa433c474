package com.pulumi.securityir.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Someone notified of the case's updates (every member is sensitive in the API model). (schema type
 * {@code securityir:index:Watcher}), as the provider returns it. Immutable once built; {@link
 * #toString()} shows no value, as the API model may mark them sensitive.
 */
@CustomType
public final class Watcher {
  private String email;
  private @Nullable String name;
  private @Nullable String jobTitle;

  private Watcher() {}

  /** Email address, 6 to 254 characters. */
  public String email() {
    return this.email;
  }

  /** Name, 1 to 50 characters. */
  public Optional<String> name() {
    return Optional.ofNullable(this.name);
  }

  /** Job title, 1 to 50 characters. */
  public Optional<String> jobTitle() {
    return Optional.ofNullable(this.jobTitle);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(Watcher defaults) {
    return new Builder(defaults);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Watcher o
        && Objects.equals(email, o.email)
        && Objects.equals(name, o.name)
        && Objects.equals(jobTitle, o.jobTitle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, name, jobTitle);
  }

  @Override
  public String toString() {
    return "Watcher[values hidden]";
  }

  /** Builds a {@link Watcher}; the SDK's deserializer uses it for engine outputs. */
  @CustomType.Builder
  public static final class Builder {
    private @Nullable String email;
    private @Nullable String name;
    private @Nullable String jobTitle;

    public Builder() {}

    public Builder(Watcher defaults) {
      Objects.requireNonNull(defaults);
      this.email = defaults.email;
      this.name = defaults.name;
      this.jobTitle = defaults.jobTitle;
    }

    @CustomType.Setter
    public Builder email(String email) {
      this.email = required(email, "email");
      return this;
    }

    @CustomType.Setter
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    @CustomType.Setter
    public Builder jobTitle(@Nullable String jobTitle) {
      this.jobTitle = jobTitle;
      return this;
    }

    public Watcher build() {
      final var result = new Watcher();
      result.email = required(email, "email");
      result.name = name;
      result.jobTitle = jobTitle;
      return result;
    }

    private static String required(@Nullable String value, String property) {
      if (value == null) {
        throw new MissingRequiredPropertyException("Watcher", property);
      }
      return value;
    }
  }
}
