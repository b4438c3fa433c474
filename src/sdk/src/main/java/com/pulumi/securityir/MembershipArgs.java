package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.securityir.inputs.IncidentResponderArgs;
import com.pulumi.securityir.inputs.OptInFeatureArgs;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The inputs of a {@link Membership}: the members CreateMembership and UpdateMembership take, the
 * organizational units, tags and whether deleting the resource cancels the subscription. Built with
 * {@link #builder()}; immutable once built. Inputs the schema marks secret are always sent as
 * secrets, whichever builder overload set them.
 */
public final class MembershipArgs extends com.pulumi.resources.ResourceArgs {

  public static final MembershipArgs Empty = new MembershipArgs();

  @Import(name = "membershipName", required = true)
  private Output<String> membershipName;

  @Import(name = "incidentResponseTeam", required = true)
  private Output<List<IncidentResponderArgs>> incidentResponseTeam;

  @Import(name = "optInFeatures")
  private @Nullable Output<List<OptInFeatureArgs>> optInFeatures;

  @Import(name = "coverEntireOrganization")
  private @Nullable Output<Boolean> coverEntireOrganization;

  @Import(name = "organizationalUnits")
  private @Nullable Output<List<String>> organizationalUnits;

  @Import(name = "tags")
  private @Nullable Output<Map<String, String>> tags;

  @Import(name = "cancelOnDelete")
  private @Nullable Output<Boolean> cancelOnDelete;

  private MembershipArgs() {}

  private MembershipArgs(MembershipArgs defaults) {
    this.membershipName = defaults.membershipName;
    this.incidentResponseTeam = defaults.incidentResponseTeam;
    this.optInFeatures = defaults.optInFeatures;
    this.coverEntireOrganization = defaults.coverEntireOrganization;
    this.organizationalUnits = defaults.organizationalUnits;
    this.tags = defaults.tags;
    this.cancelOnDelete = defaults.cancelOnDelete;
  }

  /** The membership's name, 3 to 50 characters (sensitive, so always secret). */
  public Output<String> membershipName() {
    return this.membershipName;
  }

  /**
   * The incident response team, 2 to 10 responders; replaced as a whole on change. Always secret.
   */
  public Output<List<IncidentResponderArgs>> incidentResponseTeam() {
    return this.incidentResponseTeam;
  }

  /**
   * Opt-in features, 1 or 2; replaced as a whole on change. Unset: left as the membership has them.
   */
  public Optional<Output<List<OptInFeatureArgs>>> optInFeatures() {
    return Optional.ofNullable(this.optInFeatures);
  }

  /**
   * Whether the membership covers the entire organization. Unset: left as the membership has it.
   */
  public Optional<Output<Boolean>> coverEntireOrganization() {
    return Optional.ofNullable(this.coverEntireOrganization);
  }

  /** The organizational units covered. Unset: left as the membership has them. */
  public Optional<Output<List<String>>> organizationalUnits() {
    return Optional.ofNullable(this.organizationalUnits);
  }

  /** Tags of the membership. Unset: left as the membership has them. */
  public Optional<Output<Map<String, String>>> tags() {
    return Optional.ofNullable(this.tags);
  }

  /** Cancel the subscription when this resource is deleted (default false: it is left active). */
  public Optional<Output<Boolean>> cancelOnDelete() {
    return Optional.ofNullable(this.cancelOnDelete);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Builder builder(MembershipArgs defaults) {
    return new Builder(defaults);
  }

  /** Builds {@link MembershipArgs}; {@link #build()} checks the required inputs are set. */
  public static final class Builder {
    private final MembershipArgs args;

    public Builder() {
      args = new MembershipArgs();
    }

    public Builder(MembershipArgs defaults) {
      args = new MembershipArgs(Objects.requireNonNull(defaults));
    }

    public Builder membershipName(Output<String> membershipName) {
      args.membershipName = secret(membershipName);
      return this;
    }

    public Builder membershipName(String membershipName) {
      return membershipName(Output.of(membershipName));
    }

    public Builder incidentResponseTeam(Output<List<IncidentResponderArgs>> incidentResponseTeam) {
      args.incidentResponseTeam = secret(incidentResponseTeam);
      return this;
    }

    public Builder incidentResponseTeam(List<IncidentResponderArgs> incidentResponseTeam) {
      return incidentResponseTeam(Output.of(incidentResponseTeam));
    }

    public Builder incidentResponseTeam(IncidentResponderArgs... incidentResponseTeam) {
      return incidentResponseTeam(List.of(incidentResponseTeam));
    }

    public Builder optInFeatures(@Nullable Output<List<OptInFeatureArgs>> optInFeatures) {
      args.optInFeatures = optInFeatures;
      return this;
    }

    public Builder optInFeatures(List<OptInFeatureArgs> optInFeatures) {
      return optInFeatures(Output.of(optInFeatures));
    }

    public Builder optInFeatures(OptInFeatureArgs... optInFeatures) {
      return optInFeatures(List.of(optInFeatures));
    }

    public Builder coverEntireOrganization(@Nullable Output<Boolean> coverEntireOrganization) {
      args.coverEntireOrganization = coverEntireOrganization;
      return this;
    }

    public Builder coverEntireOrganization(Boolean coverEntireOrganization) {
      return coverEntireOrganization(Output.of(coverEntireOrganization));
    }

    public Builder organizationalUnits(@Nullable Output<List<String>> organizationalUnits) {
      args.organizationalUnits = organizationalUnits;
      return this;
    }

    public Builder organizationalUnits(List<String> organizationalUnits) {
      return organizationalUnits(Output.of(organizationalUnits));
    }

    public Builder organizationalUnits(String... organizationalUnits) {
      return organizationalUnits(List.of(organizationalUnits));
    }

    public Builder tags(@Nullable Output<Map<String, String>> tags) {
      args.tags = tags;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      return tags(Output.of(tags));
    }

    public Builder cancelOnDelete(@Nullable Output<Boolean> cancelOnDelete) {
      args.cancelOnDelete = cancelOnDelete;
      return this;
    }

    public Builder cancelOnDelete(Boolean cancelOnDelete) {
      return cancelOnDelete(Output.of(cancelOnDelete));
    }

    /**
     * The arguments.
     *
     * @throws MissingRequiredPropertyException when a required input was not set
     */
    public MembershipArgs build() {
      if (args.membershipName == null) {
        throw new MissingRequiredPropertyException("MembershipArgs", "membershipName");
      }
      if (args.incidentResponseTeam == null) {
        throw new MissingRequiredPropertyException("MembershipArgs", "incidentResponseTeam");
      }
      return new MembershipArgs(args);
    }

    private static <T> Output<T> secret(@Nullable Output<T> value) {
      return value == null ? null : value.asSecret();
    }
  }
}
