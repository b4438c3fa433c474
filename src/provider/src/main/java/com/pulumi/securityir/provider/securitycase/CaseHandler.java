package com.pulumi.securityir.provider.securitycase;

import static com.pulumi.securityir.core.resource.CaseResource.CLOSE_ON_DELETE;
import static com.pulumi.securityir.core.resource.CaseResource.STATUS;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.LiveCase;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.resource.CaseResource;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.provider.casestatus.CaseWalk;
import com.pulumi.securityir.provider.casestatus.Recording;
import com.pulumi.securityir.provider.resource.ApplyResult;
import com.pulumi.securityir.provider.resource.Checked;
import com.pulumi.securityir.provider.resource.ClientToken;
import com.pulumi.securityir.provider.resource.Created;
import com.pulumi.securityir.provider.resource.Deletion;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.DiffResult;
import com.pulumi.securityir.provider.resource.EngineLog;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.Outputs;
import com.pulumi.securityir.provider.resource.PropertyCodec;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.resource.ReadResult;
import com.pulumi.securityir.provider.resource.ResourceHandler;
import com.pulumi.securityir.provider.resource.ResourceRequest;
import com.pulumi.securityir.provider.resource.Result;
import com.pulumi.securityir.provider.services.Availability;
import com.pulumi.securityir.provider.services.ProviderServices;
import com.pulumi.securityir.provider.services.Services;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code securityir:index:Case}: a case the program creates and keeps. Create makes one case
 * (idempotent by the client token Check recorded), Update changes it in place (no change ever
 * replaces a case: that would close an incident and open another), Diff and Update compare with the
 * live case (one full read per case per plugin process), Read refreshes and imports by case id,
 * Delete closes the case unless {@code closeOnDelete} is false. A declared {@code status} is walked
 * by the core's planner and reconciler, as {@code CaseStatus} walks it. Thread-safe.
 */
public final class CaseHandler implements ResourceHandler<CaseInputs, CaseOutputs> {

  private static final CaseCodec CODEC = new CaseCodec();

  private final Services services;
  private final EngineLog log;
  private final CaseWalk walk;
  private final CaseApply apply;

  public CaseHandler(Services services, EngineLog log, CancellationSignal cancellation) {
    this.services = Objects.requireNonNull(services, "services");
    this.log = Objects.requireNonNull(log, "log");
    this.walk = new CaseWalk(log, cancellation);
    this.apply = new CaseApply(log, walk);
  }

  @Override
  public ResourceDescriptor descriptor() {
    return CaseResource.DESCRIPTOR;
  }

  @Override
  public PropertyCodec<CaseInputs, CaseOutputs> codec() {
    return CODEC;
  }

  /** True: responders change cases in the console, so the engine refreshes before each update. */
  @Override
  public boolean refreshBeforeUpdate() {
    return true;
  }

  /** Validates, and records the create's client token (see {@link ClientToken}). */
  @Override
  public Checked<CaseInputs> check(ResourceRequest.Check request) {
    Checked<CaseInputs> checked = ResourceHandler.super.check(request);
    if (!(checked instanceof Checked.Valid<CaseInputs> valid)) {
      return checked;
    }
    PropertyMap recorded = ClientToken.keep(request, valid.recorded());
    return new Checked.Valid<>(CODEC.decodeInputs(recorded), recorded);
  }

  /**
   * The declared case against the live one, property by property; never a replacement. A resolver
   * type AWS -> Self and a status the planner cannot reach are refused here, so a preview shows
   * why.
   */
  @Override
  public Result<DiffResult> diff(ResourceRequest.Diff<CaseInputs, CaseOutputs> request) {
    if (!(request.news() instanceof Inputs.Known<CaseInputs> known)) {
      PropertyMap olds = request.oldInputs().map(this::properties).orElse(PropertyMap.EMPTY);
      PropertyMap news = ((Inputs.Incomplete<CaseInputs>) request.news()).given();
      return Result.done(DescriptorRules.diffInputs(CaseResource.DESCRIPTOR, olds, news));
    }
    CaseInputs inputs = known.value();
    Optional<CaseOutputs> recorded = request.olds();
    Availability availability = services.availability();
    LiveCase live;
    Optional<Planner> planner = Optional.empty();
    if (availability instanceof Availability.Ready ready) {
      Optional<CaseId> caseId = caseId(request.id());
      if (caseId.isEmpty()) {
        return Result.failed(badId("diff", request.id()));
      }
      try {
        live = ready.services().details().get(caseId.get());
      } catch (CaseGatewayException e) {
        return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
      }
      planner = Optional.of(ready.services().reconciler().planner());
    } else if (availability instanceof Availability.Unusable) {
      return Result.failed(notReady(availability));
    } else if (recorded.isPresent()) {
      live = recorded.get().live();
    } else {
      return Result.done(
          DescriptorRules.diffInputs(
              CaseResource.DESCRIPTOR, PropertyMap.EMPTY, properties(known)));
    }
    CaseChanges changes =
        CaseChanges.between(live, inputs, recorded.map(CaseOutputs::closeOnDelete).orElse(true));
    Optional<Failure> refused = refusal(live, inputs, changes, planner);
    return refused
        .<Result<DiffResult>>map(Result::failed)
        .orElseGet(() -> Result.done(changes.diff()));
  }

