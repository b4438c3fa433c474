package com.pulumi.securityir.sdk;

import static com.pulumi.securityir.sdk.Checks.invoke;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.ResourceArgs;
import com.pulumi.securityir.sdk.PackageSpec.ObjectSpec;
import com.pulumi.securityir.sdk.PackageSpec.PropertySpec;
import com.pulumi.securityir.sdk.PackageSpec.ResourceSpec;
import com.pulumi.securityir.sdk.PackageSpec.TypeSpec;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Holds the SDK classes to the package schema, by reflection over their Pulumi annotations and by
 * calling their builders, the way the SDK's serializer and deserializer use them. Each method
 * returns the disagreements it found as sentences naming the schema element, the property and the
 * flag; none when the SDK agrees. Stateless between calls.
 */
final class SdkConformance {

  private final PackageSpec schema;
  private final JavaLayout layout;
  private final Builders builders;
  private final InputClassConformance inputClasses;

  SdkConformance(PackageSpec schema, ClassLoader loader) {
    this.schema = schema;
    this.layout = JavaLayout.of(schema);
    this.builders = new Builders(schema, layout, loader);
    this.inputClasses = new InputClassConformance(layout, builders);
  }

  /** The resource class: its type token, base class, exported outputs and secret outputs. */
  List<String> resource(ResourceSpec resource) {
    String className = layout.resourceClass(resource.token());
    Optional<Class<?>> loaded = builders.load(className);
    if (loaded.isEmpty()) {
      return List.of(resource.token() + ": the SDK has no class " + className);
    }
    Class<?> type = loaded.get();
    List<String> problems = new ArrayList<>();
    ResourceType annotation = type.getAnnotation(ResourceType.class);
    if (annotation == null || !annotation.type().equals(resource.token())) {
      problems.add(
          String.format(
              "%s: %s's @ResourceType is %s",
              resource.token(),
              type.getSimpleName(),
              annotation == null ? "missing" : annotation.type()));
    }
    Class<?> base = resource.isProvider() ? ProviderResource.class : CustomResource.class;
    if (!base.isAssignableFrom(type)) {
      problems.add(resource.token() + ": " + className + " does not extend " + base.getName());
    }
    String subject = resource.token() + " output";
    problems.addAll(exports(subject, type, resource.outputs()));
    problems.addAll(secretOutputs(resource, type));
    return problems;
  }

  /** The resource's {@code Args} class against its {@code inputProperties}. */
  List<String> args(ResourceSpec resource) {
    return inputClass(
        resource.token() + " input", layout.argsClass(resource.token()), resource.inputs());
  }

  /**
   * The resource's {@code State} class against its {@code stateInputs}; without state inputs in the
   * schema there is no such class.
   */
  List<String> state(ResourceSpec resource) {
    String className = layout.stateClass(resource.token());
    if (resource.stateInputs().isPresent()) {
      return inputClass(resource.token() + " state input", className, resource.stateInputs().get());
    }
    return builders.load(className).isPresent()
        ? List.of(resource.token() + ": schema.json has no stateInputs, the SDK has " + className)
        : List.of();
  }

