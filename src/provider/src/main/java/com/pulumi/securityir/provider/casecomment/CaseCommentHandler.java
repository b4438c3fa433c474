package com.pulumi.securityir.provider.casecomment;

import com.pulumi.securityir.core.gateway.CaseComment;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CommentPage;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.resource.CaseCommentResource;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.provider.resource.ApplyResult;
import com.pulumi.securityir.provider.resource.Checked;
import com.pulumi.securityir.provider.resource.ClientToken;
import com.pulumi.securityir.provider.resource.Created;
import com.pulumi.securityir.provider.resource.Deletion;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.EngineLog;
import com.pulumi.securityir.provider.resource.Failure;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.Outputs;
import com.pulumi.securityir.provider.resource.PropertyCodec;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.ReadResult;
import com.pulumi.securityir.provider.resource.ResourceHandler;
import com.pulumi.securityir.provider.resource.ResourceRequest;
import com.pulumi.securityir.provider.resource.Result;
import com.pulumi.securityir.provider.services.Availability;
import com.pulumi.securityir.provider.services.ProviderServices;
import com.pulumi.securityir.provider.services.Services;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code securityir:index:CaseComment}: one comment on a case. Create is CreateCaseComment with the
 * client token Check recorded (a retry adds no second comment); a changed body is UpdateCaseComment
 * in place; a changed case id replaces (the descriptor says so); Read finds the comment in
 * ListComments (every page); Delete leaves the comment, which the API cannot delete, and says so.
 * The resource id is {@code <caseId>/<commentId>}. Thread-safe.
 */
