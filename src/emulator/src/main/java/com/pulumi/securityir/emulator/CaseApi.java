package com.pulumi.securityir.emulator;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The implemented operations on validated requests: each reads the request into domain values
 * ({@link WireReader}), asks the store to apply the rules ({@link CaseRules}) or reads a snapshot,
 * and renders the operation's output shape ({@link ResponseSchemas}, {@link WireWriter}). Every API
 * call acts as the emulated account. Thread-safe: all state lives in the store.
 */
final class CaseApi {

  private final CaseStore store;
  private final TransitionRules table;
  private final String defaultRegion;

  CaseApi(CaseStore store, TransitionRules table, String defaultRegion) {
    this.store = store;
    this.table = table;
    this.defaultRegion = defaultRegion;
  }

  /**
   * Runs an implemented operation on a request that passed validation.
   *
   * @param signingRegion the region of the request's SigV4 scope, for the ARN of a new case
   */
  OpResult execute(Operation op, JsonObject in, String signingRegion) {
    String caseId = WireReader.string(in, "caseId");
    String arn = WireReader.string(in, "resourceArn");
    return switch (op) {
      case CREATE_CASE -> createCase(in, signingRegion);
      case GET_CASE -> read(caseId, c -> answer(op, WireViews.of(c)));
      case UPDATE_CASE -> change(op, caseId, new CaseChange.UpdateDetails(WireReader.patch(in)));
      case UPDATE_CASE_STATUS ->
          change(
              op,
              caseId,
              new CaseChange.UpdateStatus(
                  CaseState.fromWire(WireReader.string(in, "caseStatus")).orElseThrow()));
      case CLOSE_CASE -> change(op, caseId, new CaseChange.Close());
      case UPDATE_RESOLVER_TYPE ->
          change(
              op,
              caseId,
              new CaseChange.ChangeResolver(
                  Resolver.fromWire(WireReader.string(in, "resolverType")).orElseThrow()));
      case LIST_CASES -> list(op, in, store.all(), WireViews::of);
      case LIST_CASE_EDITS -> read(caseId, c -> list(op, in, c.edits(), WireViews::of));
      case CREATE_CASE_COMMENT ->
          change(
              op,
              caseId,
              new CaseChange.AddComment(
                  WireReader.string(in, "clientToken"), WireReader.string(in, "body")));
      case LIST_COMMENTS -> read(caseId, c -> list(op, in, c.comments(), WireViews::of));
      case TAG_RESOURCE -> tagged(op, arn, new CaseChange.Tag(WireReader.map(in, "tags")));
      case UNTAG_RESOURCE ->
          tagged(op, arn, new CaseChange.Untag(WireReader.strings(in, "tagKeys")));
      case LIST_TAGS_FOR_RESOURCE -> {
        Optional<CaseRecord> c = CaseArns.caseInThisAccount(arn).flatMap(store::find);
        yield c.isPresent()
            ? answer(op, WireViews.of(c.get()))
            : OpResult.fail(toApiError(noResource(arn)));
      }
      default ->
          throw new IllegalStateException(
              op.apiName() + " is marked implemented but has no handler");
    };
  }

  private OpResult createCase(JsonObject in, String signingRegion) {
    CaseDetails details = WireReader.newCase(in);
    Resolver resolver = Resolver.fromWire(WireReader.string(in, "resolverType")).orElseThrow();
    String region = CaseArns.regionOr(signingRegion, defaultRegion);
    Outcome outcome =
        store.create(
            WireReader.string(in, "clientToken"),
            (id, now) ->
                CaseRules.created(
                    id,
                    CaseArns.of(region, id),
                    details,
                    resolver,
                    WireReader.map(in, "tags"),
                    new Stamp(now, EmulatorDefaults.ACCOUNT_ID)));
    return answer(Operation.CREATE_CASE, outcome);
  }

  private OpResult read(String caseId, Function<CaseRecord, OpResult> reader) {
    return store
        .find(caseId)
        .map(reader)
        .orElseGet(() -> OpResult.fail(toApiError(caseNotFound(caseId))));
  }

  private OpResult change(Operation op, String caseId, CaseChange change) {
    return answer(op, store.update(caseId, caseNotFound(caseId), rule(change)));
  }

  private OpResult tagged(Operation op, String arn, CaseChange change) {
    Optional<String> caseId = CaseArns.caseInThisAccount(arn);
    if (caseId.isEmpty()) {
      return OpResult.fail(toApiError(noResource(arn)));
    }
    return answer(op, store.update(caseId.get(), noResource(arn), rule(change)));
  }

  private CaseStore.Rule rule(CaseChange change) {
    return (current, now) ->
        CaseRules.apply(current, change, table, new Stamp(now, EmulatorDefaults.ACCOUNT_ID));
  }

  private <T> OpResult list(
      Operation op, JsonObject in, List<T> all, Function<T, WireWriter.Members> item) {
    return Page.of(all, WireReader.string(in, "nextToken"), WireReader.integer(in, "maxResults"))
        .map(page -> answer(op, WireViews.of(page, item)))
        .orElseGet(
            () ->
                OpResult.fail(
                    ApiError.fieldValidation(
                        List.of(
                            new FieldProblem(
                                "nextToken",
                                "Not a token from a previous page of this list; omit nextToken"
                                    + " to start from the first page")))));
  }

  private static OpResult answer(Operation op, Outcome outcome) {
    if (outcome instanceof Outcome.Applied applied) {
      return answer(op, WireViews.of(applied));
    }
    return OpResult.fail(toApiError(((Outcome.Rejected) outcome).reason()));
  }

  private static OpResult answer(Operation op, WireWriter.Members view) {
    return OpResult.ok(WireWriter.object(ResponseSchemas.outputOf(op), view));
  }

  private static Rejection caseNotFound(String caseId) {
    return Rejection.notFound("Case " + caseId + " was not found");
  }

  private static Rejection noResource(String arn) {
    return Rejection.notFound("No resource with ARN " + arn + " in this account");
  }

  /** The modelled error for a rejection, with every member its shape requires. */
  static ApiError toApiError(Rejection r) {
    return switch (r.kind()) {
      case INVALID -> ApiError.validation("FIELD_VALIDATION_FAILED", r.message());
      case QUOTA_EXCEEDED ->
          ApiError.injected(ErrorShape.SERVICE_QUOTA_EXCEEDED, r.caseId(), r.message(), null);
      case NOT_FOUND -> ApiError.notFound(r.message());
      case CONFLICT -> ApiError.conflict(r.caseId(), r.message());
      case STORAGE -> new ApiError(ErrorShape.INTERNAL_SERVER, r.message(), new JsonObject(), null);
    };
  }
}