  @Override
  public ApplyResult<Created<CaseOutputs>> create(ResourceRequest.Create<CaseInputs> request) {
    if (!(request.inputs() instanceof Inputs.Known<CaseInputs> known)) {
      if (request.preview()) {
        return Result.done(
            new Created<>(
                "", placeholder(((Inputs.Incomplete<CaseInputs>) request.inputs()).given())));
      }
      return Result.failed(
          new Failure.BadRequest("every input of a Case must be known to create it"));
    }
    CaseInputs inputs = known.value();
    Availability availability = services.availability();
    if (availability instanceof Availability.Unusable
        || (!request.preview() && !(availability instanceof Availability.Ready))) {
      return Result.failed(notReady(availability));
    }
    if (request.preview()) {
      if (availability instanceof Availability.Ready ready && inputs.status().isPresent()) {
        Plan plan =
            ready
                .services()
                .reconciler()
                .planner()
                .plan(LifecycleStatus.SUBMITTED, inputs.status().get(), inputs.resolverType());
        if (plan instanceof Plan.Refusal refusal) {
          return Result.failed(new Failure.Refused("the new case: " + refusal.message()));
        }
        walk.announce(request.urn(), "the new case", (Plan.Path) plan);
      }
      return Result.done(new Created<>("", placeholder(CODEC.encodeInputs(inputs))));
    }
    if (inputs.clientToken().isEmpty()) {
      return Result.failed(
          new Failure.BadRequest(
              "the Case's inputs carry no client token from Check; run the update again"));
    }
    ProviderServices live = ((Availability.Ready) availability).services();
    return apply
        .create(live, request.urn(), inputs, inputs.clientToken().get(), request.deadline())
        .map(
            c ->
                new Created<>(
                    c.caseId().value(),
                    new Outputs.Known<>(new CaseOutputs(c, inputs.closeOnDelete()))));
  }

  @Override
  public ApplyResult<Outputs<CaseOutputs>> update(
      ResourceRequest.Update<CaseInputs, CaseOutputs> request) {
    if (!(request.news() instanceof Inputs.Known<CaseInputs> known)) {
      if (request.preview()) {
        return Result.done(placeholder(((Inputs.Incomplete<CaseInputs>) request.news()).given()));
      }
      return Result.failed(
          new Failure.BadRequest("every input of a Case must be known to update it"));
    }
    CaseInputs inputs = known.value();
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      if (request.preview()
          && request.olds().isPresent()
          && !(availability instanceof Availability.Unusable)) {
        return Result.done(placeholder(CODEC.encodeInputs(inputs)));
      }
      return Result.failed(notReady(availability));
    }
    Optional<CaseId> caseId = caseId(request.id());
    if (caseId.isEmpty()) {
      return Result.failed(badId("update", request.id()));
    }
    ProviderServices live = ready.services();
    LiveCase current;
    try {
      current = live.details().get(caseId.get());
    } catch (CaseGatewayException e) {
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    CaseChanges changes =
        CaseChanges.between(
            current, inputs, request.olds().map(CaseOutputs::closeOnDelete).orElse(true));
    Optional<Failure> refused =
        refusal(current, inputs, changes, Optional.of(live.reconciler().planner()));
    if (refused.isPresent()) {
      return Result.failed(refused.get());
    }
    if (request.preview()) {
      if (changes.escalates()) {
        log.warning(
            request.urn(),
            "case "
                + current.caseId()
                + ": resolverType Self -> AWS is one-way: AWS responders take"
                + " over the case, and it cannot be made self-managed again");
      }
      return Result.done(
          new Outputs.Known<>(new CaseOutputs(changes.appliedTo(current), inputs.closeOnDelete())));
    }
    return apply
        .update(live, request.urn(), current, changes, request.deadline())
        .map(c -> new Outputs.Known<>(new CaseOutputs(c, inputs.closeOnDelete())));
  }

  /** Refresh: the live case as outputs; import: also as inputs (status left to the responders). */
  @Override
  public Result<ReadResult<CaseInputs, CaseOutputs>> read(
      ResourceRequest.Read<CaseInputs, CaseOutputs> request) {
    Optional<CaseId> caseId = caseId(request.id());
    if (caseId.isEmpty()) {
      return Result.failed(
          new Failure.BadRequest(
              "cannot read Case with id '"
                  + OneLine.input(request.id())
                  + "': the id of a Case is its case id, 10 to 32 digits, e.g."
                  + " pulumi import securityir:index:Case my-case 8403556009"));
    }
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      return Result.failed(notReady(availability));
    }
    LiveCase live;
    try {
      ready.services().details().forget(caseId.get());
      live = ready.services().details().get(caseId.get());
    } catch (CaseGatewayException e) {
      if (e.kind() == CaseGatewayException.Kind.CASE_NOT_FOUND) {
        return Result.done(new ReadResult.Gone<>());
      }
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    if (request.importing()) {
      // A case made elsewhere is not closed when it leaves the program, unless the program says so.
      CaseInputs imported =
          new CaseInputs(
              live.fields(),
              live.resolverType(),
              Optional.of(live.tags()),
              Optional.empty(),
              false,
              Optional.empty());
      return Result.done(
          new ReadResult.Found<>(
              live.caseId().value(), new CaseOutputs(live, false), Optional.of(imported)));
    }
    return Result.done(
        new ReadResult.Found<>(
            live.caseId().value(),
            new CaseOutputs(live, closeOnDelete(request.oldInputs(), request.olds())),
            Optional.empty()));
  }

