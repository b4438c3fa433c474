package com.pulumi.securityir;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * An explicit instance of the {@code securityir} provider ({@code pulumi:providers:securityir}).
 * Without one, resources use the default provider, configured from the stack's {@code securityir:*}
 * settings; pass an instance with {@code CustomResourceOptions.builder().provider(p)} to target,
 * e.g., another region or the local emulator.
 */
@ResourceType(type = "pulumi:providers:securityir")
public class Provider extends com.pulumi.resources.ProviderResource {

  static final String PACKAGE = "securityir";

  @Export(
      name = "region",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> region;

  @Export(
      name = "profile",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> profile;

  @Export(
      name = "endpoint",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> endpoint;

  @Export(
      name = "transitionGraph",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> transitionGraph;

  /** The region setting, if given. */
  public Output<Optional<String>> region() {
    return Codegen.optional(this.region);
  }

  /** The profile setting, if given. */
  public Output<Optional<String>> profile() {
    return Codegen.optional(this.profile);
  }

  /** The endpoint setting, if given. */
  public Output<Optional<String>> endpoint() {
    return Codegen.optional(this.endpoint);
  }

  /** The transition graph setting, if given. */
  public Output<Optional<String>> transitionGraph() {
    return Codegen.optional(this.transitionGraph);
  }

  /** A provider with no explicit settings: everything falls back to the environment. */
  public Provider(String name) {
    this(name, ProviderArgs.Empty);
  }

  public Provider(String name, @Nullable ProviderArgs args) {
    this(name, args, null);
  }

  /**
   * A provider with these settings.
   *
   * @param options resource options; the package version is added so the engine loads the matching
   *     plugin
   */
  public Provider(
      String name, @Nullable ProviderArgs args, @Nullable CustomResourceOptions options) {
    super(
        PACKAGE,
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private static ProviderArgs makeArgs(
      @Nullable ProviderArgs args, @Nullable CustomResourceOptions options) {
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? ProviderArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaultOptions =
        CustomResourceOptions.builder()
            .version(Utilities.getVersion())
            .additionalSecretOutputs(List.of("accessKey", "secretKey", "sessionToken"))
            .build();
    return CustomResourceOptions.merge(defaultOptions, options, id);
  }
}
