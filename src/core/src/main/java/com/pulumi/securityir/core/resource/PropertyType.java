package com.pulumi.securityir.core.resource;

/** A property's type, as Pulumi's package schema names it. */
public enum PropertyType {
  STRING("string"),
  BOOLEAN("boolean"),
  INTEGER("integer"),
  NUMBER("number"),
  ARRAY("array"),
  OBJECT("object");

  private final String schemaName;

  PropertyType(String schemaName) {
    this.schemaName = schemaName;
  }

  /** The {@code type} of this property in Pulumi's package schema. */
  public String schemaName() {
    return schemaName;
  }
}
