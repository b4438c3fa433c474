package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.securityir.inputs.ImpactedAwsRegionArgs;
import com.pulumi.securityir.inputs.ThreatActorIpArgs;
import com.pulumi.securityir.inputs.WatcherArgs;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The inputs of a {@link Case}: the members CreateCase and UpdateCase take, the resolver type,
 * tags, an optional status and whether deleting the resource closes the case. Built with {@link
 * #builder()}; immutable once built. Inputs the schema marks secret are always sent as secrets,
 * whichever builder overload set them.
 */
public final class CaseArgs extends com.pulumi.resources.ResourceArgs {

  public static final CaseArgs Empty = new CaseArgs();

  @Import(name = "title", required = true)
  private Output<String> title;

  @Import(name = "description", required = true)
  private Output<String> description;

  @Import(name = "engagementType", required = true)
  private Output<String> engagementType;

  @Import(name = "reportedIncidentStartDate", required = true)
  private Output<String> reportedIncidentStartDate;

  @Import(name = "actualIncidentStartDate")
  private @Nullable Output<String> actualIncidentStartDate;

  @Import(name = "impactedAccounts", required = true)
  private Output<List<String>> impactedAccounts;

  @Import(name = "watchers", required = true)
  private Output<List<WatcherArgs>> watchers;

  @Import(name = "threatActorIpAddresses")
  private @Nullable Output<List<ThreatActorIpArgs>> threatActorIpAddresses;

  @Import(name = "impactedServices")
  private @Nullable Output<List<String>> impactedServices;

  @Import(name = "impactedAwsRegions")
  private @Nullable Output<List<ImpactedAwsRegionArgs>> impactedAwsRegions;

  @Import(name = "resolverType", required = true)
  private Output<String> resolverType;

  @Import(name = "tags")
  private @Nullable Output<Map<String, String>> tags;

  @Import(name = "status")
  private @Nullable Output<String> status;

  @Import(name = "closeOnDelete")
  private @Nullable Output<Boolean> closeOnDelete;

  private CaseArgs() {}

  private CaseArgs(CaseArgs defaults) {
    this.title = defaults.title;
    this.description = defaults.description;
    this.engagementType = defaults.engagementType;
    this.reportedIncidentStartDate = defaults.reportedIncidentStartDate;
    this.actualIncidentStartDate = defaults.actualIncidentStartDate;
    this.impactedAccounts = defaults.impactedAccounts;
    this.watchers = defaults.watchers;
    this.threatActorIpAddresses = defaults.threatActorIpAddresses;
    this.impactedServices = defaults.impactedServices;
    this.impactedAwsRegions = defaults.impactedAwsRegions;
    this.resolverType = defaults.resolverType;
    this.tags = defaults.tags;
    this.status = defaults.status;
    this.closeOnDelete = defaults.closeOnDelete;
  }

  /** The case title, 1 to 300 characters (sensitive, so always secret). */
  public Output<String> title() {
    return this.title;
  }

  /** The case description, 1 to 8000 characters (sensitive, so always secret). */
  public Output<String> description() {
    return this.description;
  }

  /** 'Security Incident' or 'Investigation'. */
  public Output<String> engagementType() {
    return this.engagementType;
  }

  /**
   * When the unauthorized activity started as reported, an RFC 3339 date-time (e.g.
   * 2026-05-01T09:30:00Z); sent as epoch seconds.
   */
  public Output<String> reportedIncidentStartDate() {
    return this.reportedIncidentStartDate;
  }

  /** When the activity actually started, an RFC 3339 date-time. Once set it cannot be cleared. */
  public Optional<Output<String>> actualIncidentStartDate() {
    return Optional.ofNullable(this.actualIncidentStartDate);
  }

  /**
   * Impacted AWS account ids, 12 digits each (zero-pad shorter ones), at most 200. May be empty.
   */
  public Output<List<String>> impactedAccounts() {
    return this.impactedAccounts;
  }

  /** Who is notified of the case's updates, at most 30. May be empty. Always secret. */
  public Output<List<WatcherArgs>> watchers() {
    return this.watchers;
  }

  /** Suspicious IP addresses, at most 200. Unset: left as the case has them. Always secret. */
  public Optional<Output<List<ThreatActorIpArgs>>> threatActorIpAddresses() {
    return Optional.ofNullable(this.threatActorIpAddresses);
  }

  /** Impacted AWS services, e.g. Amazon EC2, at most 600. Unset: left as the case has them. */
  public Optional<Output<List<String>>> impactedServices() {
    return Optional.ofNullable(this.impactedServices);
  }

  /** Impacted Regions, at most 50. Unset: left as the case has them. */
  public Optional<Output<List<ImpactedAwsRegionArgs>>> impactedAwsRegions() {
    return Optional.ofNullable(this.impactedAwsRegions);
  }

  /**
   * Who works the case: 'Self' or 'AWS'. Self -&gt; AWS is made with UpdateResolverType and is
   * one-way (AWS responders take over); AWS -&gt; Self is refused.
   */
  public Output<String> resolverType() {
    return this.resolverType;
  }

  /**
   * Tags of the case, at most 200 (keys 1 to 128 characters, values up to 256). Unset: left as the
   * case has them.
   */
  public Optional<Output<Map<String, String>>> tags() {
    return Optional.ofNullable(this.tags);
  }

  /**
   * The status the case should be in, walked along the shortest legal path as CaseStatus walks it.
   * Unset: left to the responders. Use either this or a CaseStatus for a case, never both.
   */
  public Optional<Output<String>> status() {
    return Optional.ofNullable(this.status);
  }

  /**
   * Close the case when this resource is deleted. Default true for a case this resource created; an
   * imported case has false.
   */
  public Optional<Output<Boolean>> closeOnDelete() {
    return Optional.ofNullable(this.closeOnDelete);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(CaseArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link CaseArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final CaseArgs args;

    public Builder() {
      args = new CaseArgs();
    }

    public Builder(CaseArgs defaults) {
      args = new CaseArgs(Objects.requireNonNull(defaults));
    }

    public Builder title(Output<String> title) {
      args.title = secret(title);
      return this;
    }

    public Builder title(String title) {
      return title(Output.of(title));
    }

    public Builder description(Output<String> description) {
      args.description = secret(description);
      return this;
    }

    public Builder description(String description) {
      return description(Output.of(description));
    }

    public Builder engagementType(Output<String> engagementType) {
      args.engagementType = engagementType;
      return this;
    }

    public Builder engagementType(String engagementType) {
      return engagementType(Output.of(engagementType));
    }

    public Builder reportedIncidentStartDate(Output<String> reportedIncidentStartDate) {
      args.reportedIncidentStartDate = reportedIncidentStartDate;
      return this;
    }

    public Builder reportedIncidentStartDate(String reportedIncidentStartDate) {
      return reportedIncidentStartDate(Output.of(reportedIncidentStartDate));
    }

    public Builder actualIncidentStartDate(@Nullable Output<String> actualIncidentStartDate) {
      args.actualIncidentStartDate = actualIncidentStartDate;
      return this;
    }

    public Builder actualIncidentStartDate(String actualIncidentStartDate) {
      return actualIncidentStartDate(Output.of(actualIncidentStartDate));
    }

    public Builder impactedAccounts(Output<List<String>> impactedAccounts) {
      args.impactedAccounts = impactedAccounts;
      return this;
    }

    public Builder impactedAccounts(List<String> impactedAccounts) {
      return impactedAccounts(Output.of(impactedAccounts));
    }

    public Builder impactedAccounts(String... impactedAccounts) {
      return impactedAccounts(List.of(impactedAccounts));
    }

    public Builder watchers(Output<List<WatcherArgs>> watchers) {
      args.watchers = secret(watchers);
      return this;
    }

    public Builder watchers(List<WatcherArgs> watchers) {
      return watchers(Output.of(watchers));
    }

    public Builder watchers(WatcherArgs... watchers) {
      return watchers(List.of(watchers));
    }

    public Builder threatActorIpAddresses(
        @Nullable Output<List<ThreatActorIpArgs>> threatActorIpAddresses) {
      args.threatActorIpAddresses = secret(threatActorIpAddresses);
      return this;
    }

    public Builder threatActorIpAddresses(List<ThreatActorIpArgs> threatActorIpAddresses) {
      return threatActorIpAddresses(Output.of(threatActorIpAddresses));
    }

    public Builder threatActorIpAddresses(ThreatActorIpArgs... threatActorIpAddresses) {
      return threatActorIpAddresses(List.of(threatActorIpAddresses));
    }

    public Builder impactedServices(@Nullable Output<List<String>> impactedServices) {
      args.impactedServices = impactedServices;
      return this;
    }

    public Builder impactedServices(List<String> impactedServices) {
      return impactedServices(Output.of(impactedServices));
    }

    public Builder impactedServices(String... impactedServices) {
      return impactedServices(List.of(impactedServices));
    }

    public Builder impactedAwsRegions(
        @Nullable Output<List<ImpactedAwsRegionArgs>> impactedAwsRegions) {
      args.impactedAwsRegions = impactedAwsRegions;
      return this;
    }

    public Builder impactedAwsRegions(List<ImpactedAwsRegionArgs> impactedAwsRegions) {
      return impactedAwsRegions(Output.of(impactedAwsRegions));
    }

    public Builder impactedAwsRegions(ImpactedAwsRegionArgs... impactedAwsRegions) {
      return impactedAwsRegions(List.of(impactedAwsRegions));
    }

    public Builder resolverType(Output<String> resolverType) {
      args.resolverType = resolverType;
      return this;
    }

    public Builder resolverType(String resolverType) {
      return resolverType(Output.of(resolverType));
    }

    public Builder tags(@Nullable Output<Map<String, String>> tags) {
      args.tags = tags;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      return tags(Output.of(tags));
    }

    public Builder status(@Nullable Output<String> status) {
      args.status = status;
      return this;
    }

    public Builder status(String status) {
      return status(Output.of(status));
    }

    public Builder closeOnDelete(@Nullable Output<Boolean> closeOnDelete) {
      args.closeOnDelete = closeOnDelete;
      return this;
    }

    public Builder closeOnDelete(Boolean closeOnDelete) {
      return closeOnDelete(Output.of(closeOnDelete));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when a required input was not set
     */
    public CaseArgs build() {
      if (args.title == null) {
        throw new MissingRequiredPropertyException("CaseArgs", "title");
      }
      if (args.description == null) {
        throw new MissingRequiredPropertyException("CaseArgs", "description");
      }
      if (args.engagementType == null) {
        throw new MissingRequiredPropertyException("CaseArgs", "engagementType");
      }
      if (args.reportedIncidentStartDate == null) {
        throw new MissingRequiredPropertyException("CaseArgs", "reportedIncidentStartDate");
      }
      if (args.impactedAccounts == null) {
        throw new MissingRequiredPropertyException("CaseArgs", "impactedAccounts");
      }
      if (args.watchers == null) {
        throw new MissingRequiredPropertyException("CaseArgs", "watchers");
      }
      if (args.resolverType == null) {
        throw new MissingRequiredPropertyException("CaseArgs", "resolverType");
      }
      return new CaseArgs(args);
    }

    private static <T> Output<T> secret(@Nullable Output<T> value) {
      return value == null ? null : value.asSecret();
    }
  }
}
