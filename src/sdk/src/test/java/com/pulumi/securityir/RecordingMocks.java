package com.pulumi.securityir;

import com.pulumi.test.Mocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A fake engine for SDK-level tests: records every registration and answers like the real provider
 * would after a converged create (actual status = declared status, one Self-managed case, no
 * transitions needed). Thread-safe: the SDK registers resources from several threads.
 */
public final class RecordingMocks implements Mocks {

  private final List<ResourceArgs> registered = Collections.synchronizedList(new ArrayList<>());

  /** Every registration in the order the SDK made them. */
  public List<ResourceArgs> registered() {
    synchronized (registered) {
      return List.copyOf(registered);
    }
  }

  /** The registrations of one type. */
  public List<ResourceArgs> registered(String type) {
    return registered().stream().filter(r -> r.type.equals(type)).toList();
  }

  @Override
  public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
    registered.add(args);
    Map<String, Object> state = new LinkedHashMap<>(args.inputs);
    String id = args.name + "-id";
    if (args.type.equals("securityir:index:CaseStatus")) {
      id = String.valueOf(args.inputs.get("caseId"));
      state.putIfAbsent("closeOnDelete", false);
      state.putIfAbsent("comment", true);
      state.put("resolverType", "Self");
      state.put("title", "case " + id);
      state.put("caseArn", "arn:aws:security-ir:us-east-1:123456789012:case/" + id);
      state.put(
          "lastTransitions",
          List.of(
              Map.of(
                  "from", "Submitted",
                  "to", String.valueOf(args.inputs.get("status")),
                  "operation", "UpdateCaseStatus",
                  "time", "2026-11-03T10:15:30Z")));
    }
    return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
  }
}
