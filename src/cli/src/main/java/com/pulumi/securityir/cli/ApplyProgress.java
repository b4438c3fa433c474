package com.pulumi.securityir.cli;

import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.ProgressEvent;
import com.pulumi.securityir.core.reconcile.ProgressListener;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Shows an apply while it works: one line per confirmed step (and per re-plan), and on a terminal a
 * progress bar below them, redrawn in place with a carriage return. Without a terminal there is no
 * bar, so logs and pipes get plain lines only.
 *
 * <p>Thread-safe: events arrive from several reconciling threads at once and are printed one at a
 * time. Never throws (a {@link ProgressListener} must not).
 */
final class ApplyProgress implements ProgressListener {

  private static final int BAR_WIDTH = 30;

  private final PrintWriter out;
  private final Renderer renderer;
  private final Style style;
  private final boolean bar;
  private final Map<CaseId, CaseDeclaration> declarations = new HashMap<>();

  /** Steps each case still has to go, per its latest plan. */
  private final Map<CaseId, Integer> left = new HashMap<>();

  private int done;
  private String current = "";
  private int barLength;

  ApplyProgress(PrintWriter out, Renderer renderer, Style style, boolean bar, CasesPlan plan) {
    this.out = Objects.requireNonNull(out, "out");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.style = Objects.requireNonNull(style, "style");
    this.bar = bar;
    for (PlannedCase.Change change : plan.changes()) {
      declarations.put(change.declaration().caseId(), change.declaration());
      left.put(change.declaration().caseId(), change.path().steps().size());
    }
  }

  @Override
  public synchronized void onEvent(ProgressEvent event) {
    CaseDeclaration declaration = declarations.get(event.caseId());
    if (declaration == null) {
      return;
    }
    if (event instanceof ProgressEvent.StepStarted started) {
      current = declaration.name() + ": step " + started.index() + "/" + started.total();
    } else if (event instanceof ProgressEvent.StepApplied applied) {
      done++;
      left.merge(event.caseId(), -1, (a, b) -> Math.max(0, a + b));
      printLine(
          renderer.appliedStep(declaration, applied.step(), applied.index(), applied.total()));
    } else if (event instanceof ProgressEvent.Replanned replanned) {
      left.put(event.caseId(), replanned.plan() instanceof Plan.Path p ? p.steps().size() : 0);
      printLine(renderer.replanned(declaration, replanned.observed(), replanned.plan()));
    }
    drawBar();
  }

  /** Removes the bar, so what follows starts on a clean line. */
  synchronized void finish() {
    clearBar();
    out.flush();
  }

  private void printLine(String line) {
    clearBar();
    out.print(line);
  }

  private void drawBar() {
    if (bar) {
      int total = done + left.values().stream().mapToInt(Integer::intValue).sum();
      int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
      String text =
          "["
              + "#".repeat(filled)
              + ".".repeat(BAR_WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + " steps  "
              + current;
      clearBar();
      out.print(style.bold(text));
      barLength = text.length();
    }
    out.flush();
  }

  private void clearBar() {
    if (bar && barLength > 0) {
      out.print("\r" + " ".repeat(barLength) + "\r");
      barLength = 0;
    }
  }
}