public final class CaseCommentHandler
    implements ResourceHandler<CaseCommentInputs, CaseCommentOutputs> {

  private static final CaseCommentCodec CODEC = new CaseCommentCodec();

  /** ListComments pages read at most: 25 comments a page, so 25,000 comments. */
  private static final int MAX_PAGES = 1000;

  private final Services services;
  private final EngineLog log;

  public CaseCommentHandler(Services services, EngineLog log) {
    this.services = Objects.requireNonNull(services, "services");
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public ResourceDescriptor descriptor() {
    return CaseCommentResource.DESCRIPTOR;
  }

  @Override
  public PropertyCodec<CaseCommentInputs, CaseCommentOutputs> codec() {
    return CODEC;
  }

  /** Validates, and records the create's client token (see {@link ClientToken}). */
  @Override
  public Checked<CaseCommentInputs> check(ResourceRequest.Check request) {
    Checked<CaseCommentInputs> checked = ResourceHandler.super.check(request);
    if (!(checked instanceof Checked.Valid<CaseCommentInputs> valid)) {
      return checked;
    }
    PropertyMap recorded = ClientToken.keep(request, valid.recorded());
    return new Checked.Valid<>(CODEC.decodeInputs(recorded), recorded);
  }

  @Override
  public ApplyResult<Created<CaseCommentOutputs>> create(
      ResourceRequest.Create<CaseCommentInputs> request) {
    if (request.preview()) {
      return Result.done(new Created<>("", placeholder(request.inputs())));
    }
    if (!(request.inputs() instanceof Inputs.Known<CaseCommentInputs> known)) {
      return Result.failed(
          new Failure.BadRequest("caseId and body must be known to add a CaseComment"));
    }
    CaseCommentInputs inputs = known.value();
    if (inputs.clientToken().isEmpty()) {
      return Result.failed(
          new Failure.BadRequest(
              "the CaseComment's inputs carry no client token from Check; run the update again"));
    }
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      return Result.failed(notReady(availability));
    }
    String commentId;
    try {
      commentId =
          ready
              .services()
              .gateway()
              .addComment(
                  inputs.caseId(), inputs.body(), inputs.clientToken().get(), request.deadline());
    } catch (CaseGatewayException e) {
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    CaseCommentOutputs outputs =
        new CaseCommentOutputs(
            inputs.caseId(),
            new CaseComment(commentId, inputs.body(), Optional.empty(), Optional.empty()));
    return Result.done(new Created<>(outputs.id(), new Outputs.Known<>(outputs)));
  }

  /** A changed body: one UpdateCaseComment (a changed case id replaces, so never comes here). */
  @Override
  public ApplyResult<Outputs<CaseCommentOutputs>> update(
      ResourceRequest.Update<CaseCommentInputs, CaseCommentOutputs> request) {
    if (request.preview()) {
      return Result.done(placeholder(request.news()));
    }
    Optional<Ids> ids = Ids.parse(request.id());
    if (!(request.news() instanceof Inputs.Known<CaseCommentInputs> known) || ids.isEmpty()) {
      return Result.failed(
          new Failure.BadRequest(
              "cannot update CaseComment '" + OneLine.input(request.id()) + "'"));
    }
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      return Result.failed(notReady(availability));
    }
    CaseComment before =
        request
            .olds()
            .map(CaseCommentOutputs::comment)
            .orElse(new CaseComment(ids.get().commentId(), "", Optional.empty(), Optional.empty()));
    String body;
    try {
      body =
          ready
              .services()
              .details()
              .gateway()
              .updateComment(
                  ids.get().caseId(),
                  ids.get().commentId(),
                  known.value().body(),
                  request.deadline());
    } catch (CaseGatewayException e) {
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    return Result.done(
        new Outputs.Known<>(
            new CaseCommentOutputs(
                ids.get().caseId(),
                new CaseComment(
                    before.commentId(), body, before.createdDate(), Optional.empty()))));
  }

  /** Finds the comment in ListComments; refresh keeps the inputs, import returns them. */
  @Override
  public Result<ReadResult<CaseCommentInputs, CaseCommentOutputs>> read(
      ResourceRequest.Read<CaseCommentInputs, CaseCommentOutputs> request) {
    Optional<Ids> ids = Ids.parse(request.id());
    if (ids.isEmpty()) {
      return Result.failed(
          new Failure.BadRequest(
              "cannot read CaseComment with id '"
                  + OneLine.input(request.id())
                  + "': the id of a CaseComment is <caseId>/<commentId>, e.g."
                  + " pulumi import securityir:index:CaseComment my-comment 8403556009/000001"));
    }
    Availability availability = services.availability();
    if (!(availability instanceof Availability.Ready ready)) {
      return Result.failed(notReady(availability));
    }
    Optional<CaseComment> found;
    try {
      found = find(ready.services(), ids.get());
    } catch (CaseGatewayException e) {
      if (e.kind() == CaseGatewayException.Kind.CASE_NOT_FOUND) {
        return Result.done(new ReadResult.Gone<>());
      }
      return Result.failed(new Failure.Service(e.kind(), e.getMessage()));
    }
    if (found.isEmpty()) {
      return Result.done(new ReadResult.Gone<>());
    }
    CaseCommentOutputs outputs = new CaseCommentOutputs(ids.get().caseId(), found.get());
    Optional<CaseCommentInputs> inputs =
        request.importing()
            ? Optional.of(
                new CaseCommentInputs(ids.get().caseId(), found.get().body(), Optional.empty()))
            : Optional.empty();
    return Result.done(new ReadResult.Found<>(outputs.id(), outputs, inputs));
  }

  /** The API cannot delete comments: the comment stays on the case, and the row says so. */
  @Override
  public Result<Deletion> delete(
      ResourceRequest.Delete<CaseCommentInputs, CaseCommentOutputs> request) {
    log.info(
        request.urn(),
        "comment "
            + OneLine.input(request.id())
            + " left on the case: the Security Incident Response API cannot delete comments;"
            + " Pulumi no longer manages it.");
    return Result.done(Deletion.LEFT_IN_PLACE);
  }

  private static Optional<CaseComment> find(ProviderServices live, Ids ids) {
    Optional<String> token = Optional.empty();
    Set<String> seen = new HashSet<>();
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      CommentPage page = live.details().gateway().comments(ids.caseId(), token, Deadline.none());
      Optional<CaseComment> match =
          page.comments().stream().filter(c -> c.commentId().equals(ids.commentId())).findFirst();
      if (match.isPresent()) {
        return match;
      }
      token = page.nextToken();
      if (token.isEmpty() || !seen.add(token.get())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Outputs<CaseCommentOutputs> placeholder(Inputs<CaseCommentInputs> inputs) {
    return new Outputs.Placeholder<>(
        DescriptorRules.placeholderOutputs(
            CaseCommentResource.DESCRIPTOR,
            inputs instanceof Inputs.Known<CaseCommentInputs> known
                ? CODEC.encodeInputs(known.value())
                : ((Inputs.Incomplete<CaseCommentInputs>) inputs).given()));
  }

  private static Failure notReady(Availability availability) {
    return new Failure.NotReady(
        availability instanceof Availability.Unusable unusable
            ? unusable.reason()
            : "the securityir provider is not configured yet; run the update again");
  }

  /** The two parts of a CaseComment's id. */
  private record Ids(CaseId caseId, String commentId) {
    static Optional<Ids> parse(String id) {
      int slash = id.indexOf('/');
      if (slash < 0 || !id.substring(slash + 1).matches("\\d{6}")) {
        return Optional.empty();
      }
      return CaseId.parse(id.substring(0, slash)) instanceof Parsed.Success<CaseId> s
          ? Optional.of(new Ids(s.value(), id.substring(slash + 1)))
          : Optional.empty();
    }
  }
}