  /** The class the provider's values of an object type are read into. */
  List<String> outputType(String token) {
    ObjectSpec spec = schema.types().get(token);
    String className = layout.outputTypeClass(token);
    Optional<Class<?>> loaded = builders.load(className);
    if (loaded.isEmpty()) {
      return List.of(token + ": the SDK has no class " + className);
    }
    Class<?> type = loaded.get();
    String subject = token + " output property";
    if (type.getAnnotation(CustomType.class) == null) {
      return List.of(subject + "s: " + className + " is not annotated @CustomType");
    }
    Class<?> builder = builders.builder(type).getClass();
    if (builder.getAnnotation(CustomType.Builder.class) == null) {
      return List.of(subject + "s: " + builder.getName() + " is not annotated @CustomType.Builder");
    }
    Map<String, Method> setters = Builders.outputSetters(builder);
    List<String> problems = new ArrayList<>();
    Checks.sameNames(
            subject + "s",
            spec.properties().keySet(),
            type.getSimpleName() + ".Builder's @CustomType.Setter methods set",
            setters.keySet())
        .ifPresent(problems::add);
    for (PropertySpec property : spec.properties().values()) {
      String where = String.format("%s '%s'", subject, property.name());
      String expected = layout.javaType(property.type(), false);
      Method setter = setters.get(property.name());
      if (setter != null && !setter.getGenericParameterTypes()[0].getTypeName().equals(expected)) {
        problems.add(
            String.format(
                "%s type: schema.json's %s is %s in Java, the setter takes %s",
                where,
                property.type(),
                expected,
                setter.getGenericParameterTypes()[0].getTypeName()));
      }
      boolean required = spec.required().contains(property.name());
      Checks.accessor(
              where,
              type,
              property.name(),
              required,
              required ? expected : "java.util.Optional<" + expected + ">")
          .ifPresent(problems::add);
    }
    if (problems.isEmpty()) {
      problems.addAll(builders.requiredByBuild(subject, type, spec, builders::setOutput));
    }
    return problems;
  }

  /** The class a program passes an object type in with. */
  List<String> inputType(String token) {
    return inputClass(
        token + " input property", layout.inputTypeClass(token), schema.types().get(token));
  }

  /** The object types that programs pass in, through some resource's inputs or state inputs. */
  Set<String> typesPassedIn() {
    Set<String> tokens = new LinkedHashSet<>();
    for (ResourceSpec resource : schema.allResources().values()) {
      Stream.concat(
              resource.inputs().properties().values().stream(),
              resource.stateInputs().stream().flatMap(s -> s.properties().values().stream()))
          .forEach(p -> addReferences(p.type(), tokens));
    }
    return tokens;
  }

