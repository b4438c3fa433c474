package com.pulumi.securityir.sdk;

import static com.pulumi.securityir.sdk.Checks.call;
import static com.pulumi.securityir.sdk.Checks.invoke;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.securityir.sdk.PackageSpec.ObjectSpec;
import com.pulumi.securityir.sdk.PackageSpec.PropertySpec;
import com.pulumi.securityir.sdk.PackageSpec.TypeSpec;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Fills the SDK's builders in: values of the schema's types (any value of the right Java type will
 * do), the builders' setters (the {@code Output} overload of an input class's builder, the
 * {@code @CustomType.Setter} of an output type's builder), and the check that {@code build()}
 * refuses exactly the required properties left unset.
 */
final class Builders {

  private final PackageSpec schema;
  private final JavaLayout layout;
  private final ClassLoader loader;

  Builders(PackageSpec schema, JavaLayout layout, ClassLoader loader) {
    this.schema = schema;
    this.layout = layout;
    this.loader = loader;
  }

  /** A value of this type; an object type's is built with every property set. */
  Object of(TypeSpec type, boolean input) {
    if (type instanceof TypeSpec.ArrayOf) {
      return List.of();
    }
    if (type instanceof TypeSpec.MapOf) {
      return Map.of();
    }
    if (type instanceof TypeSpec.Ref ref) {
      ObjectSpec spec = schema.types().get(ref.token());
      String className =
          input ? layout.inputTypeClass(ref.token()) : layout.outputTypeClass(ref.token());
      Class<?> objectClass =
          load(className).orElseThrow(() -> new AssertionError("no class " + className));
      Object builder = builder(objectClass);
      for (PropertySpec property : spec.properties().values()) {
        if (input) {
          setInput(builder, property);
        } else {
          setOutput(builder, property);
        }
      }
      return call(builder, "build");
    }
    return switch (type.schemaName()) {
      case "string" -> "sample";
      case "boolean" -> Boolean.TRUE;
      case "integer" -> 1;
      case "number" -> 1.0;
      default -> throw new IllegalArgumentException("no sample of " + type);
    };
  }

  /**
   * The builder's {@code build()} refuses each required property left unset, and only those.
   *
   * @param setter sets one property on a builder
   */
  List<String> requiredByBuild(
      String subject, Class<?> type, ObjectSpec spec, BiConsumer<Object, PropertySpec> setter) {
    List<String> problems = new ArrayList<>();
    List<PropertySpec> required =
        spec.properties().values().stream()
            .filter(p -> spec.required().contains(p.name()))
            .toList();
    for (PropertySpec left : required) {
      Object builder = builder(type);
      required.stream().filter(p -> p != left).forEach(p -> setter.accept(builder, p));
      try {
        call(builder, "build");
        problems.add(
            String.format(
                "%s '%s' required: schema.json requires it, %s.Builder.build() accepts it unset",
                subject, left.name(), type.getSimpleName()));
      } catch (MissingRequiredPropertyException e) {
        if (!String.valueOf(e.getMessage()).contains(left.name())) {
          problems.add(
              String.format(
                  "%s '%s' required: %s.Builder.build() refused it unset but named another: %s",
                  subject, left.name(), type.getSimpleName(), e.getMessage()));
        }
      }
    }
    Object onlyRequired = builder(type);
    required.forEach(p -> setter.accept(onlyRequired, p));
    try {
      call(onlyRequired, "build");
    } catch (MissingRequiredPropertyException e) {
      problems.add(
          String.format(
              "%s required: schema.json requires only %s, %s.Builder.build() refused: %s",
              subject, new TreeSet<>(spec.required()), type.getSimpleName(), e.getMessage()));
    }
    return problems;
  }

  /** A fresh builder from the class's static {@code builder()}. */
  Object builder(Class<?> type) {
    Method builder =
        Checks.method(type, "builder")
            .orElseThrow(() -> new AssertionError(type.getName() + " has no builder()"));
    return invoke(builder, (Object) null);
  }

  /** Sets the property through the builder's {@code Output} overload, as a plain value. */
  void setInput(Object builder, PropertySpec property) {
    Method setter =
        Arrays.stream(builder.getClass().getMethods())
            .filter(m -> m.getName().equals(property.name()))
            .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == Output.class)
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        builder.getClass().getName() + " has no " + property.name() + "(Output)"));
    invoke(setter, builder, Output.of(of(property.type(), true)));
  }

  /** Sets the property through the setter the SDK's deserializer calls. */
  void setOutput(Object builder, PropertySpec property) {
    Method setter = outputSetters(builder.getClass()).get(property.name());
    if (setter == null) {
      throw new AssertionError(
          builder.getClass().getName() + " has no @CustomType.Setter for " + property.name());
    }
    invoke(setter, builder, of(property.type(), false));
  }

  /** The {@code @CustomType.Setter} methods of an output type's builder, by wire name. */
  static Map<String, Method> outputSetters(Class<?> builderClass) {
    Map<String, Method> setters = new java.util.LinkedHashMap<>();
    for (Method method : builderClass.getDeclaredMethods()) {
      CustomType.Setter setter = method.getAnnotation(CustomType.Setter.class);
      if (setter != null) {
        setters.put(setter.value().isEmpty() ? method.getName() : setter.value(), method);
      }
    }
    return setters;
  }

  Optional<Class<?>> load(String className) {
    try {
      return Optional.of(Class.forName(className, true, loader));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
