package com.pulumi.securityir.provider.testing;

import com.pulumi.securityir.provider.resource.EngineLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An engine log that keeps every message in order, as the engine's Log service receives them. */
public final class RecordingEngineLog implements EngineLog {

  /** One message: {@code severity} is info, warning or status (ephemeral). */
  public record Entry(String severity, String urn, String message) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void info(String urn, String message) {
    entries.add(new Entry("info", urn, message));
  }

  @Override
  public void warning(String urn, String message) {
    entries.add(new Entry("warning", urn, message));
  }

  @Override
  public void status(String urn, String message) {
    entries.add(new Entry("status", urn, message));
  }

  @Override
  public void close() {}

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The messages for one resource's row, in order. */
  public List<String> messagesFor(String urn) {
    return entries.stream().filter(e -> e.urn().equals(urn)).map(Entry::message).toList();
  }
}
