package com.pulumi.securityir.sdk;

import com.pulumi.securityir.sdk.PackageSpec.TypeSpec;

/**
 * Where Pulumi's Java code generator puts the classes of a package and which Java type each schema
 * type becomes, so hand-written SDK classes can be held to the same layout: resource {@code
 * pkg:index:Name} is {@code <root>.Name} with {@code <root>.NameArgs} and {@code
 * <root>.inputs.NameState}; the provider is {@code <root>.Provider}; object type {@code
 * pkg:index:Type} is {@code <root>.outputs.Type} where the provider returns it and {@code
 * <root>.inputs.TypeArgs} where a program passes it.
 *
 * @param rootPackage {@code <basePackage>.<package name>}, e.g. {@code com.pulumi.securityir}
 */
record JavaLayout(String rootPackage) {

  static JavaLayout of(PackageSpec spec) {
    return new JavaLayout(spec.javaBasePackage() + "." + spec.name());
  }

  String resourceClass(String token) {
    return token.startsWith("pulumi:providers:")
        ? rootPackage + ".Provider"
        : modulePackage(token) + "." + member(token);
  }

  String argsClass(String token) {
    return resourceClass(token) + "Args";
  }

  String stateClass(String token) {
    return modulePackage(token) + ".inputs." + member(token) + "State";
  }

  String outputTypeClass(String typeToken) {
    return modulePackage(typeToken) + ".outputs." + member(typeToken);
  }

  String inputTypeClass(String typeToken) {
    return modulePackage(typeToken) + ".inputs." + member(typeToken) + "Args";
  }

  /**
   * The Java type of a property of this schema type, as {@link
   * java.lang.reflect.Type#getTypeName()} spells it, e.g. {@code
   * java.util.List<com.pulumi.securityir.outputs.CaseTransition>}.
   *
   * @param input whether the value is passed in by a program (object types then take their {@code
   *     Args} shape) rather than returned by the provider
   */
  String javaType(TypeSpec type, boolean input) {
    if (type instanceof TypeSpec.ArrayOf array) {
      return "java.util.List<" + javaType(array.items(), input) + ">";
    }
    if (type instanceof TypeSpec.MapOf map) {
      return "java.util.Map<java.lang.String, " + javaType(map.values(), input) + ">";
    }
    if (type instanceof TypeSpec.Ref ref) {
      return input ? inputTypeClass(ref.token()) : outputTypeClass(ref.token());
    }
    return primitiveClass(type.schemaName()).getName();
  }

  /** The boxed Java class of {@code string}, {@code boolean}, {@code integer} or {@code number}. */
  static Class<?> primitiveClass(String schemaName) {
    return switch (schemaName) {
      case "string" -> String.class;
      case "boolean" -> Boolean.class;
      case "integer" -> Integer.class;
      case "number" -> Double.class;
      default -> throw new IllegalArgumentException("no Java class for schema type " + schemaName);
    };
  }

  /** The package of a token's module: the root for {@code index}, else a subpackage. */
  private String modulePackage(String token) {
    String module = token.split(":")[1];
    return module.isEmpty() || module.equals("index") ? rootPackage : rootPackage + "." + module;
  }

  private static String member(String token) {
    String name = token.split(":")[2];
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
