package com.pulumi.securityir.emulator;

/**
 * One entry of a ValidationException's {@code fieldList}: the member path and what is wrong with
 * it. Messages never quote the value of a sensitive member.
 */
public record FieldProblem(String name, String message) {}
