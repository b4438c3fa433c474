package com.pulumi.securityir.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.text.OneLine;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of the fields of a JSON document that collect a problem per missing or mistyped field
 * instead of throwing. A field is named by its path, e.g. {@code cases[2].live.status}, whose last
 * segment is the key. Single use, not thread-safe.
 */
final class JsonFields {

  private final List<String> problems = new ArrayList<>();

  /** Every problem so far, one line each, in the order found. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  void add(String problem) {
    problems.add(problem);
  }

  Optional<Instant> instant(String where, String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      problems.add(
          where + ": '" + OneLine.input(text) + "' is not a time such as 2026-12-01T10:00:00Z");
      return Optional.empty();
    }
  }

  <T> Optional<T> parsed(String where, Parsed<T> parsed) {
    if (parsed instanceof Parsed.Failure<T> failure) {
      problems.add(where + ": " + failure.reason());
      return Optional.empty();
    }
    return Optional.of(parsed.orElseThrow());
  }

  boolean check(boolean ok, String where, String problem) {
    if (!ok) {
      problems.add(where + ": " + problem);
    }
    return ok;
  }

  static String leaf(String where) {
    return where.substring(where.lastIndexOf('.') + 1);
  }

  Optional<JsonElement> field(JsonObject o, String where) {
    JsonElement e = o.get(leaf(where));
    if (e == null || e.isJsonNull()) {
      problems.add(where + ": missing");
      return Optional.empty();
    }
    return Optional.of(e);
  }

  Optional<String> string(JsonObject o, String where) {
    return field(o, where)
        .filter(
            e ->
                check(
                    e.isJsonPrimitive() && e.getAsJsonPrimitive().isString(),
                    where,
                    "expected text"))
        .map(JsonElement::getAsString);
  }

  Optional<Integer> integer(JsonObject o, String where) {
    return field(o, where)
        .filter(
            e ->
                check(
                    e.isJsonPrimitive()
                        && e.getAsJsonPrimitive().isNumber()
                        && e.getAsString().matches("[0-9]{1,9}"),
                    where,
                    "expected a whole number"))
        .map(JsonElement::getAsInt);
  }

  Optional<Boolean> bool(JsonObject o, String where) {
    return field(o, where)
        .filter(
            e ->
                check(
                    e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean(),
                    where,
                    "expected true or false"))
        .map(JsonElement::getAsBoolean);
  }

  Optional<JsonObject> object(JsonObject o, String where) {
    return field(o, where)
        .filter(e -> check(e.isJsonObject(), where, "expected an object"))
        .map(JsonElement::getAsJsonObject);
  }

  Optional<JsonArray> array(JsonObject o, String where) {
    return field(o, where)
        .filter(e -> check(e.isJsonArray(), where, "expected a list"))
        .map(JsonElement::getAsJsonArray);
  }
}
