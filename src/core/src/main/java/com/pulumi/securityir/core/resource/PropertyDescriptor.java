package com.pulumi.securityir.core.resource;

import java.util.Objects;

/**
 * One property of a resource.
 *
 * @param name the property's name in programs, the schema, the engine's messages and cases.yaml
 * @param type its type
 * @param required whether a program must set it (inputs) or the provider always returns it
 *     (outputs)
 * @param secret whether it is always secret (the API model marks it sensitive, or it is a
 *     credential)
 * @param replaceOnChange whether a change of this input replaces the resource
 * @param shape what its values look like inside {@code type} (the items of a list, the fields of an
 *     object, the rules of a string)
 */
public record PropertyDescriptor(
    String name,
    PropertyType type,
    boolean required,
    boolean secret,
    boolean replaceOnChange,
    ValueShape shape) {

  public PropertyDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(shape, "shape");
    if (shape.type() != type) {
      throw new IllegalArgumentException(name + ": a " + type + " cannot have a " + shape.type());
    }
  }

  /** A property of {@code type} with no rule beyond it. */
  public PropertyDescriptor(
      String name, PropertyType type, boolean required, boolean secret, boolean replaceOnChange) {
    this(name, type, required, secret, replaceOnChange, ValueShape.any(type));
  }

  /** A required property. */
  public static PropertyDescriptor required(String name, PropertyType type) {
    return new PropertyDescriptor(name, type, true, false, false);
  }

  /** An optional property. */
  public static PropertyDescriptor optional(String name, PropertyType type) {
    return new PropertyDescriptor(name, type, false, false, false);
  }

  /** A required property of that shape. */
  public static PropertyDescriptor required(String name, ValueShape shape) {
    return new PropertyDescriptor(name, shape.type(), true, false, false, shape);
  }

  /** An optional property of that shape. */
  public static PropertyDescriptor optional(String name, ValueShape shape) {
    return new PropertyDescriptor(name, shape.type(), false, false, false, shape);
  }

  /** The same property, always secret. */
  public PropertyDescriptor asSecret() {
    return new PropertyDescriptor(name, type, required, true, replaceOnChange, shape);
  }

  /** The same input, replacing the resource when it changes. */
  public PropertyDescriptor replacingOnChange() {
    return new PropertyDescriptor(name, type, required, secret, true, shape);
  }
}
