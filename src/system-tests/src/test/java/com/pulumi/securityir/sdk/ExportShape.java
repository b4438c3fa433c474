package com.pulumi.securityir.sdk;

import com.pulumi.securityir.sdk.PackageSpec.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an {@code @Export} annotation tells the SDK's deserializer about an output's Java type: the
 * classes in it ({@code refs}, each once, in the order first met) and its shape as nested indexes
 * into them ({@code tree}), e.g. {@code List<CaseTransition>} is refs {@code {List,
 * CaseTransition}}, tree {@code [0,1]}; Pulumi's Java code generator writes the same pair.
 */
record ExportShape(List<Class<?>> refs, String tree) {

  ExportShape {
    refs = List.copyOf(refs);
  }

  /**
   * @param typeClass the output class of one of the package's object types, by token
   */
  static ExportShape of(TypeSpec type, Function<String, Class<?>> typeClass) {
    List<Class<?>> refs = new ArrayList<>();
    Object tree = tree(type, typeClass, refs);
    return new ExportShape(refs, render(tree instanceof List<?> ? tree : List.of(tree)));
  }

  List<String> refNames() {
    return refs.stream().map(Class::getSimpleName).toList();
  }

  /** An index when the type has no parameters, else a list: its index, then its parameters'. */
  private static Object tree(
      TypeSpec type, Function<String, Class<?>> typeClass, List<Class<?>> refs) {
    List<Object> node = new ArrayList<>();
    if (type instanceof TypeSpec.ArrayOf array) {
      node.add(index(List.class, refs));
      node.add(tree(array.items(), typeClass, refs));
    } else if (type instanceof TypeSpec.MapOf map) {
      node.add(index(Map.class, refs));
      node.add(index(String.class, refs));
      node.add(tree(map.values(), typeClass, refs));
    } else if (type instanceof TypeSpec.Ref ref) {
      return index(typeClass.apply(ref.token()), refs);
    } else {
      return index(JavaLayout.primitiveClass(type.schemaName()), refs);
    }
    return node;
  }

  private static int index(Class<?> type, List<Class<?>> refs) {
    if (!refs.contains(type)) {
      refs.add(type);
    }
    return refs.indexOf(type);
  }

  private static String render(Object tree) {
    if (tree instanceof List<?> list) {
      List<String> parts = list.stream().map(ExportShape::render).toList();
      return "[" + String.join(",", parts) + "]";
    }
    return String.valueOf(tree);
  }

  @Override
  public String toString() {
    return "@Export(refs=" + refNames() + ", tree=\"" + tree + "\")";
  }
}
