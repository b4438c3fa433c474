package com.pulumi.securityir.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A member of the account's incident response team (name, job title and email are sensitive in the
 * API model). (schema type {@code securityir:index:IncidentResponder}), where a program passes one
 * in. Built with {@link #builder()}; immutable once built.
 */
public final class IncidentResponderArgs extends com.pulumi.resources.ResourceArgs {

  public static final IncidentResponderArgs Empty = new IncidentResponderArgs();

  @Import(name = "name", required = true)
  private Output<String> name;

  @Import(name = "jobTitle", required = true)
  private Output<String> jobTitle;

  @Import(name = "email", required = true)
  private Output<String> email;

  @Import(name = "communicationPreferences")
  private @Nullable Output<List<String>> communicationPreferences;

  private IncidentResponderArgs() {}

  private IncidentResponderArgs(IncidentResponderArgs defaults) {
    this.name = defaults.name;
    this.jobTitle = defaults.jobTitle;
    this.email = defaults.email;
    this.communicationPreferences = defaults.communicationPreferences;
  }

  /** Name, 3 to 50 characters. */
  public Output<String> name() {
    return this.name;
  }

  /** Job title, 1 to 50 characters. */
  public Output<String> jobTitle() {
    return this.jobTitle;
  }

  /** Email address, 6 to 254 characters. */
  public Output<String> email() {
    return this.email;
  }

  /** What this responder is notified of: values of the API's CommunicationType. */
  public Optional<Output<List<String>>> communicationPreferences() {
    return Optional.ofNullable(this.communicationPreferences);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(IncidentResponderArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link IncidentResponderArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final IncidentResponderArgs args;

    public Builder() {
      args = new IncidentResponderArgs();
    }

    public Builder(IncidentResponderArgs defaults) {
      args = new IncidentResponderArgs(Objects.requireNonNull(defaults));
    }

    public Builder name(Output<String> name) {
      args.name = name;
      return this;
    }

    public Builder name(String name) {
      return name(Output.of(name));
    }

    public Builder jobTitle(Output<String> jobTitle) {
      args.jobTitle = jobTitle;
      return this;
    }

    public Builder jobTitle(String jobTitle) {
      return jobTitle(Output.of(jobTitle));
    }

    public Builder email(Output<String> email) {
      args.email = email;
      return this;
    }

    public Builder email(String email) {
      return email(Output.of(email));
    }

    public Builder communicationPreferences(@Nullable Output<List<String>> preferences) {
      args.communicationPreferences = preferences;
      return this;
    }

    public Builder communicationPreferences(List<String> preferences) {
      return communicationPreferences(Output.of(preferences));
    }

    public Builder communicationPreferences(String... preferences) {
      return communicationPreferences(List.of(preferences));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when a required input was not set
     */
    public IncidentResponderArgs build() {
      if (args.name == null) {
        throw new MissingRequiredPropertyException("IncidentResponderArgs", "name");
      }
      if (args.jobTitle == null) {
        throw new MissingRequiredPropertyException("IncidentResponderArgs", "jobTitle");
      }
      if (args.email == null) {
        throw new MissingRequiredPropertyException("IncidentResponderArgs", "email");
      }
      return new IncidentResponderArgs(args);
    }
  }
}
