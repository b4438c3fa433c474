package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CasesFileLoader;
import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reads.CaseRead;
import com.pulumi.securityir.core.text.Plural;
import com.pulumi.securityir.core.text.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The start of {@code apply PLAN}: the saved plan is checked against what this apply would use (the
 * endpoint, the region, the transition graph, the cases file when it is still at its path) and
 * refused as a whole, with no call, when any of them differs. Otherwise every case the plan changes
 * is read again, by page or case by case as {@link CasesPlanner} reads: one whose status, resolver
 * type or last update time differs from the plan's is stale and gets no call, unless {@code replan}
 * plans it again from its live status. Cases the plan changes nothing for are not read again.
 * Stateless.
 */
final class SavedPlanFlow {

  private SavedPlanFlow() {}

  /**
   * Checks the options and {@code saved}, opens the service, refreshes the plan and prints it, then
   * runs {@code next}; each failing step prints why and returns {@link ExitCodes#ERROR}.
   */
  static int planThen(
      Workflow flow,
      CommonOptions options,
      SavedPlan saved,
      boolean replan,
      Workflow.AfterPlan next) {
    Optional<GatewayFactory.OpenGateway> opened = flow.open(options.gatewayConfig());
    if (opened.isEmpty()) {
      return ExitCodes.ERROR;
    }
    try (GatewayFactory.OpenGateway open = opened.get()) {
      TransitionGraph graph = TransitionGraph.of(options.graphVariant());
      List<String> mismatches = mismatches(saved, open, graph);
      if (!mismatches.isEmpty()) {
        List<String> lines = new ArrayList<>();
        lines.add(
            "refusing the saved plan "
                + saved.file()
                + " as a whole; nothing was called. It was made for something other than this"
                + " apply:");
        mismatches.forEach(m -> lines.add("  " + m));
        return flow.fail(lines);
      }
      Planner planner = new Planner(graph);
      PlanFile.Header header = saved.header();
      flow.out()
          .println(
              "Applying the saved plan "
                  + saved.file()
                  + " (made "
                  + header.createdAt()
                  + " by securityir "
                  + header.toolVersion()
                  + " from "
                  + header.casesFile()
                  + "): reading "
                  + Plural.count(saved.plan().changes().size(), "case")
                  + " it changes again at "
                  + open.target()
                  + ", "
                  + graph.variant()
                  + " transition graph");
      flow.out().flush();
      Refreshed refreshed =
          refresh(saved.plan(), open.gateway(), planner, options.parallel(), replan);
      refreshed
          .replanned()
          .forEach(
              s ->
                  flow.out()
                      .print(flow.renderer().stalePlannedAgain(s.declaration(), s.staleness())));
      flow.printPlan(refreshed.plan());
      return next.run(
          flow, new Workflow.Planned(open, planner, refreshed.plan(), header.casesSha256()));
    } finally {
      flow.debugConcurrency(options, opened.get());
    }
  }

  /** Every way {@code saved} was made for something else than {@code open} and {@code graph}. */
  static List<String> mismatches(
      SavedPlan saved, GatewayFactory.OpenGateway open, TransitionGraph graph) {
    PlanFile.Header header = saved.header();
    List<String> mismatches = new ArrayList<>();
    if (!header.endpoint().equals(open.endpoint())) {
      mismatches.add(
          "endpoint: the plan read from "
              + header.endpoint()
              + ", this apply would call "
              + open.endpoint()
              + "; apply it with --endpoint "
              + header.endpoint()
              + ", or make a new plan for this endpoint");
    }
    if (!header.region().equals(open.region())) {
      mismatches.add(
          "region: the plan read from "
              + header.region()
              + ", this apply uses "
              + open.region()
              + "; apply it with --region "
              + header.region()
              + ", or make a new plan for this region");
    }
    if (!header.fingerprint().equals(graph.fingerprint())) {
      mismatches.add(
          "transition graph: the plan was made with the '"
              + header.graph()
              + "' graph, this apply uses '"
              + graph.variant()
              + "'; apply it with --transition-graph "
              + header.graph());
    }
    Path casesFile = Path.of(header.casesFile());
    if (Files.exists(casesFile)) {
      Optional<String> now = sha256(casesFile);
      if (!now.equals(Optional.of(header.casesSha256()))) {
        mismatches.add(
            "cases file: "
                + casesFile
                + (now.isPresent()
                    ? " has changed since the plan (SHA-256 "
                        + header.casesSha256()
                        + " then, "
                        + now.get()
                        + " now)"
                    : " cannot be read to check that it is unchanged")
                + "; review a new plan: securityir plan --out "
                + saved.file()
                + " "
                + casesFile);
      }
    }
    return mismatches;
  }

  private static Optional<String> sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(Sha256.hex(in.readNBytes(CasesFileLoader.MAX_BYTES + 1)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A refreshed plan.
   *
   * @param plan the saved plan with each change read again: as planned, stale, re-planned or
   *     unreadable
   * @param replanned the stale cases that were planned again ({@code --replan})
   */
  record Refreshed(CasesPlan plan, List<PlannedCase.Stale> replanned) {}

  static Refreshed refresh(
      CasesPlan saved, CaseGateway gateway, Planner planner, int parallel, boolean replan) {
    Map<CaseId, CaseRead> reads =
        CasesPlanner.reads(gateway, parallel)
            .read(
                saved.changes().stream().map(c -> c.declaration().caseId()).toList(),
                Deadline.none());
    List<Fresh> fresh = saved.cases().stream().map(c -> fresh(c, reads, planner, replan)).toList();
    return new Refreshed(
        new CasesPlan(saved.file(), fresh.stream().map(Fresh::planned).toList()),
        fresh.stream().flatMap(f -> f.replannedFrom().stream()).toList());
  }

  /** One case read again, and the staleness it was planned again from, if it was. */
  private record Fresh(PlannedCase planned, Optional<PlannedCase.Stale> replannedFrom) {}

  private static Fresh fresh(
      PlannedCase planned, Map<CaseId, CaseRead> reads, Planner planner, boolean replan) {
    if (!(planned instanceof PlannedCase.Change change)) {
      return new Fresh(planned, Optional.empty());
    }
    CaseRead read = reads.get(change.declaration().caseId());
    if (read instanceof CaseRead.Failed failed) {
      return new Fresh(
          new PlannedCase.Unreadable(change.declaration(), failed.error()), Optional.empty());
    }
    CaseSnapshot live = ((CaseRead.Found) read).snapshot();
    Optional<Staleness> staleness = Staleness.between(change.actual(), live);
    if (staleness.isEmpty()) {
      return new Fresh(
          new PlannedCase.Change(change.declaration(), live, change.path()), Optional.empty());
    }
    PlannedCase.Stale stale = new PlannedCase.Stale(change.declaration(), staleness.get());
    return replan
        ? new Fresh(CasesPlanner.planned(change.declaration(), live, planner), Optional.of(stale))
        : new Fresh(stale, Optional.empty());
  }
}
