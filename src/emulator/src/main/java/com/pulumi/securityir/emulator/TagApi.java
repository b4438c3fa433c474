package com.pulumi.securityir.emulator;

import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * TagResource, UntagResource and ListTagsForResource on the ARN of a case or a membership. An ARN
 * names a resource only when it is that resource's own ARN: the same id in another region or
 * another account is a resource the emulated account does not have (ResourceNotFoundException),
 * never the local one. Thread-safe: all state lives in the store.
 */
final class TagApi {

  private final AccountStore store;
  private final TransitionRules table;

  TagApi(AccountStore store, TransitionRules table) {
    this.store = store;
    this.table = table;
  }

  /** Runs a tag operation on a request that passed validation. */
  OpResult execute(Operation op, JsonObject in) {
    String arn = WireReader.string(in, "resourceArn");
    Optional<Arns.Named> named = Arns.named(arn);
    if (named.isEmpty()) {
      return OpResult.fail(noResource(arn));
    }
    String id = named.get().id();
    return named.get().kind() == Arns.Kind.CASE
        ? onCase(op, in, arn, id)
        : onMembership(op, in, arn, id);
  }

  private OpResult onCase(Operation op, JsonObject in, String arn, String caseId) {
    if (op == Operation.LIST_TAGS_FOR_RESOURCE) {
      return store
          .find(caseId)
          .filter(c -> c.caseArn().equals(arn))
          .map(c -> OpResult.render(op, WireViews.of(c)))
          .orElseGet(() -> OpResult.fail(noResource(arn)));
    }
    CaseChange change =
        op == Operation.TAG_RESOURCE
            ? new CaseChange.Tag(WireReader.map(in, "tags"))
            : new CaseChange.Untag(WireReader.strings(in, "tagKeys"));
    AccountStore.Rule rule = CaseApi.rule(change, table);
    return CaseApi.answer(
        op,
        store.update(
            caseId,
            noResource(arn),
            (current, now) ->
                current.caseArn().equals(arn)
                    ? rule.apply(current, now)
                    : new Outcome.Rejected(noResource(arn))));
  }

  private OpResult onMembership(Operation op, JsonObject in, String arn, String membershipId) {
    if (op == Operation.LIST_TAGS_FOR_RESOURCE) {
      return store
          .findMembership(membershipId)
          .filter(m -> m.membershipArn().equals(arn))
          .map(m -> OpResult.render(op, WireViews.of(m)))
          .orElseGet(() -> OpResult.fail(noResource(arn)));
    }
    MembershipChange change =
        op == Operation.TAG_RESOURCE
            ? new MembershipChange.Tag(WireReader.map(in, "tags"))
            : new MembershipChange.Untag(WireReader.strings(in, "tagKeys"));
    return MembershipApi.answer(
        op,
        store.updateMembership(
            membershipId,
            noResource(arn),
            (current, now) ->
                current.membershipArn().equals(arn)
                    ? MembershipRules.apply(current, change, now)
                    : new MembershipOutcome.Rejected(noResource(arn))));
  }

  private static Rejection noResource(String arn) {
    return Rejection.notFound(
        "No resource with ARN "
            + arn
            + " in this account and region; check the ARN's region and"
            + " account");
  }
}
