package com.pulumi.securityir.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A member of the account's incident response team (name, job title and email are sensitive in the
 * API model). (schema type {@code securityir:index:IncidentResponder}), as the provider returns it.
 * Immutable once built; {@link #toString()} shows no value, as the API model marks them sensitive.
 */
@CustomType
public final class IncidentResponder {
  private String name;
  private String jobTitle;
  private String email;
  private @Nullable List<String> communicationPreferences;

  private IncidentResponder() {}

  /** Name, 3 to 50 characters. */
  public String name() {
    return this.name;
  }

  /** Job title, 1 to 50 characters. */
  public String jobTitle() {
    return this.jobTitle;
  }

  /** Email address, 6 to 254 characters. */
  public String email() {
    return this.email;
  }

  /** What this responder is notified of, when set. */
  public Optional<List<String>> communicationPreferences() {
    return Optional.ofNullable(this.communicationPreferences);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(IncidentResponder defaults) {
    return new Builder(defaults);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IncidentResponder o
        && Objects.equals(name, o.name)
        && Objects.equals(jobTitle, o.jobTitle)
        && Objects.equals(email, o.email)
        && Objects.equals(communicationPreferences, o.communicationPreferences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, jobTitle, email, communicationPreferences);
  }

  @Override
  public String toString() {
    return "IncidentResponder[values hidden]";
  }

  /** Builds {@link IncidentResponder}; the SDK's deserializer uses the setters. */
  @CustomType.Builder
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String jobTitle;
    private @Nullable String email;
    private @Nullable List<String> communicationPreferences;

    public Builder() {}

    public Builder(IncidentResponder defaults) {
      Objects.requireNonNull(defaults);
      this.name = defaults.name;
      this.jobTitle = defaults.jobTitle;
      this.email = defaults.email;
      this.communicationPreferences = defaults.communicationPreferences;
    }

    @CustomType.Setter
    public Builder name(String name) {
      this.name = required(name, "name");
      return this;
    }

    @CustomType.Setter
    public Builder jobTitle(String jobTitle) {
      this.jobTitle = required(jobTitle, "jobTitle");
      return this;
    }

    @CustomType.Setter
    public Builder email(String email) {
      this.email = required(email, "email");
      return this;
    }

    @CustomType.Setter
    public Builder communicationPreferences(@Nullable List<String> communicationPreferences) {
      this.communicationPreferences = communicationPreferences;
      return this;
    }

    public Builder communicationPreferences(String... communicationPreferences) {
      return communicationPreferences(List.of(communicationPreferences));
    }

    public IncidentResponder build() {
      final var result = new IncidentResponder();
      result.name = required(name, "name");
      result.jobTitle = required(jobTitle, "jobTitle");
      result.email = required(email, "email");
      result.communicationPreferences = communicationPreferences;
      return result;
    }

    private static String required(@Nullable String value, String property) {
      if (value == null) {
        throw new MissingRequiredPropertyException("IncidentResponder", property);
      }
      return value;
    }
  }
}
