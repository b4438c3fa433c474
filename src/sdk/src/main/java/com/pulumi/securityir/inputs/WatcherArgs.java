package com.pulumi.securityir.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Someone notified of the case's updates (every member is sensitive in the API model). (schema type
 * {@code securityir:index:Watcher}), where a program passes one in. Built with {@link #builder()};
 * immutable once built. Inputs the schema marks secret are always sent as secrets, whichever
 * builder overload set them.
 */
public final class WatcherArgs extends com.pulumi.resources.ResourceArgs {

  public static final WatcherArgs Empty = new WatcherArgs();

  @Import(name = "email", required = true)
  private Output<String> email;

  @Import(name = "name")
  private @Nullable Output<String> name;

  @Import(name = "jobTitle")
  private @Nullable Output<String> jobTitle;

  private WatcherArgs() {}

  private WatcherArgs(WatcherArgs defaults) {
    this.email = defaults.email;
    this.name = defaults.name;
    this.jobTitle = defaults.jobTitle;
  }

  /** Email address, 6 to 254 characters. */
  public Output<String> email() {
    return this.email;
  }

  /** Name, 1 to 50 characters. */
  public Optional<Output<String>> name() {
    return Optional.ofNullable(this.name);
  }

  /** Job title, 1 to 50 characters. */
  public Optional<Output<String>> jobTitle() {
    return Optional.ofNullable(this.jobTitle);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(WatcherArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link WatcherArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final WatcherArgs args;

    public Builder() {
      args = new WatcherArgs();
    }

    public Builder(WatcherArgs defaults) {
      args = new WatcherArgs(Objects.requireNonNull(defaults));
    }

    public Builder email(Output<String> email) {
      args.email = email;
      return this;
    }

    public Builder email(String email) {
      return email(Output.of(email));
    }

    public Builder name(@Nullable Output<String> name) {
      args.name = name;
      return this;
    }

    public Builder name(String name) {
      return name(Output.of(name));
    }

    public Builder jobTitle(@Nullable Output<String> jobTitle) {
      args.jobTitle = jobTitle;
      return this;
    }

    public Builder jobTitle(String jobTitle) {
      return jobTitle(Output.of(jobTitle));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when a required input was not set
     */
    public WatcherArgs build() {
      if (args.email == null) {
        throw new MissingRequiredPropertyException("WatcherArgs", "email");
      }
      return new WatcherArgs(args);
    }
  }
}
