package com.pulumi.securityir.core.reconcile;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.plan.Plan;

/** Something a reconcile did, for callers to show while it works. */
public sealed interface ProgressEvent {

  CaseId caseId();

  /** The first plan, made from the case's actual status. */
  record Planned(CaseId caseId, Plan plan) implements ProgressEvent {}

  /** A step's call is about to be made. {@code index} counts from 1. */
  record StepStarted(CaseId caseId, Transition step, int index, int total)
      implements ProgressEvent {}

  /** The service confirmed a step. {@code index} counts from 1. */
  record StepApplied(CaseId caseId, AppliedStep step, int index, int total)
      implements ProgressEvent {}

  /** Someone else moved the case; a new plan was made from the status observed. */
  record Replanned(CaseId caseId, LifecycleStatus observed, Plan plan) implements ProgressEvent {}
}
