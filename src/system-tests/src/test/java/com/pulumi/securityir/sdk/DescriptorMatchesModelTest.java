package com.pulumi.securityir.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.core.resource.CaseCommentResource;
import com.pulumi.securityir.core.resource.CaseResource;
import com.pulumi.securityir.core.resource.MembershipResource;
import com.pulumi.securityir.core.resource.PropertyDescriptor;
import com.pulumi.securityir.core.resource.PropertyType;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.core.resource.TextRules;
import com.pulumi.securityir.core.resource.ValueShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules the resources' descriptors check in Check (lengths, patterns, enums, list and map
 * bounds, object fields and which of them are required, and which members are sensitive) are the
 * service's, as its API model states them: every input named after a member of the operation that
 * sends it is compared with that member's shape in {@code ../shared/aws}, read here, not copied.
 */
class DescriptorMatchesModelTest {

  private static JsonObject shapes;

  @BeforeAll
  static void load() throws Exception {
    String dir = System.getProperty("securityir.model.dir");
    assertNotNull(dir, "system property securityir.model.dir is not set (the pom sets it)");
    Path file = Path.of(dir, "security-ir-service-2.json");
    Assumptions.assumeTrue(Files.isRegularFile(file), "the service's API model is not at " + file);
    shapes =
        JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonObject("shapes");
  }

  static Stream<Arguments> inputsSentAsMembers() {
    return Stream.of(
        Arguments.of(CaseResource.DESCRIPTOR, "CreateCaseRequest"),
        Arguments.of(CaseCommentResource.DESCRIPTOR, "CreateCaseCommentRequest"),
        Arguments.of(MembershipResource.DESCRIPTOR, "CreateMembershipRequest"));
  }

  @ParameterizedTest(name = "{0} against {1}")
  @MethodSource("inputsSentAsMembers")
  void everyInputNamedAfterAMemberHasTheMembersRules(ResourceDescriptor resource, String request) {
    JsonObject members = shapes.getAsJsonObject(request).getAsJsonObject("members");
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (PropertyDescriptor input : resource.inputs()) {
      if (!members.has(input.name())) {
        continue;
      }
      compared++;
      JsonObject member = members.getAsJsonObject(input.name());
      String path = resource.token() + "." + input.name();
      compare(path, input.shape(), member.get("shape").getAsString(), problems);
      if (sensitive(member) && !input.secret()) {
        problems.add(path + ": the model marks it sensitive, the descriptor not secret");
      }
    }
    assertTrue(compared >= 2, "hardly any input is a member of " + request);
    assertEquals(List.of(), problems);
  }

  private static void compare(
      String path, ValueShape ours, String shapeName, List<String> problems) {
    JsonObject shape = shapes.getAsJsonObject(shapeName);
    String type = shape.get("type").getAsString();
    if (ours instanceof ValueShape.Scalar scalar && type.equals("string")) {
      compareText(path, scalar.rules(), shape, problems);
    } else if (ours instanceof ValueShape.Scalar scalar && type.equals("timestamp")) {
      if (!scalar.rules().timestamp()) {
        problems.add(path + ": the model's timestamp is not checked as a date-time");
      }
    } else if (ours instanceof ValueShape.Scalar scalar && type.equals("boolean")) {
      if (scalar.type() != PropertyType.BOOLEAN) {
        problems.add(path + ": the model's boolean is a " + scalar.type());
      }
    } else if (ours instanceof ValueShape.ListOf list && type.equals("list")) {
      bound(path + " min items", list.minItems(), shape, "min", 0, problems);
      bound(path + " max items", list.maxItems(), shape, "max", Integer.MAX_VALUE, problems);
      compare(path + "[]", list.items(), memberShape(shape, "member"), problems);
    } else if (ours instanceof ValueShape.MapOf map && type.equals("map")) {
      bound(path + " max entries", map.maxEntries(), shape, "max", Integer.MAX_VALUE, problems);
      compareText(
          path + " keys", map.keys(), shapes.getAsJsonObject(memberShape(shape, "key")), problems);
      compare(path + " values", map.values(), memberShape(shape, "value"), problems);
    } else if (ours instanceof ValueShape.ObjectOf object && type.equals("structure")) {
      compareObject(path, object, shape, problems);
    } else {
      problems.add(path + ": a " + ours.getClass().getSimpleName() + " for a model " + type);
    }
  }

  private static void compareObject(
      String path, ValueShape.ObjectOf object, JsonObject shape, List<String> problems) {
    JsonObject members = shape.getAsJsonObject("members");
    List<String> required = strings(shape.getAsJsonArray("required"));
    for (String name : members.keySet()) {
      Optional<PropertyDescriptor> field = object.field(name);
      if (field.isEmpty()) {
        problems.add(path + "." + name + ": a member the object type lacks");
        continue;
      }
      if (field.get().required() != required.contains(name)) {
        problems.add(path + "." + name + ": required is " + field.get().required());
      }
      compare(
          path + "." + name,
          field.get().shape(),
          members.getAsJsonObject(name).get("shape").getAsString(),
          problems);
    }
    for (PropertyDescriptor field : object.fields()) {
      if (!members.has(field.name())) {
        problems.add(path + "." + field.name() + ": not a member of the model's structure");
      }
    }
  }

  private static void compareText(
      String path, TextRules rules, JsonObject shape, List<String> problems) {
    bound(path + " min length", rules.minLength(), shape, "min", 0, problems);
    bound(path + " max length", rules.maxLength(), shape, "max", Integer.MAX_VALUE, problems);
    Optional<String> pattern =
        shape.has("pattern") ? Optional.of(shape.get("pattern").getAsString()) : Optional.empty();
    // The model's patterns are anchored with ^...$; the descriptor's match the whole value.
    Optional<String> unanchored = pattern.map(p -> p.replaceAll("^\\^", "").replaceAll("\\$$", ""));
    if (!unanchored.equals(rules.pattern())) {
      problems.add(path + ": pattern " + rules.pattern() + ", the model's " + pattern);
    }
    List<String> allowed = strings(shape.getAsJsonArray("enum"));
    if (!allowed.equals(rules.allowed())) {
      problems.add(path + ": values " + rules.allowed() + ", the model's " + allowed);
    }
  }

  private static void bound(
      String what, int ours, JsonObject shape, String key, int absent, List<String> problems) {
    int model = shape.has(key) ? shape.get(key).getAsInt() : absent;
    if (ours != model) {
      problems.add(what + ": " + ours + ", the model's " + model);
    }
  }

  private static String memberShape(JsonObject shape, String key) {
    return shape.getAsJsonObject(key).get("shape").getAsString();
  }

  private static boolean sensitive(JsonObject member) {
    JsonObject shape = shapes.getAsJsonObject(member.get("shape").getAsString());
    return (member.has("sensitive") && member.get("sensitive").getAsBoolean())
        || (shape.has("sensitive") && shape.get("sensitive").getAsBoolean());
  }

  private static List<String> strings(JsonArray array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      for (JsonElement element : array) {
        values.add(element.getAsString());
      }
    }
    return values;
  }
}
