package com.pulumi.securityir.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, minimum and maximum of repeated measurements (milliseconds or any unit). */
record Stats(double median, double min, double max, int runs) {

  static Stats of(List<Double> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
  }

  /** {@code median | min | max} cells with the given number format. */
  String cells(String format) {
    return String.format(format, median)
        + " | "
        + String.format(format, min)
        + " | "
        + String.format(format, max);
  }
}
