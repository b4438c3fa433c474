package com.pulumi.securityir.provider.membership;

import static com.pulumi.securityir.core.resource.MembershipResource.CANCEL_ON_DELETE;

import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.LiveMembership;
import com.pulumi.securityir.core.gateway.MembershipId;
import com.pulumi.securityir.core.gateway.MembershipStatus;
import com.pulumi.securityir.core.resource.MembershipResource;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.core.text.OneLine;
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
import com.pulumi.securityir.provider.services.MembershipReads;
import com.pulumi.securityir.provider.services.Services;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code securityir:index:Membership}: the account's Security Incident Response subscription as the
 * program declares it. Create subscribes once (idempotent by the client token Check recorded; an
 * account that already has a membership is told to import it), Update changes it in place (no
 * change ever replaces it: that would cancel a paid subscription) and restores a cancelled one,
 * Diff and Update compare with the live membership (one read per membership per plugin process),
 * Read refreshes and imports by membership id, and Delete cancels only with {@code cancelOnDelete}.
 * A Terminated membership cannot come back: Diff refuses it. The preview of a new membership lists
 * the account's memberships (one read), so that a second subscription is refused already there.
 * Thread-safe.
 */
public final class MembershipHandler
    implements ResourceHandler<MembershipInputs, MembershipOutputs> {

  private static final MembershipCodec CODEC = new MembershipCodec();

  private final Services services;
  private final EngineLog log;
  private final MembershipApply apply;

  public MembershipHandler(Services services, EngineLog log) {
    this.services = Objects.requireNonNull(services, "services");
    this.log = Objects.requireNonNull(log, "log");
    this.apply = new MembershipApply(log);
  }

  @Override
  public ResourceDescriptor descriptor() {
    return MembershipResource.DESCRIPTOR;
  }

  @Override
  public PropertyCodec<MembershipInputs, MembershipOutputs> codec() {
    return CODEC;
  }

  /** True: the team and the subscription are also changed in the console. */
  @Override
  public boolean refreshBeforeUpdate() {
    return true;
  }

  /** Validates, and records the create's client token (see {@link ClientToken}). */
  @Override
  public Checked<MembershipInputs> check(ResourceRequest.Check request) {
    Checked<MembershipInputs> checked = ResourceHandler.super.check(request);
    if (!(checked instanceof Checked.Valid<MembershipInputs> valid)) {
      return checked;
    }
    PropertyMap recorded = ClientToken.keep(request, valid.recorded());
    return new Checked.Valid<>(CODEC.decodeInputs(recorded), recorded);
  }

  /**
   * The declared membership against the live one, property by property; never a replacement. A
   * Terminated membership is refused here, so a preview shows why.
   */
  @Override
  public Result<DiffResult> diff(
      ResourceRequest.Diff<MembershipInputs, MembershipOutputs> request) {
    if (!(request.news() instanceof Inputs.Known<MembershipInputs> known)) {
      PropertyMap olds = request.oldInputs().map(this::properties).orElse(PropertyMap.EMPTY);
      PropertyMap news = ((Inputs.Incomplete<MembershipInputs>) request.news()).given();
      return Result.done(DescriptorRules.diffInputs(MembershipResource.DESCRIPTOR, olds, news));
    }
    Optional<MembershipOutputs> recorded = request.olds();
    Availability availability = services.availability();
    LiveMembership live;
    if (availability instanceof Availability.Ready ready) {
      Optional<MembershipId> id = MembershipId.parse(request.id());
      if (id.isEmpty()) {
        return Result.failed(badId("diff", request.id()));
      }
      try {
        live = ready.services().memberships().get(id.get());
      } catch (CaseGatewayException e) {
        return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
      }
    } else if (availability instanceof Availability.Unusable) {
      return Result.failed(notReady(availability));
    } else if (recorded.isPresent()) {
      live = recorded.get().live();
    } else {
      return Result.done(
          DescriptorRules.diffInputs(
              MembershipResource.DESCRIPTOR, PropertyMap.EMPTY, properties(known)));
    }
    if (live.status() == MembershipStatus.TERMINATED) {
      return Result.failed(terminated(live.id(), request.urn()));
    }
    return Result.done(
        MembershipChanges.between(live, known.value(), recordedCancelOnDelete(recorded)).diff());
  }

  @Override
  public ApplyResult<Created<MembershipOutputs>> create(
      ResourceRequest.Create<MembershipInputs> request) {
    if (!(request.inputs() instanceof Inputs.Known<MembershipInputs> known)) {
      if (request.preview()) {
        return Result.done(
            new Created<>(
                "", placeholder(((Inputs.Incomplete<MembershipInputs>) request.inputs()).given())));
      }
      return Result.failed(
          new Failure.BadRequest("every input of a Membership must be known to create it"));
    }
    MembershipInputs inputs = known.value();
    Availability availability = services.availability();
    if (availability instanceof Availability.Unusable
        || (!request.preview() && !(availability instanceof Availability.Ready))) {
      return Result.failed(notReady(availability));
    }
    if (request.preview()) {
      if (availability instanceof Availability.Ready ready) {
        // One read so that the preview, not only the update, refuses a second subscription.
        try {
          Optional<Failure> refused =
              MembershipApply.secondSubscription(
                  ready.services().memberships().gateway(), request.urn(), request.deadline());
          if (refused.isPresent()) {
            return Result.failed(refused.get());
          }
        } catch (CaseGatewayException e) {
          log.warning(
              request.urn(),
              "could not check whether the account already has a membership: "
                  + e.getMessage()
                  + " The update will find out.");
        }
      }
      return Result.done(new Created<>("", placeholder(CODEC.encodeInputs(inputs))));
    }
    if (inputs.clientToken().isEmpty()) {
      return Result.failed(
          new Failure.BadRequest(
              "the Membership's inputs carry no client token from Check; run the update again"));
    }
    MembershipReads reads = ((Availability.Ready) availability).services().memberships();
    return apply
        .create(reads, request.urn(), inputs, request.deadline())
        .map(
            m ->
                new Created<>(
                    m.id().value(),
                    new Outputs.Known<>(new MembershipOutputs(m, inputs.cancelOnDelete()))));
  }

  @Override
  public ApplyResult<Outputs<MembershipOutputs>> update(
      ResourceRequest.Update<MembershipInputs, MembershipOutputs> request) {
    if (!(request.news() instanceof Inputs.Known<MembershipInputs> known)) {
      if (request.preview()) {
        return Result.done(
            placeholder(((Inputs.Incomplete<MembershipInputs>) request.news()).given()));
      }
      return Result.failed(
          new Failure.BadRequest("every input of a Membership must be known to update it"));
    }
    MembershipInputs inputs = known.value();
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      if (request.preview()
          && request.olds().isPresent()
          && !(availability instanceof Availability.Unusable)) {
        return Result.done(placeholder(CODEC.encodeInputs(inputs)));
      }
      return Result.failed(notReady(availability));
    }
    Optional<MembershipId> id = MembershipId.parse(request.id());
    if (id.isEmpty()) {
      return Result.failed(badId("update", request.id()));
    }
    MembershipReads reads = ready.services().memberships();
    LiveMembership current;
    try {
      current = reads.get(id.get());
    } catch (CaseGatewayException e) {
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    if (current.status() == MembershipStatus.TERMINATED) {
      return Result.failed(terminated(current.id(), request.urn()));
    }
    MembershipChanges changes =
        MembershipChanges.between(current, inputs, recordedCancelOnDelete(request.olds()));
    if (request.preview()) {
      if (changes.restores()) {
        log.warning(
            request.urn(),
            "membership "
                + current.id()
                + " is Cancelled: the update restores it with UpdateMembership"
                + " (undoMembershipCancellation), and the subscription continues");
      }
      return Result.done(
          new Outputs.Known<>(
              new MembershipOutputs(changes.appliedTo(current), inputs.cancelOnDelete())));
    }
    if (changes.restores()) {
      log.info(
          request.urn(), "membership " + current.id() + ": restoring the cancelled membership");
    }
    return apply
        .update(reads, current, changes, request.deadline())
        .map(m -> new Outputs.Known<>(new MembershipOutputs(m, inputs.cancelOnDelete())));
  }

  /** Refresh: the live membership as outputs; import: also as inputs. */
  @Override
  public Result<ReadResult<MembershipInputs, MembershipOutputs>> read(
      ResourceRequest.Read<MembershipInputs, MembershipOutputs> request) {
    Optional<MembershipId> id = MembershipId.parse(request.id());
    if (id.isEmpty()) {
      return Result.failed(
          new Failure.BadRequest(
              "cannot read Membership with id '"
                  + OneLine.input(request.id())
                  + "': the id of a Membership is its membership id, m- and 10 to 32 lowercase"
                  + " letters or digits, e.g. pulumi import securityir:index:Membership account"
                  + " m-abcdefghij12"));
    }
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      return Result.failed(notReady(availability));
    }
    MembershipReads reads = ready.services().memberships();
    LiveMembership live;
    try {
      reads.forget(id.get());
      live = reads.get(id.get());
    } catch (CaseGatewayException e) {
      if (e.kind() == CaseGatewayException.Kind.CASE_NOT_FOUND) {
        return Result.done(new ReadResult.Gone<>());
      }
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    if (request.importing()) {
      MembershipInputs imported =
          new MembershipInputs(
              live.name(),
              live.team(),
              live.optInFeatures().isEmpty() ? Optional.empty() : Optional.of(live.optInFeatures()),
              Optional.of(live.coverEntireOrganization()),
              Optional.of(live.organizationalUnits()),
              Optional.of(live.tags()),
              false,
              Optional.empty());
      return Result.done(
          new ReadResult.Found<>(
              live.id().value(), new MembershipOutputs(live, false), Optional.of(imported)));
    }
    return Result.done(
        new ReadResult.Found<>(
            live.id().value(),
            new MembershipOutputs(live, cancelOnDelete(request.oldInputs(), request.olds())),
            Optional.empty()));
  }

  /** Cancels the subscription with cancelOnDelete; otherwise leaves it and says so. */
  @Override
  public Result<Deletion> delete(
      ResourceRequest.Delete<MembershipInputs, MembershipOutputs> request) {
    Optional<MembershipId> id = MembershipId.parse(request.id());
    if (id.isEmpty()) {
      return Result.failed(badId("delete", request.id()));
    }
    String label = "membership " + id.get();
    if (!cancelOnDelete(request.oldInputs(), request.olds())) {
      log.info(
          request.urn(),
          label
              + ": no longer managed by Pulumi; left active in AWS, the subscription continues"
              + " (cancelOnDelete is false).");
      return Result.done(Deletion.LEFT_IN_PLACE);
    }
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      return Result.failed(notReady(availability));
    }
    return apply.cancel(
        ready.services().memberships(), request.urn(), id.get(), request.deadline());
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Failure terminated(MembershipId id, String urn) {
    return new Failure.Refused(
        "membership "
            + id
            + " is Terminated: AWS ended the cancelled subscription, and a terminated membership"
            + " cannot be restored (undoMembershipCancellation applies only to a Cancelled one)."
            + " To subscribe again, remove it from the stack (pulumi state delete '"
            + urn
            + "') and run the update again: a new Membership is created.");
  }

  /** A preview's outputs while inputs are unknown or the provider is not configured. */
  private static Outputs<MembershipOutputs> placeholder(PropertyMap given) {
    PropertyMap outputs = DescriptorRules.placeholderOutputs(MembershipResource.DESCRIPTOR, given);
    if (given.get(CANCEL_ON_DELETE).isEmpty()) {
      outputs = outputs.with(CANCEL_ON_DELETE, PropertyValue.flag(false));
    }
    return new Outputs.Placeholder<>(outputs);
  }

  private static boolean recordedCancelOnDelete(Optional<MembershipOutputs> recorded) {
    return recorded.map(MembershipOutputs::cancelOnDelete).orElse(false);
  }

  private static boolean cancelOnDelete(
      Optional<Inputs<MembershipInputs>> inputs, Optional<MembershipOutputs> olds) {
    if (inputs.isPresent()) {
      if (inputs.get() instanceof Inputs.Known<MembershipInputs> known) {
        return known.value().cancelOnDelete();
      }
      return ((Inputs.Incomplete<MembershipInputs>) inputs.get()).given().flag(CANCEL_ON_DELETE);
    }
    return recordedCancelOnDelete(olds);
  }

  private PropertyMap properties(Inputs<MembershipInputs> inputs) {
    return inputs instanceof Inputs.Known<MembershipInputs> known
        ? CODEC.encodeInputs(known.value())
        : ((Inputs.Incomplete<MembershipInputs>) inputs).given();
  }

  private static Failure badId(String operation, String id) {
    return new Failure.BadRequest(
        "cannot "
            + operation
            + " Membership with id '"
            + OneLine.input(id)
            + "': not a membership id");
  }

  private static Failure notReady(Availability availability) {
    return new Failure.NotReady(
        availability instanceof Availability.Unusable unusable
            ? unusable.reason()
            : "the securityir provider is not configured yet (its configuration is unknown until"
                + " other resources are created); run the update again");
  }
}
