package com.pulumi.securityir.core.lifecycle;

import com.pulumi.securityir.core.text.OneLine;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which published version of the self-managed transition list to trust. */
public enum GraphVariant {
  /** The eight moves listed in the API model and SDK documentation. The default. */
  DOCUMENTED("documented"),
  /**
   * The documented moves plus Submitted -> Containment, Eradication and Recovery and Submitted ->
   * Post-incident Activities, listed only in the newer online API reference.
   */
  EXTENDED("extended");

  private final String configName;

  GraphVariant(String configName) {
    this.configName = configName;
  }

  /** The spelling used in configuration files and options. */
  public String configName() {
    return configName;
  }

  /** Parses {@code documented} or {@code extended}, ignoring case and surrounding spaces. */
  public static Parsed<GraphVariant> parse(String text) {
    String choices =
        Arrays.stream(values())
            .map(v -> "'" + v.configName + "'")
            .collect(Collectors.joining(", "));
    if (text == null || text.isBlank()) {
      return Parsed.failure("no transition graph given; use one of " + choices);
    }
    String key = text.strip().toLowerCase(Locale.ROOT);
    for (GraphVariant variant : values()) {
      if (variant.configName.equals(key)) {
        return Parsed.success(variant);
      }
    }
    return Parsed.failure(
        "unknown transition graph '" + OneLine.input(text) + "'; use one of " + choices);
  }

  @Override
  public String toString() {
    return configName;
  }
}
