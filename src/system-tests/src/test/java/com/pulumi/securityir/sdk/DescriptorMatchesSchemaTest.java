package com.pulumi.securityir.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.core.resource.PropertyDescriptor;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.sdk.PackageSpec.ObjectSpec;
import com.pulumi.securityir.sdk.PackageSpec.PropertySpec;
import com.pulumi.securityir.sdk.PackageSpec.ResourceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The core's descriptor of CaseStatus (what the provider decodes inputs by and the cases.yaml
 * loader takes its keys from) against {@code schema.json}: the token, every input and output name,
 * its type, and its required, secret and replace-on-change flags. Each failure names the property
 * and the flag that disagree.
 */
class DescriptorMatchesSchemaTest {

  private static final ResourceDescriptor DESCRIPTOR = CaseStatusResource.DESCRIPTOR;

  private final PackageSpec schema = PackageSpec.ofCheckout();

  @Test
  void theSchemasOnlyResourceIsTheDescribedOne() {
    assertEquals(Set.of(DESCRIPTOR.token()), schema.resources().keySet());
  }

  @Test
  void descriptorInputsAreTheSchemasInputPropertiesWithTheirFlags() {
    ResourceSpec resource = schema.resources().get(DESCRIPTOR.token());
    assertAgrees(compare(DESCRIPTOR.token() + " input", DESCRIPTOR.inputs(), resource.inputs()));
  }

  @Test
  void descriptorOutputsAreTheSchemasPropertiesWithTheirFlags() {
    ResourceSpec resource = schema.resources().get(DESCRIPTOR.token());
    assertAgrees(compare(DESCRIPTOR.token() + " output", DESCRIPTOR.outputs(), resource.outputs()));
  }

  private static void assertAgrees(List<String> disagreements) {
    assertTrue(disagreements.isEmpty(), () -> String.join("\n", disagreements));
  }

  private static List<String> compare(
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
