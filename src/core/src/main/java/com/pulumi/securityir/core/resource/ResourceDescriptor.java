package com.pulumi.securityir.core.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource type's token and properties: the one place they are written down.
 *
 * @param token the Pulumi type token, e.g. {@code securityir:index:CaseStatus}
 * @param inputs what a program declares
 * @param outputs what the provider returns (state)
 */
public record ResourceDescriptor(
    String token, List<PropertyDescriptor> inputs, List<PropertyDescriptor> outputs) {

  public ResourceDescriptor {
    Objects.requireNonNull(token, "token");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** The input names in declaration order. */
  public List<String> inputNames() {
    return inputs.stream().map(PropertyDescriptor::name).toList();
  }

  /** The output names in declaration order. */
  public List<String> outputNames() {
    return outputs.stream().map(PropertyDescriptor::name).toList();
  }

  /** The input of that name, if there is one. */
  public Optional<PropertyDescriptor> input(String name) {
    return inputs.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The output of that name, if there is one. */
  public Optional<PropertyDescriptor> output(String name) {
    return outputs.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
