package com.pulumi.securityir.sdk;

import static com.pulumi.securityir.sdk.Checks.call;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Internal;
import com.pulumi.resources.ResourceArgs;
import com.pulumi.securityir.sdk.PackageSpec.ObjectSpec;
import com.pulumi.securityir.sdk.PackageSpec.PropertySpec;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds one class a program fills in (a resource's {@code Args}, its {@code State}, an object
 * type's {@code Args}) to the schema's properties for it: the {@code @Import} names, required flags
 * and {@code Output} types; the builder's {@code build()} refusing exactly the missing required
 * properties; and the built value secret exactly where the schema says so, however it was set.
 * Returns the disagreements as sentences, none when they agree.
 */
final class InputClassConformance {

  private final JavaLayout layout;
  private final Builders builders;

  InputClassConformance(JavaLayout layout, Builders builders) {
    this.layout = layout;
    this.builders = builders;
  }

  /**
   * @param subject how messages name what the class stands for, e.g. {@code
   *     securityir:index:CaseStatus input}
   */
  List<String> check(String subject, Class<?> type, ObjectSpec spec) {
    List<String> problems = new ArrayList<>();
    if (!ResourceArgs.class.isAssignableFrom(type)) {
      problems.add(type.getName() + " does not extend com.pulumi.resources.ResourceArgs");
      return problems;
    }
    Map<String, Field> imports = imports(type);
    Checks.sameNames(
            subject + " properties",
            spec.properties().keySet(),
            type.getSimpleName() + " imports",
            imports.keySet())
        .ifPresent(problems::add);
    for (PropertySpec property : spec.properties().values()) {
      Field field = imports.get(property.name());
      if (field != null) {
        problems.addAll(declaration(subject, type, spec, property, field));
      }
    }
    if (problems.isEmpty()) {
      problems.addAll(builders.requiredByBuild(subject, type, spec, builders::setInput));
      problems.addAll(secrets(subject, type, spec));
    }
    return problems;
  }

  private List<String> declaration(
      String subject, Class<?> type, ObjectSpec spec, PropertySpec property, Field field) {
    List<String> problems = new ArrayList<>();
    String where = String.format("%s '%s'", subject, property.name());
    boolean required = spec.required().contains(property.name());
    boolean sdkRequired = field.getAnnotation(Import.class).required();
    if (required != sdkRequired) {
      problems.add(
          String.format(
              "%s required: schema.json says %s, %s's @Import says %s",
              where, required, type.getSimpleName(), sdkRequired));
    }
    String expected = "com.pulumi.core.Output<" + layout.javaType(property.type(), true) + ">";
    if (!field.getGenericType().getTypeName().equals(expected)) {
      problems.add(
          String.format(
              "%s type: schema.json's %s is %s in Java, %s declares %s",
              where,
              property.type(),
              expected,
              type.getSimpleName(),
              field.getGenericType().getTypeName()));
    }
    Checks.accessor(
            where,
            type,
            property.name(),
            required,
            required ? expected : "java.util.Optional<" + expected + ">")
        .ifPresent(problems::add);
    return problems;
  }

  /** Every property set through its {@code Output} setter as a plain value. */
  private List<String> secrets(String subject, Class<?> type, ObjectSpec spec) {
    Object builder = builders.builder(type);
    spec.properties().values().forEach(p -> builders.setInput(builder, p));
    Object built = call(builder, "build");
    List<String> problems = new ArrayList<>();
    for (PropertySpec property : spec.properties().values()) {
      Object value = call(built, property.name());
      Output<?> output = (Output<?>) (value instanceof Optional<?> o ? o.orElseThrow() : value);
      boolean secret = Internal.of(output).isSecret().join();
      if (secret != property.secret()) {
        problems.add(
            String.format(
                "%s '%s' secret: schema.json says %s, a plain value set through %s.Builder is%s"
                    + " secret",
                subject,
                property.name(),
                property.secret(),
                type.getSimpleName(),
                secret ? "" : " not"));
      }
    }
    return problems;
  }

  /** The fields the Pulumi serializer reads, by wire name. */
  static Map<String, Field> imports(Class<?> type) {
    Map<String, Field> imports = new LinkedHashMap<>();
    for (Field field : type.getDeclaredFields()) {
      Import annotation = field.getAnnotation(Import.class);
      if (annotation != null) {
        imports.put(annotation.name().isEmpty() ? field.getName() : annotation.name(), field);
      }
    }
    return imports;
  }
}