  /**
   * SDK classes in a Pulumi role (resource, custom type, arguments) that the schema has no place
   * for, e.g. left behind when a resource or type was removed.
   */
  List<String> classesTheSchemaHasNoPlaceFor() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (ResourceSpec resource : schema.allResources().values()) {
      expected.add(layout.resourceClass(resource.token()));
      expected.add(layout.argsClass(resource.token()));
      resource.stateInputs().ifPresent(s -> expected.add(layout.stateClass(resource.token())));
    }
    schema.types().keySet().forEach(t -> expected.add(layout.outputTypeClass(t)));
    typesPassedIn().forEach(t -> expected.add(layout.inputTypeClass(t)));
    return sdkClassNames().stream()
        .filter(name -> !expected.contains(name))
        .filter(name -> builders.load(name).map(SdkConformance::hasPulumiRole).orElse(false))
        .map(name -> name + " is an SDK class with no resource or type in schema.json")
        .toList();
  }

  private List<String> inputClass(String subject, String className, ObjectSpec spec) {
    return builders
        .load(className)
        .map(type -> inputClasses.check(subject, type, spec))
        .orElseGet(() -> List.of(subject + "s: the SDK has no class " + className));
  }

  private List<String> exports(String subject, Class<?> type, ObjectSpec spec) {
    Map<String, Field> exports = new LinkedHashMap<>();
    for (Field field : type.getDeclaredFields()) {
      Export export = field.getAnnotation(Export.class);
      if (export != null) {
        exports.put(export.name(), field);
      }
    }
    List<String> problems = new ArrayList<>();
    Checks.sameNames(
            subject + "s",
            spec.properties().keySet(),
            type.getSimpleName() + " exports",
            exports.keySet())
        .ifPresent(problems::add);
    for (PropertySpec property : spec.properties().values()) {
      Field field = exports.get(property.name());
      if (field == null) {
        continue;
      }
      String where = String.format("%s '%s'", subject, property.name());
      String expected = "com.pulumi.core.Output<" + layout.javaType(property.type(), false) + ">";
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
      Export export = field.getAnnotation(Export.class);
      ExportShape shape = ExportShape.of(property.type(), this::typeClass);
      ExportShape declared = new ExportShape(List.of(export.refs()), export.tree());
      if (!shape.equals(declared)) {
        problems.add(
            String.format(
                "%s type: the deserializer needs @Export(refs=%s, tree=\"%s\"), %s has %s",
                where, shape.refNames(), shape.tree(), type.getSimpleName(), declared));
      }
      boolean required = spec.required().contains(property.name());
      String optional =
          "com.pulumi.core.Output<java.util.Optional<"
              + layout.javaType(property.type(), false)
              + ">>";
      Checks.accessor(where, type, property.name(), required, required ? expected : optional)
          .ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * The outputs the class's resource options mark secret are the schema's secret outputs; a
   * provider's state is its inputs, so its secret inputs are named too.
   */
  private List<String> secretOutputs(ResourceSpec resource, Class<?> type) {
    Set<String> expected = new TreeSet<>(secretNames(resource.outputs()));
    if (resource.isProvider()) {
      expected.addAll(secretNames(resource.inputs()));
    }
    Set<String> actual;
    try {
      Method options =
          type.getDeclaredMethod("makeResourceOptions", CustomResourceOptions.class, Output.class);
      options.setAccessible(true);
      CustomResourceOptions made =
          (CustomResourceOptions) invoke(options, null, null, Codegen.empty());
      actual = new TreeSet<>(made.getAdditionalSecretOutputs());
    } catch (NoSuchMethodException e) {
      return List.of(
          resource.token()
              + " secret: "
              + type.getSimpleName()
              + " has no makeResourceOptions(CustomResourceOptions, Output), where generated"
              + " SDKs set additionalSecretOutputs");
    }
    List<String> problems = new ArrayList<>();
    for (String name : union(expected, actual)) {
      if (expected.contains(name) != actual.contains(name)) {
        problems.add(
            String.format(
                "%s '%s' secret: schema.json says %s, %s's additionalSecretOutputs %s it",
                resource.token(),
                name,
                expected.contains(name),
                type.getSimpleName(),
                actual.contains(name) ? "name" : "do not name"));
      }
    }
    return problems;
  }

  private Class<?> typeClass(String typeToken) {
    String className = layout.outputTypeClass(typeToken);
    return builders.load(className).orElseThrow(() -> new AssertionError("no class " + className));
  }

  private void addReferences(TypeSpec type, Set<String> tokens) {
    if (type instanceof TypeSpec.ArrayOf array) {
      addReferences(array.items(), tokens);
    } else if (type instanceof TypeSpec.MapOf map) {
      addReferences(map.values(), tokens);
    } else if (type instanceof TypeSpec.Ref ref && tokens.add(ref.token())) {
      schema.types().get(ref.token()).properties().values().stream()
          .forEach(p -> addReferences(p.type(), tokens));
    }
  }

  private List<String> sdkClassNames() throws IOException {
    Class<?> anchor = anchorClass();
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    String packagePath = layout.rootPackage().replace('.', '/');
    if (Files.isDirectory(location)) {
      return classNames(location, location.resolve(packagePath));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return classNames(jar.getPath("/"), jar.getPath("/" + packagePath));
    }
  }

  private Class<?> anchorClass() {
    String className = layout.resourceClass(schema.provider().token());
    return builders.load(className).orElseThrow(() -> new AssertionError("no class " + className));
  }

  private static List<String> classNames(Path root, Path packageDir) throws IOException {
    try (Stream<Path> files = Files.walk(packageDir)) {
      return files
          .map(f -> root.relativize(f).toString())
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    }
  }

  private static boolean hasPulumiRole(Class<?> type) {
    return type.isAnnotationPresent(ResourceType.class)
        || type.isAnnotationPresent(CustomType.class)
        || ResourceArgs.class.isAssignableFrom(type);
  }

  private static Set<String> secretNames(ObjectSpec spec) {
    return spec.properties().values().stream()
        .filter(PropertySpec::secret)
        .map(PropertySpec::name)
        .collect(Collectors.toSet());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
