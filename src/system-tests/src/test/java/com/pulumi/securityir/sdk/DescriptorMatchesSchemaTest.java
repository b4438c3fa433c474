package com.pulumi.securityir.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.resource.CaseCommentResource;
import com.pulumi.securityir.core.resource.CaseResource;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.core.resource.MembershipResource;
import com.pulumi.securityir.core.resource.PropertyDescriptor;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.core.resource.ValueShape;
import com.pulumi.securityir.sdk.PackageSpec.ObjectSpec;
import com.pulumi.securityir.sdk.PackageSpec.PropertySpec;
import com.pulumi.securityir.sdk.PackageSpec.ResourceSpec;
import com.pulumi.securityir.sdk.PackageSpec.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core's descriptors (what the provider decodes and validates inputs by, Diff compares by, and
 * the cases.yaml loader takes its keys from) against {@code schema.json}: each token, every input
 * and output name, its type (down to list items, map values and the fields of object types), and
 * its required, secret and replace-on-change flags. Each failure names the property and the flag
 * that disagree.
 */
class DescriptorMatchesSchemaTest {

  private static final List<ResourceDescriptor> DESCRIPTORS =
      List.of(
          CaseStatusResource.DESCRIPTOR,
          CaseResource.DESCRIPTOR,
          CaseCommentResource.DESCRIPTOR,
          MembershipResource.DESCRIPTOR);

  private final PackageSpec schema = PackageSpec.ofCheckout();

  static Stream<ResourceDescriptor> descriptors() {
    return DESCRIPTORS.stream();
  }

  @Test
  void theSchemasResourcesAreTheDescribedOnes() {
    assertEquals(
        DESCRIPTORS.stream().map(ResourceDescriptor::token).collect(Collectors.toSet()),
        schema.resources().keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("descriptors")
  void descriptorInputsAreTheSchemasInputPropertiesWithTheirFlags(ResourceDescriptor descriptor) {
    ResourceSpec resource = schema.resources().get(descriptor.token());
    assertAgrees(compare(descriptor.token() + " input", descriptor.inputs(), resource.inputs()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("descriptors")
  void descriptorOutputsAreTheSchemasPropertiesWithTheirFlags(ResourceDescriptor descriptor) {
    ResourceSpec resource = schema.resources().get(descriptor.token());
    assertAgrees(compare(descriptor.token() + " output", descriptor.outputs(), resource.outputs()));
  }

  private static void assertAgrees(List<String> disagreements) {
    assertTrue(disagreements.isEmpty(), () -> String.join("\n", disagreements));
  }

  private List<String> compare(
      String subject, List<PropertyDescriptor> described, ObjectSpec spec) {
    Map<String, PropertyDescriptor> byName = new LinkedHashMap<>();
    described.forEach(p -> byName.put(p.name(), p));
    List<String> problems = new ArrayList<>();
    if (byName.size() != described.size()) {
      problems.add(subject + "s: the descriptor names a property twice: " + described);
    }
    Checks.sameNames(
            subject + "s", spec.properties().keySet(), "the descriptor has", byName.keySet())
        .ifPresent(problems::add);
    for (PropertySpec property : spec.properties().values()) {
      PropertyDescriptor descriptor = byName.get(property.name());
      if (descriptor == null) {
        continue;
      }
      String where = subject + " '" + property.name() + "'";
      flag(problems, where, "type", property.type().schemaName(), descriptor.type().schemaName());
      shape(problems, where, property.type(), descriptor.shape());
      flag(
          problems,
          where,
          "required",
          spec.required().contains(property.name()),
          descriptor.required());
      flag(problems, where, "secret", property.secret(), descriptor.secret());
      flag(
          problems,
          where,
          "willReplaceOnChanges",
          property.willReplaceOnChanges(),
          descriptor.replaceOnChange());
    }
    return problems;
  }

  /** The descriptor's items, map values and object fields against the schema's. */
  private void shape(List<String> problems, String where, TypeSpec type, ValueShape shape) {
    if (shape instanceof ValueShape.ListOf list) {
      if (type instanceof TypeSpec.ArrayOf array) {
        flag(
            problems,
            where + " items",
            "type",
            array.items().schemaName(),
            list.items().type().schemaName());
        shape(problems, where + " items", array.items(), list.items());
      } else {
        problems.add(where + ": the descriptor says a list, schema.json says " + type);
      }
    } else if (shape instanceof ValueShape.MapOf map) {
      if (type instanceof TypeSpec.MapOf schemaMap) {
        shape(problems, where + " values", schemaMap.values(), map.values());
      } else {
        problems.add(where + ": the descriptor says a map, schema.json says " + type);
      }
    } else if (shape instanceof ValueShape.ObjectOf object) {
      if (type instanceof TypeSpec.Ref ref && ref.token().equals(object.token())) {
        problems.addAll(
            compare(object.token() + " field", object.fields(), schema.types().get(ref.token())));
      } else {
        problems.add(
            where + ": the descriptor says type " + object.token() + ", schema.json says " + type);
      }
    } else if (type instanceof TypeSpec.ArrayOf
        || type instanceof TypeSpec.MapOf
        || type instanceof TypeSpec.Ref) {
      if (!(shape instanceof ValueShape.Opaque)) {
        problems.add(
            where + ": schema.json says " + type + ", the descriptor does not describe it");
      }
    }
  }

  private static void flag(
      List<String> problems, String where, String flag, Object inSchema, Object inDescriptor) {
    if (!inSchema.equals(inDescriptor)) {
      problems.add(
          String.format(
              "%s %s: schema.json says %s, the descriptor says %s",
              where, flag, inSchema, inDescriptor));
    }
  }
}
