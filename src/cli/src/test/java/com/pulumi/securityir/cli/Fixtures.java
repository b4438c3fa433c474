package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Declarations and planners for the CLI's unit tests. */
final class Fixtures {

  static final Planner PLANNER = new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED));

  private Fixtures() {}

  static CaseDeclaration declare(String name, String caseId, LifecycleStatus status) {
    return new CaseDeclaration(name, new CaseId(caseId), status, false, 1);
  }

  /** Writes {@code lines} as {@code dir/cases.yaml}. */
  static Path casesFile(Path dir, String... lines) throws IOException {
    Path file = dir.resolve("cases.yaml");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  /**
   * The three cases of {@link #threeLiveCases()}: phishing, 2 steps to Containment; laptop, a
   * close; drill, already Submitted.
   */
  static Path threeCases(Path dir) throws IOException {
    return casesFile(
        dir,
        "cases:",
        "  phishing:",
        "    caseId: \"1000000001\"",
        "    status: Containment, Eradication and Recovery",
        "  laptop:",
        "    caseId: \"1000000002\"",
        "    status: Closed",
        "  drill:",
        "    caseId: \"1000000003\"",
        "    status: Submitted");
  }

  /**
   * The live cases {@link #threeCases} declares: Submitted, Post-incident Activities, Submitted.
   */
  static FakeCaseGateway threeLiveCases() {
    return new FakeCaseGateway()
        .with("1000000001", LifecycleStatus.SUBMITTED)
        .with("1000000002", LifecycleStatus.POST_INCIDENT_ACTIVITIES)
        .with("1000000003", LifecycleStatus.SUBMITTED);
  }

  /** A cases file of {@code name, caseId, status} triples. */
  static CasesFile file(Object... triples) {
    List<CaseDeclaration> cases = new ArrayList<>();
    for (int i = 0; i < triples.length; i += 3) {
      cases.add(
          new CaseDeclaration(
              (String) triples[i],
              new CaseId((String) triples[i + 1]),
              (LifecycleStatus) triples[i + 2],
              false,
              2 + i));
    }
    return new CasesFile(Path.of("cases.yaml"), cases);
  }

  /**
   * Adds {@code count} cases 10000002NN, NN from {@code first} on (to 99 at most), live in {@code
   * live}, to {@code gateway}, and returns their triples for {@link #file}, each declared {@code
   * declared}.
   */
  static Object[] liveCases(
      FakeCaseGateway gateway,
      int first,
      int count,
      LifecycleStatus live,
      LifecycleStatus declared) {
    Object[] triples = new Object[3 * count];
    for (int i = 0; i < count; i++) {
      String id = "10000002" + (first + i);
      gateway.with(id, live);
      triples[3 * i] = "case-" + id;
      triples[3 * i + 1] = id;
      triples[3 * i + 2] = declared;
    }
    return triples;
  }

  /** The operation of every call {@code gateway} received, in order. */
  static List<String> operations(FakeCaseGateway gateway) {
    return gateway.calls().stream().map(FakeCaseGateway.Call::operation).toList();
  }
}
