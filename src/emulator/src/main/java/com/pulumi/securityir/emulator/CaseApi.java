package com.pulumi.securityir.emulator;

import com.google.gson.JsonObject;
import java.util.function.Function;

/**
 * The case operations on validated requests: each reads the request into domain values ({@link
 * WireReader}), asks the store to apply the rules ({@link CaseRules}) or reads a snapshot, and
 * renders the operation's output shape ({@link ResponseSchemas}, {@link WireWriter}). Every API
 * call acts as the emulated account. Thread-safe: all state lives in the store.
 */
final class CaseApi {

  private final AccountStore store;
  private final TransitionRules table;
  private final String defaultRegion;

  CaseApi(AccountStore store, TransitionRules table, String defaultRegion) {
    this.store = store;
    this.table = table;
    this.defaultRegion = defaultRegion;
  }

  /**
   * Runs a case operation on a request that passed validation.
   *
   * @param signingRegion the region of the request's SigV4 scope, for the ARN of a new case
   */
  OpResult execute(Operation op, JsonObject in, String signingRegion) {
    String caseId = WireReader.string(in, "caseId");
    return switch (op) {
      case CREATE_CASE -> createCase(in, signingRegion);
      case GET_CASE -> read(caseId, c -> OpResult.render(op, WireViews.of(c)));
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
      case LIST_CASES -> OpResult.page(op, in, store.all(), WireViews::of);
      case LIST_CASE_EDITS -> read(caseId, c -> OpResult.page(op, in, c.edits(), WireViews::of));
      case CREATE_CASE_COMMENT ->
          change(
              op,
              caseId,
              new CaseChange.AddComment(
                  WireReader.string(in, "clientToken"), WireReader.string(in, "body")));
      case UPDATE_CASE_COMMENT ->
          change(
              op,
              caseId,
              new CaseChange.EditComment(
                  WireReader.string(in, "commentId"), WireReader.string(in, "body")));
      case LIST_COMMENTS -> read(caseId, c -> OpResult.page(op, in, c.comments(), WireViews::of));
      default -> throw new IllegalArgumentException(op.apiName() + " is not a case operation");
    };
  }

  private OpResult createCase(JsonObject in, String signingRegion) {
    CaseDetails details = WireReader.newCase(in);
    Resolver resolver = Resolver.fromWire(WireReader.string(in, "resolverType")).orElseThrow();
    String region = Arns.regionOr(signingRegion, defaultRegion);
    Outcome outcome =
        store.create(
            WireReader.string(in, "clientToken"),
            (id, now) ->
                CaseRules.created(
                    id,
                    Arns.ofCase(region, id),
                    details,
                    resolver,
                    WireReader.map(in, "tags"),
                    new Stamp(now, EmulatorDefaults.ACCOUNT_ID)));
    return answer(Operation.CREATE_CASE, outcome);
  }

  private OpResult read(String caseId, Function<CaseRecord, OpResult> reader) {
    return store.find(caseId).map(reader).orElseGet(() -> OpResult.fail(caseNotFound(caseId)));
  }

  private OpResult change(Operation op, String caseId, CaseChange change) {
    return answer(op, store.update(caseId, caseNotFound(caseId), rule(change, table)));
  }

  /** The rules of {@code change} as the store applies them, stamped as the emulated account. */
  static AccountStore.Rule rule(CaseChange change, TransitionRules table) {
    return (current, now) ->
        CaseRules.apply(current, change, table, new Stamp(now, EmulatorDefaults.ACCOUNT_ID));
  }

  static OpResult answer(Operation op, Outcome outcome) {
    if (outcome instanceof Outcome.Applied applied) {
      return OpResult.render(op, WireViews.of(applied));
    }
    return OpResult.fail(((Outcome.Rejected) outcome).reason());
  }

  private static Rejection caseNotFound(String caseId) {
    return Rejection.notFound("Case " + caseId + " was not found");
  }
}
