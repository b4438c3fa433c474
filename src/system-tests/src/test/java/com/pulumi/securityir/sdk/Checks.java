package com.pulumi.securityir.sdk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the conformance checks share: their reflective calls, and the wording of the disagreements
 * they all look for (property names, accessors).
 */
final class Checks {

  private Checks() {}

  static Optional<Method> method(Class<?> type, String name) {
    try {
      return Optional.of(type.getMethod(name));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** Calls the target's public no-argument method of that name. */
  static Object call(Object target, String method) {
    return invoke(
        method(target.getClass(), method)
            .orElseThrow(
                () -> new AssertionError(target.getClass().getName() + " has no " + method)),
        target);
  }

  /** Invokes reflectively; an unchecked exception the method throws is rethrown as is. */
  static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(method + " threw", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(method + " is not accessible", e);
    }
  }

  /**
   * The disagreement, if any, between the accessor a property should have and the one the class
   * has.
   *
   * @param where how the message names the property
   * @param expected the return type, as {@link java.lang.reflect.Type#getTypeName()} spells it
   */
  static Optional<String> accessor(
      String where, Class<?> type, String property, boolean required, String expected) {
    String actual =
        method(type, property).map(m -> m.getGenericReturnType().getTypeName()).orElse("nothing");
    return expected.equals(actual)
        ? Optional.empty()
        : Optional.of(
            String.format(
                "%s accessor: %s.%s() (required=%s) should return %s, returns %s",
                where, type.getSimpleName(), property, required, expected, actual));
  }

  /**
   * The disagreement, if any, between the property names in the schema and in the SDK.
   *
   * @param subject e.g. {@code securityir:index:CaseStatus input properties}
   * @param sdkSide who has the SDK's names and how, e.g. {@code CaseStatusArgs imports}
   */
  static Optional<String> sameNames(
      String subject, Collection<String> inSchema, String sdkSide, Collection<String> inSdk) {
    return new TreeSet<>(inSchema).equals(new TreeSet<>(inSdk))
        ? Optional.empty()
        : Optional.of(
            String.format(
                "%s: schema.json has %s, %s %s",
                subject, new TreeSet<>(inSchema), sdkSide, new TreeSet<>(inSdk)));
  }
}
