package com.pulumi.securityir.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversions between stored values and the REST-JSON wire: timestamps are JSON numbers of epoch
 * seconds.
 */
final class Wire {

  private Wire() {}

  /** Epoch milliseconds as a plain-notation JSON number of seconds, e.g. {@code 1700000000.123}. */
  static JsonPrimitive seconds(long epochMillis) {
    return new JsonPrimitive(BigDecimal.valueOf(epochMillis, 3));
  }

  /**
   * A validated JSON number of epoch seconds as epoch milliseconds (sub-millisecond digits
   * dropped).
   */
  static long millis(JsonElement seconds) {
    return new BigDecimal(seconds.getAsString())
        .movePointRight(3)
        .setScale(0, RoundingMode.FLOOR)
        .longValueExact();
  }
}
