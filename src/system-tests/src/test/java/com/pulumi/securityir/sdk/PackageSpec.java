package com.pulumi.securityir.sdk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.provider.harness.EngineHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code schema.json} read into plain data, the part of Pulumi's package schema the SDK classes and
 * the core's descriptor are held to: resources (the provider among them), their inputs, outputs and
 * state inputs, and the object types.
 *
 * @param name the package name, e.g. {@code securityir}
 * @param javaBasePackage {@code language.java.basePackage}, e.g. {@code com.pulumi}
 * @param provider the provider resource, token {@code pulumi:providers:<name>}
 * @param resources the other resources by token
 * @param types the object types by token
 */
record PackageSpec(
    String name,
    String javaBasePackage,
    ResourceSpec provider,
    Map<String, ResourceSpec> resources,
    Map<String, ObjectSpec> types) {

  private static final String TYPE_REF_PREFIX = "#/types/";

  /** A resource: what a program declares, what the provider returns, what {@code get} takes. */
  record ResourceSpec(
      String token, ObjectSpec inputs, ObjectSpec outputs, Optional<ObjectSpec> stateInputs) {

    boolean isProvider() {
      return token.startsWith("pulumi:providers:");
    }
  }

  /** Properties by name (in the schema's order) and the names of the required ones. */
  record ObjectSpec(Map<String, PropertySpec> properties, Set<String> required) {

    static final ObjectSpec EMPTY = new ObjectSpec(Map.of(), Set.of());

    ObjectSpec {
      properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
      required = Set.copyOf(required);
    }
  }

  /** One property and the flags the schema may set on it (absent means false). */
  record PropertySpec(String name, TypeSpec type, boolean secret, boolean willReplaceOnChanges) {}

  /** A property's type. */
  sealed interface TypeSpec {

    /** The schema's {@code type} keyword for this type ({@code object} for a reference). */
    String schemaName();

    /** {@code string}, {@code boolean}, {@code integer} or {@code number}. */
    record Primitive(String schemaName) implements TypeSpec {
      @Override
      public String toString() {
        return schemaName;
      }
    }

    record ArrayOf(TypeSpec items) implements TypeSpec {
      @Override
      public String schemaName() {
        return "array";
      }

      @Override
      public String toString() {
        return "array of " + items;
      }
    }

    record MapOf(TypeSpec values) implements TypeSpec {
      @Override
      public String schemaName() {
        return "object";
      }

      @Override
      public String toString() {
        return "map of " + values;
      }
    }

    /** A {@code $ref} to one of the package's object types. */
    record Ref(String token) implements TypeSpec {
      @Override
      public String schemaName() {
        return "object";
      }

      @Override
      public String toString() {
        return token;
      }
    }
  }

  /** The provider and every resource. */
  Map<String, ResourceSpec> allResources() {
    Map<String, ResourceSpec> all = new LinkedHashMap<>();
    all.put(provider.token(), provider);
    all.putAll(resources);
    return all;
  }

  /** The checkout's {@code schema.json}, the one the provider serves. */
  static PackageSpec ofCheckout() {
    try {
      return read(EngineHarness.projectDir().resolve("schema.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PackageSpec read(Path schemaFile) throws IOException {
    JsonObject schema = JsonParser.parseString(Files.readString(schemaFile)).getAsJsonObject();
    String name = schema.get("name").getAsString();
    JsonObject java = schema.getAsJsonObject("language").getAsJsonObject("java");
    Map<String, ResourceSpec> resources = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> resource : schema.getAsJsonObject("resources").entrySet()) {
      resources.put(
          resource.getKey(), resource(resource.getKey(), resource.getValue().getAsJsonObject()));
    }
    Map<String, ObjectSpec> types = new LinkedHashMap<>();
    if (schema.has("types")) {
      for (Map.Entry<String, JsonElement> type : schema.getAsJsonObject("types").entrySet()) {
        JsonObject spec = type.getValue().getAsJsonObject();
        types.put(type.getKey(), object(spec, "properties", "required"));
      }
    }
    return new PackageSpec(
        name,
        java.get("basePackage").getAsString(),
        resource("pulumi:providers:" + name, schema.getAsJsonObject("provider")),
        resources,
        types);
  }

  private static ResourceSpec resource(String token, JsonObject spec) {
    return new ResourceSpec(
        token,
        object(spec, "inputProperties", "requiredInputs"),
        object(spec, "properties", "required"),
        spec.has("stateInputs")
            ? Optional.of(object(spec.getAsJsonObject("stateInputs"), "properties", "required"))
            : Optional.empty());
  }

  private static ObjectSpec object(JsonObject spec, String propertiesKey, String requiredKey) {
    if (!spec.has(propertiesKey)) {
      return ObjectSpec.EMPTY;
    }
    Map<String, PropertySpec> properties = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> property : spec.getAsJsonObject(propertiesKey).entrySet()) {
      JsonObject body = property.getValue().getAsJsonObject();
      properties.put(
          property.getKey(),
          new PropertySpec(
              property.getKey(),
              type(body),
              flag(body, "secret"),
              flag(body, "willReplaceOnChanges")));
    }
    Set<String> required = new LinkedHashSet<>();
    if (spec.has(requiredKey)) {
      spec.getAsJsonArray(requiredKey).forEach(n -> required.add(n.getAsString()));
    }
    return new ObjectSpec(properties, required);
  }

  private static TypeSpec type(JsonObject body) {
    if (body.has("$ref")) {
      String ref = body.get("$ref").getAsString();
      if (!ref.startsWith(TYPE_REF_PREFIX)) {
        throw new IllegalArgumentException("not a reference to this package's types: " + ref);
      }
      return new TypeSpec.Ref(ref.substring(TYPE_REF_PREFIX.length()));
    }
    String type = body.get("type").getAsString();
    return switch (type) {
      case "array" -> new TypeSpec.ArrayOf(type(body.getAsJsonObject("items")));
      case "object" -> {
        if (!body.has("additionalProperties")) {
          throw new IllegalArgumentException("an object property needs additionalProperties");
        }
        yield new TypeSpec.MapOf(type(body.getAsJsonObject("additionalProperties")));
      }
      default -> new TypeSpec.Primitive(type);
    };
  }

  private static boolean flag(JsonObject body, String name) {
    return body.has(name) && body.get(name).getAsBoolean();
  }
}
