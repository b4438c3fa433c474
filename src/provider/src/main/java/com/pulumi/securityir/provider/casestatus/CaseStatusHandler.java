package com.pulumi.securityir.provider.casestatus;

import static com.pulumi.securityir.core.resource.CaseStatusResource.CLOSE_ON_DELETE;
import static com.pulumi.securityir.core.resource.CaseStatusResource.COMMENT;
import static com.pulumi.securityir.core.resource.CaseStatusResource.NOTE;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.CancellationSignal;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.provider.resource.ApplyResult;
import com.pulumi.securityir.provider.resource.Checked;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code securityir:index:CaseStatus}: declares the status a case created elsewhere should be in.
 * Create adopts the case and walks it to the declared status, Update walks it again, Read reports
 * its live status, Delete leaves it (or closes it, with {@code closeOnDelete}).
 *
 * <p>One read per case per plugin process: Check (and Read) start it in the background, Diff waits
 * for it only when the live status decides its answer ({@link CaseStatusDiff}), Create and Update
 * plan from it. Previews plan and change nothing; with inputs not all known they make no call.
 * Thread-safe; every walk is safe to repeat, as it plans from the live status.
 */
public final class CaseStatusHandler
    implements ResourceHandler<CaseStatusInputs, CaseStatusOutputs> {

  private static final CaseStatusCodec CODEC = new CaseStatusCodec();

  private final Services services;
  private final EngineLog log;
  private final CaseWalk walk;

  public CaseStatusHandler(Services services, EngineLog log, CancellationSignal cancellation) {
    this.services = Objects.requireNonNull(services, "services");
    this.log = Objects.requireNonNull(log, "log");
    this.walk = new CaseWalk(log, cancellation);
  }

  @Override
  public ResourceDescriptor descriptor() {
    return CaseStatusResource.DESCRIPTOR;
  }

  @Override
  public PropertyCodec<CaseStatusInputs, CaseStatusOutputs> codec() {
    return CODEC;
  }

  /** True: responders move cases in the console, so the engine refreshes before each update. */
  @Override
  public boolean refreshBeforeUpdate() {
    return true;
  }

  /** Validates, and starts the case's read without waiting, so the Diff after it finds it done. */
  @Override
  public Checked<CaseStatusInputs> check(ResourceRequest.Check request) {
    Checked<CaseStatusInputs> checked = ResourceHandler.super.check(request);
    if (checked instanceof Checked.Valid<CaseStatusInputs> valid
        && valid.inputs() instanceof Inputs.Known<CaseStatusInputs> known) {
      services.whenReady(live -> live.reads().prefetch(known.value().caseId()));
    }
    return checked;
  }

  @Override
  public Result<DiffResult> diff(
      ResourceRequest.Diff<CaseStatusInputs, CaseStatusOutputs> request) {
    CaseStatusDiff.Recorded old = CaseStatusDiff.Recorded.of(request.olds(), request.oldInputs());
    Inputs<CaseStatusInputs> news = request.news();
    CaseStatusDiff.Decision decision;
    // With an input still unknown the live status cannot matter, so nothing is asked of it.
    Availability availability =
        news instanceof Inputs.Known<CaseStatusInputs>
            ? services.availability()
            : new Availability.Unconfigured();
    if (availability instanceof Availability.Ready ready) {
      CaseId caseId = news.known().orElseThrow().caseId();
      ProviderServices live = ready.services();
      decision = CaseStatusDiff.decide(old, news, observed(live, caseId));
      if (decision instanceof CaseStatusDiff.Decision.NeedsRead) {
        CaseSnapshot snapshot;
        try {
          snapshot = live.reads().get(caseId);
        } catch (CaseGatewayException e) {
          return Result.failed(failure(e, news.known().orElseThrow()));
        }
        decision =
            CaseStatusDiff.decide(
                old, news, new CaseStatusDiff.Live.Read(snapshot, live.reconciler().planner()));
      }
    } else if (availability instanceof Availability.Unusable) {
      return Result.failed(notReady(availability));
    } else {
      decision = CaseStatusDiff.decide(old, news, new CaseStatusDiff.Live.Unconfigured());
    }
    if (decision instanceof CaseStatusDiff.Decision.Refused refused) {
      return Result.failed(new Failure.Refused(refused.message()));
    }
    return Result.done(((CaseStatusDiff.Decision.Changes) decision).diff());
  }

  @Override
  public ApplyResult<Created<CaseStatusOutputs>> create(
      ResourceRequest.Create<CaseStatusInputs> request) {
    Inputs<CaseStatusInputs> inputs = request.inputs();
    String id = inputs.known().map(i -> i.caseId().value()).or(() -> givenId(inputs)).orElse("");
    return (request.preview()
            ? preview(request.urn(), inputs)
            : apply(request.urn(), inputs, request.deadline()))
        .map(outputs -> new Created<>(id, outputs));
  }

  /**
   * Walks the case again, or when the declared status is the one recorded and nothing read in this
   * process says otherwise (only {@code note}, {@code comment} or {@code closeOnDelete} changed),
   * makes no call at all and returns the recorded case with the new inputs.
   */
  @Override
  public ApplyResult<Outputs<CaseStatusOutputs>> update(
      ResourceRequest.Update<CaseStatusInputs, CaseStatusOutputs> request) {
    Optional<CaseStatusOutputs> unchanged = statusUnchanged(request.olds(), request.news());
    if (unchanged.isPresent()) {
      return Result.done(new Outputs.Known<>(unchanged.get()));
    }
    return request.preview()
        ? preview(request.urn(), request.news())
        : apply(request.urn(), request.news(), request.deadline());
  }

  /** Refresh: the live status; import: the live status as outputs and as declared inputs. */
  @Override
  public Result<ReadResult<CaseStatusInputs, CaseStatusOutputs>> read(
      ResourceRequest.Read<CaseStatusInputs, CaseStatusOutputs> request) {
    if (!(CaseId.parse(request.id()) instanceof Parsed.Success<CaseId> parsed)) {
      return Result.failed(
          new Failure.BadRequest(
              "cannot read CaseStatus with id '"
                  + OneLine.input(request.id())
                  + "': the id of a CaseStatus resource is the case id, 10 to 32 digits,"
                  + " e.g. pulumi import securityir:index:CaseStatus my-case 8403556009"));
    }
    CaseId caseId = parsed.value();
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready live)) {
      return Result.failed(notReady(availability));
    }
    CaseSnapshot snapshot;
    try {
      live.services().reads().forget(caseId);
      snapshot = live.services().reads().get(caseId);
    } catch (CaseGatewayException e) {
      if (e.kind() == CaseGatewayException.Kind.CASE_NOT_FOUND) {
        return Result.done(new ReadResult.Gone<>());
      }
      boolean secret = request.olds().map(CaseStatusOutputs::secretCaseId).orElse(false);
      return Result.failed(
          new Failure.Service(e.kind(), CaseStatusInputs.redact(e.getMessage(), caseId, secret)));
    }
    if (request.importing()) {
      return Result.done(
          new ReadResult.Found<>(
              caseId.value(),
              new CaseStatusOutputs(snapshot, false, Optional.of(List.of()), false, false),
              Optional.of(new CaseStatusInputs(caseId, snapshot.status(), false, false, false))));
    }
    Optional<CaseStatusOutputs> olds = request.olds();
    CaseStatusOutputs outputs =
        new CaseStatusOutputs(
            snapshot,
            closeOnDelete(request.oldInputs()),
            // A refresh applies no transitions: the last operation's stay as recorded.
            Optional.of(olds.flatMap(CaseStatusOutputs::lastTransitions).orElse(List.of())),
            olds.map(CaseStatusOutputs::secretCaseId).orElse(false),
            olds.map(CaseStatusOutputs::secretStatus).orElse(false),
            recording(request.oldInputs(), olds));
    return Result.done(new ReadResult.Found<>(caseId.value(), outputs, Optional.empty()));
  }

  /**
   * Leaves the case as it is, or with {@code closeOnDelete} closes it; closing is a change like any
   * other, recorded on the case with the note and comment of the recorded state.
   */
  @Override
  public Result<Deletion> delete(
      ResourceRequest.Delete<CaseStatusInputs, CaseStatusOutputs> request) {
    if (!(CaseId.parse(request.id()) instanceof Parsed.Success<CaseId> parsed)) {
      return Result.failed(
          new Failure.BadRequest(
              "cannot delete CaseStatus with id '"
                  + OneLine.input(request.id())
                  + "': not a case id"));
    }
    CaseId caseId = parsed.value();
    Optional<CaseStatusOutputs> olds = request.olds();
    boolean secret = olds.map(CaseStatusOutputs::secretCaseId).orElse(false);
    String label = CaseStatusInputs.label(caseId, secret);
    boolean close =
        request.oldInputs().isPresent()
            ? closeOnDelete(request.oldInputs())
            : olds.map(CaseStatusOutputs::closeOnDelete).orElse(false);
    if (!close) {
      log.info(
          request.urn(),
          label
              + ": no longer managed by Pulumi; left unchanged in AWS"
              + olds.map(o -> " (last seen '" + o.snapshot().status().wireName() + "')").orElse("")
              + ". Set closeOnDelete: true to close cases when they are removed.");
      return Result.done(Deletion.LEFT_IN_PLACE);
    }
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready live)) {
      return Result.failed(notReady(availability));
    }
    ReconcileOutcome outcome =
        walk.walk(
            live.services(),
            request.urn(),
            new CaseWalk.Target(
                caseId, LifecycleStatus.CLOSED, secret, recording(request.oldInputs(), olds)),
            request.deadline());
    if (outcome instanceof ReconcileOutcome.Converged) {
      return Result.done(Deletion.REMOVED);
    }
    return Result.failed(
        CaseWalk.failure(outcome, label + ": could not close on delete: ", secret));
  }

  // ---- Create and Update -------------------------------------------------------------------

  /** What an up would return, changing nothing; no call at all while inputs are unknown. */
  private ApplyResult<Outputs<CaseStatusOutputs>> preview(
      String urn, Inputs<CaseStatusInputs> declared) {
    if (!(declared instanceof Inputs.Known<CaseStatusInputs> known)) {
      return Result.done(placeholder(((Inputs.Incomplete<CaseStatusInputs>) declared).given()));
    }
    CaseStatusInputs inputs = known.value();
    Availability availability = services.availability();
    if (availability instanceof Availability.Unusable) {
      return Result.failed(notReady(availability));
    }
    if (!(availability instanceof Availability.Ready ready)) {
      return Result.done(placeholder(CODEC.encodeInputs(inputs)));
    }
    CaseSnapshot actual;
    try {
      actual = ready.services().reads().get(inputs.caseId());
    } catch (CaseGatewayException e) {
      return Result.failed(failure(e, inputs));
    }
    Plan plan =
        ready
            .services()
            .reconciler()
            .planner()
            .plan(actual.status(), inputs.status(), actual.resolverType());
    if (plan instanceof Plan.Refusal refusal) {
      return Result.failed(new Failure.Refused(inputs.caseLabel() + ": " + refusal.message()));
    }
    walk.announce(urn, inputs.caseLabel(), (Plan.Path) plan);
    return Result.done(
        new Outputs.Known<>(
            CaseStatusOutputs.of(inputs, actual.withStatus(inputs.status()), Optional.empty())));
  }

  /** Walks the case to the declared status and reports where it stands. */
  private ApplyResult<Outputs<CaseStatusOutputs>> apply(
      String urn, Inputs<CaseStatusInputs> declared, Deadline deadline) {
    if (!(declared instanceof Inputs.Known<CaseStatusInputs> known)) {
      return Result.failed(
          new Failure.BadRequest("caseId and status must be known to apply a CaseStatus"));
    }
    CaseStatusInputs inputs = known.value();
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready live)) {
      return Result.failed(notReady(availability));
    }
    ReconcileOutcome outcome =
        walk.walk(live.services(), urn, CaseWalk.Target.of(inputs), deadline);
    return CaseWalk.applied(inputs, outcome).map(Outputs.Known::new);
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** A failed read of the case, never naming a secret case id. */
  private static Failure failure(CaseGatewayException error, CaseStatusInputs inputs) {
    return new Failure.Service(
        error.kind(),
        CaseStatusInputs.redact(error.getMessage(), inputs.caseId(), inputs.secretCaseId()));
  }

  /** Why there are no services to work with: not configured yet, or unusable. */
  private static Failure notReady(Availability availability) {
    return new Failure.NotReady(
        availability instanceof Availability.Unusable unusable
            ? unusable.reason()
            : "the securityir provider is not configured yet (its configuration is unknown until"
                + " other resources are created); run the update again");
  }

  private static CaseStatusDiff.Live observed(ProviderServices live, CaseId caseId) {
    return live.reads()
        .peek(caseId)
        .<CaseStatusDiff.Live>map(
            snapshot -> new CaseStatusDiff.Live.Read(snapshot, live.reconciler().planner()))
        .orElseGet(CaseStatusDiff.Live.NotYetRead::new);
  }

  /**
   * A preview's outputs while some input is unknown; an unset closeOnDelete is false, an unset
   * comment true, an unset note absent.
   */
  private static Outputs<CaseStatusOutputs> placeholder(PropertyMap given) {
    PropertyMap outputs = DescriptorRules.placeholderOutputs(CaseStatusResource.DESCRIPTOR, given);
    if (given.get(CLOSE_ON_DELETE).isEmpty()) {
      outputs = outputs.with(CLOSE_ON_DELETE, PropertyValue.flag(false));
    }
    if (given.get(COMMENT).isEmpty()) {
      outputs = outputs.with(COMMENT, PropertyValue.flag(true));
    }
    if (given.get(NOTE).isEmpty()) {
      outputs = outputs.without(NOTE);
    }
    return new Outputs.Placeholder<>(outputs);
  }

  /**
   * The outputs of an Update that needs no call: the declared status is the recorded one, for the
   * same case, and this process has read nothing that differs (the Diff before it reads the case
   * whenever the declared status is unchanged, so drift still walks). Empty when the case must be
   * walked or previewed.
   */
  private Optional<CaseStatusOutputs> statusUnchanged(
      Optional<CaseStatusOutputs> olds, Inputs<CaseStatusInputs> news) {
    if (olds.isEmpty()
        || news.known().isEmpty()
        || !(services.availability() instanceof Availability.Ready ready)) {
      return Optional.empty();
    }
    CaseStatusInputs inputs = news.known().get();
    CaseSnapshot recorded = olds.get().snapshot();
    boolean same =
        recorded.caseId().equals(inputs.caseId())
            && recorded.status() == inputs.status()
            && ready
                .services()
                .reads()
                .peek(inputs.caseId())
                .map(live -> live.status() == inputs.status())
                .orElse(true);
    return same
        ? Optional.of(CaseStatusOutputs.of(inputs, recorded, Optional.of(List.of())))
        : Optional.empty();
  }

  /** The note and comment of a recorded state: its inputs when known, else its outputs. */
  private static Recording recording(
      Optional<Inputs<CaseStatusInputs>> inputs, Optional<CaseStatusOutputs> outputs) {
    return inputs
        .flatMap(Inputs::known)
        .map(CaseStatusInputs::recording)
        .or(() -> outputs.map(CaseStatusOutputs::recording))
        .orElse(Recording.DEFAULT);
  }

  private static boolean closeOnDelete(Optional<Inputs<CaseStatusInputs>> inputs) {
    return inputs
        .map(
            i ->
                i instanceof Inputs.Known<CaseStatusInputs> known
                    ? known.value().closeOnDelete()
                    : ((Inputs.Incomplete<CaseStatusInputs>) i).given().flag(CLOSE_ON_DELETE))
        .orElse(false);
  }

  private static Optional<String> givenId(Inputs<CaseStatusInputs> inputs) {
    return inputs instanceof Inputs.Incomplete<CaseStatusInputs> incomplete
        ? CaseStatusCodec.caseId(incomplete.given()).map(CaseId::value)
        : Optional.empty();
  }
}
