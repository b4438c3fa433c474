package com.pulumi.securityir.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request routed by method and URI template: the operation (empty when no binding matched) and
 * its decoded path labels.
 */
record ApiRoute(Optional<Operation> operation, Map<String, String> labels) {

  /** The call log's name for a request no operation is bound to. */
  static final String UNKNOWN_OPERATION = "UnknownOperation";

  ApiRoute {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  static ApiRoute of(String method, String rawPath) {
    for (Operation op : Operation.values()) {
      if (op.method().equals(method)) {
        Optional<Map<String, String>> labels = op.match(rawPath);
        if (labels.isPresent()) {
          return new ApiRoute(Optional.of(op), labels.get());
        }
      }
    }
    return new ApiRoute(Optional.empty(), Map.of());
  }

  /** The model operation name, or {@link #UNKNOWN_OPERATION}. */
  String operationName() {
    return operation.map(Operation::apiName).orElse(UNKNOWN_OPERATION);
  }

  /** The case the request is about: its {@code caseId} label or the case of its resource ARN. */
  String caseId() {
    return about("caseId", Arns.Kind.CASE);
  }

  /**
   * The membership the request is about: its {@code membershipId} label or the membership of its
   * resource ARN.
   */
  String membershipId() {
    return about("membershipId", Arns.Kind.MEMBERSHIP);
  }

  private String about(String label, Arns.Kind kind) {
    String id = labels.get(label);
    if (id != null && !id.isEmpty()) {
      return id;
    }
    String arn = labels.get("resourceArn");
    return arn == null
        ? null
        : Arns.named(arn).filter(n -> n.kind() == kind).map(Arns.Named::id).orElse(null);
  }

  /**
   * The request's members: the body with the path labels and query-string members folded in (they
   * are members of the input structure too, and take precedence over body members of the same
   * name). An empty label is left out, so that it is reported as a missing member.
   */
  JsonObject members(JsonObject body, String rawQuery) {
    JsonObject in = body.deepCopy();
    labels.forEach(
        (name, value) -> {
          in.remove(name);
          if (!value.isEmpty()) {
            in.addProperty(name, value);
          }
        });
    if (operation.orElse(null) == Operation.UNTAG_RESOURCE) {
      in.remove("tagKeys");
      List<String> keys = queryValues(rawQuery, "tagKeys");
      if (!keys.isEmpty()) {
        JsonArray a = new JsonArray();
        keys.forEach(a::add);
        in.add("tagKeys", a);
      }
    }
    return in;
  }

  private static List<String> queryValues(String rawQuery, String name) {
    List<String> out = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = PercentDecoding.decodeQuery(eq < 0 ? pair : pair.substring(0, eq)).orElse("");
      if (k.equals(name)) {
        PercentDecoding.decodeQuery(eq < 0 ? "" : pair.substring(eq + 1)).ifPresent(out::add);
      }
    }
    return out;
  }
}