  /** Closes the case (a closed case is already done), or with closeOnDelete false leaves it. */
  @Override
  public Result<Deletion> delete(ResourceRequest.Delete<CaseInputs, CaseOutputs> request) {
    Optional<CaseId> caseId = caseId(request.id());
    if (caseId.isEmpty()) {
      return Result.failed(badId("delete", request.id()));
    }
    String label = "case " + caseId.get();
    if (!closeOnDelete(request.oldInputs(), request.olds())) {
      log.info(
          request.urn(),
          label + ": no longer managed by Pulumi; left open in AWS (closeOnDelete is false).");
      return Result.done(Deletion.LEFT_IN_PLACE);
    }
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      return Result.failed(notReady(availability));
    }
    ReconcileOutcome outcome =
        walk.walk(
            ready.services(),
            request.urn(),
            new CaseWalk.Target(caseId.get(), LifecycleStatus.CLOSED, false, Recording.DEFAULT),
            request.deadline());
    if (outcome instanceof ReconcileOutcome.Converged converged) {
      if (converged.applied().isEmpty()) {
        log.info(request.urn(), label + ": already closed; nothing to do.");
      }
      return Result.done(Deletion.REMOVED);
    }
    return Result.failed(CaseWalk.failure(outcome, label + ": could not close on delete: ", false));
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Why the declared case cannot be reached from the live one, if it cannot. */
  private static Optional<Failure> refusal(
      LiveCase live, CaseInputs inputs, CaseChanges changes, Optional<Planner> planner) {
    String label = "case " + live.caseId() + ": ";
    if (changes.deescalates()) {
      return Optional.of(
          new Failure.Refused(
              label
                  + "resolverType cannot go from AWS back to Self: the change to AWS-supported is"
                  + " one-way (UpdateResolverType). Declare resolverType: AWS."));
    }
    if (inputs.status().isPresent() && planner.isPresent()) {
      ResolverType resolver = changes.resolver().orElse(live.resolverType());
      Plan plan = planner.get().plan(live.status(), inputs.status().get(), resolver);
      if (plan instanceof Plan.Refusal refusal) {
        return Optional.of(new Failure.Refused(label + refusal.message()));
      }
    }
    return Optional.empty();
  }

  /** A preview's outputs while inputs are unknown or the provider is not configured. */
  private static Outputs<CaseOutputs> placeholder(PropertyMap given) {
    PropertyMap outputs = DescriptorRules.placeholderOutputs(CaseResource.DESCRIPTOR, given);
    if (given.get(CLOSE_ON_DELETE).isEmpty()) {
      outputs = outputs.with(CLOSE_ON_DELETE, PropertyValue.flag(true));
    }
    if (given.get(STATUS).isEmpty()) {
      outputs = outputs.with(STATUS, PropertyValue.text(LifecycleStatus.SUBMITTED.wireName()));
    }
    return new Outputs.Placeholder<>(outputs);
  }

  private static boolean closeOnDelete(
      Optional<Inputs<CaseInputs>> inputs, Optional<CaseOutputs> olds) {
    if (inputs.isPresent()) {
      if (inputs.get() instanceof Inputs.Known<CaseInputs> known) {
        return known.value().closeOnDelete();
      }
      PropertyMap given = ((Inputs.Incomplete<CaseInputs>) inputs.get()).given();
      return given.get(CLOSE_ON_DELETE).isEmpty() || given.flag(CLOSE_ON_DELETE);
    }
    return olds.map(CaseOutputs::closeOnDelete).orElse(true);
  }

  private PropertyMap properties(Inputs<CaseInputs> inputs) {
    return inputs instanceof Inputs.Known<CaseInputs> known
        ? CODEC.encodeInputs(known.value())
        : ((Inputs.Incomplete<CaseInputs>) inputs).given();
  }

  private static Optional<CaseId> caseId(String id) {
    return CaseId.parse(id) instanceof Parsed.Success<CaseId> parsed
        ? Optional.of(parsed.value())
        : Optional.empty();
  }

  private static Failure badId(String operation, String id) {
    return new Failure.BadRequest(
        "cannot " + operation + " Case with id '" + OneLine.input(id) + "': not a case id");
  }

  private static Failure notReady(Availability availability) {
    return new Failure.NotReady(
        availability instanceof Availability.Unusable unusable
            ? unusable.reason()
            : "the securityir provider is not configured yet (its configuration is unknown until"
                + " other resources are created); run the update again");
  }
}
