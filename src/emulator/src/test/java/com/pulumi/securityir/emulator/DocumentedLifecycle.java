package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.Set;

/**
 * The UpdateCaseStatus graphs as docs/emulator.md and the API reference publish them, written here
 * from those documents (not from {@link TransitionRules}) for the tests that check the emulator
 * against them.
 */
final class DocumentedLifecycle {

  static final String SUB = "Submitted";
  static final String DA = "Detection and Analysis";
  static final String CER = "Containment, Eradication and Recovery";
  static final String PIA = "Post-incident Activities";

  /** The model's CaseStatus values. */
  static final List<String> ALL =
      List.of(SUB, "Acknowledged", DA, CER, PIA, "Ready to Close", "Closed");

  /** The model's SelfManagedCaseStatus values, the only inputs UpdateCaseStatus accepts. */
  static final List<String> SELF_MANAGED_INPUTS = List.of(SUB, DA, CER, PIA);

  private static final Set<List<String>> DOCUMENTED =
      Set.of(
          List.of(SUB, DA),
          List.of(DA, CER),
          List.of(DA, PIA),
          List.of(CER, DA),
          List.of(CER, PIA),
          List.of(PIA, CER),
          List.of(PIA, DA));
  private static final Set<List<String>> EXTENDED_EXTRA =
      Set.of(List.of(SUB, CER), List.of(SUB, PIA));

  private DocumentedLifecycle() {}

  /** Whether the {@code documented} or {@code extended} graph lets a self-managed case move. */
  static boolean allows(String graph, String from, String to) {
    return DOCUMENTED.contains(List.of(from, to))
        || (graph.equals("extended") && EXTENDED_EXTRA.contains(List.of(from, to)));
  }
}
