package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.Reconciler;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ApplyProgressTest {

  private static String applyWithProgress(boolean bar) {
    FakeCaseGateway gateway = new FakeCaseGateway().with("1000000001", SUBMITTED);
    CasesPlan plan =
        new CasesPlanner(gateway, Fixtures.PLANNER, 1)
            .plan(
                Fixtures.file("ransomware", "1000000001", CONTAINMENT_ERADICATION_AND_RECOVERY),
                Deadline.none());
    StringWriter text = new StringWriter();
    ApplyProgress progress =
        new ApplyProgress(
            new PrintWriter(text), new Renderer(Style.plain()), Style.plain(), bar, plan);
    new ApplyRun(new Reconciler(gateway, Fixtures.PLANNER), 1)
        .apply(plan, progress, CancellationSignal.NEVER, Deadline.none());
    progress.finish();
    return text.toString();
  }

  @Test
  void printsOneLinePerStepAndNoBarWithoutATerminal() {
    assertEquals(
        """
                  + ransomware (1000000001): step 1/2: Submitted -> Detection and Analysis (UpdateCaseStatus)
                  + ransomware (1000000001): step 2/2: Detection and Analysis -> Containment, Eradication and \
                Recovery (UpdateCaseStatus)
                """,
        applyWithProgress(false));
  }

  @Test
  void drawsABarOnATerminalAndClearsItAtTheEnd() {
    String text = applyWithProgress(true);

    assertTrue(
        text.contains("[###############...............] 1/2 steps  ransomware: step 1/2"), text);
    assertTrue(text.contains("[##############################] 2/2 steps"), text);
    assertTrue(text.endsWith("\r"), "the bar is erased at the end");
    String withoutBar = text.replaceAll("\\[[#.]+\\][^\r\n]*", "").replaceAll("\r *\r?", "");
    assertTrue(withoutBar.contains("step 2/2: Detection and Analysis -> "), withoutBar);
    assertFalse(withoutBar.contains("[#"), withoutBar);
  }
}
