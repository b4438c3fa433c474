package com.pulumi.securityir.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The membership operations on validated requests: CreateMembership, GetMembership,
 * UpdateMembership, CancelMembership, ListMemberships and BatchGetMemberAccountDetails, with the
 * lifecycle of {@link MembershipRules}. Every call acts as the emulated account. Thread-safe: all
 * state lives in the store.
 */
final class MembershipApi {

  private final AccountStore store;
  private final String defaultRegion;

  MembershipApi(AccountStore store, String defaultRegion) {
    this.store = store;
    this.defaultRegion = defaultRegion;
  }

  /**
   * Runs a membership operation on a request that passed validation.
   *
   * @param signingRegion the region of the request's SigV4 scope: a new membership's region
   */
  OpResult execute(Operation op, JsonObject in, String signingRegion) {
    String id = WireReader.string(in, "membershipId");
    return switch (op) {
      case CREATE_MEMBERSHIP -> create(in, signingRegion);
      case GET_MEMBERSHIP ->
          store
              .findMembership(id)
              .map(m -> OpResult.render(op, WireViews.of(m)))
              .orElseGet(() -> OpResult.fail(notFound(id)));
      case UPDATE_MEMBERSHIP -> update(in, id);
      case CANCEL_MEMBERSHIP -> change(op, id, new MembershipChange.Cancel());
      case LIST_MEMBERSHIPS -> OpResult.page(op, in, store.memberships(), WireViews::of);
      case BATCH_GET_MEMBER_ACCOUNT_DETAILS ->
          store
              .findMembership(id)
              .map(
                  m -> OpResult.render(op, accountDetails(m, WireReader.strings(in, "accountIds"))))
              .orElseGet(() -> OpResult.fail(notFound(id)));
      default ->
          throw new IllegalArgumentException(op.apiName() + " is not a membership operation");
    };
  }

  private OpResult create(JsonObject in, String signingRegion) {
    List<FieldProblem> problems = duplicateFeatures(in);
    if (!problems.isEmpty()) {
      return OpResult.fail(ApiError.fieldValidation(problems));
    }
    String region =
        RequestSchemas.AWS_REGION.values().contains(signingRegion) ? signingRegion : defaultRegion;
    MembershipConfig config = WireReader.newMembership(in);
    Map<String, String> tags = WireReader.map(in, "tags");
    MembershipOutcome outcome =
        store.createMembership(
            WireReader.string(in, "clientToken"),
            (id, now, existing) ->
                MembershipRules.admission(existing, region)
                    .<MembershipOutcome>map(MembershipOutcome.Rejected::new)
                    .orElseGet(
                        () ->
                            new MembershipOutcome.Applied(
                                MembershipRules.created(id, region, config, tags, now))));
    return answer(Operation.CREATE_MEMBERSHIP, outcome);
  }

  private OpResult update(JsonObject in, String id) {
    List<FieldProblem> problems = duplicateFeatures(in);
    if (Boolean.FALSE.equals(WireReader.bool(in, "undoMembershipCancellation"))) {
      problems.add(
          new FieldProblem(
              "undoMembershipCancellation",
              "false is not accepted; send true to undo a cancellation, or leave the member out"));
    }
    JsonObject accounts = WireReader.struct(in, "membershipAccountsConfigurationsUpdate");
    Set<String> both =
        new LinkedHashSet<>(WireReader.strings(accounts, "organizationalUnitsToAdd"));
    both.retainAll(WireReader.strings(accounts, "organizationalUnitsToRemove"));
    if (!both.isEmpty()) {
      problems.add(
          new FieldProblem(
              "membershipAccountsConfigurationsUpdate.organizationalUnitsToRemove",
              "Units "
                  + both
                  + " are also in organizationalUnitsToAdd; name each unit in one of the two"));
    }
    if (!problems.isEmpty()) {
      return OpResult.fail(ApiError.fieldValidation(problems));
    }
    return change(
        Operation.UPDATE_MEMBERSHIP,
        id,
        new MembershipChange.Update(WireReader.membershipPatch(in)));
  }

  private OpResult change(Operation op, String id, MembershipChange change) {
    return answer(
        op,
        store.updateMembership(
            id, notFound(id), (current, now) -> MembershipRules.apply(current, change, now)));
  }

  /** The model allows two opt-in features, but names only one: each may appear once. */
  private static List<FieldProblem> duplicateFeatures(JsonObject in) {
    List<FieldProblem> problems = new ArrayList<>();
    JsonElement features = in.get("optInFeatures");
    if (features == null || !features.isJsonArray()) {
      return problems;
    }
    Set<String> seen = new HashSet<>();
    JsonArray list = features.getAsJsonArray();
    for (int i = 0; i < list.size(); i++) {
      String name = WireReader.string(list.get(i).getAsJsonObject(), "featureName");
      if (!seen.add(name)) {
        problems.add(
            new FieldProblem(
                "optInFeatures[" + i + "].featureName",
                "'" + name + "' is already in the list; give each feature once"));
      }
    }
    return problems;
  }

  /**
   * Each asked account once, in the order asked: the emulated account is associated while the
   * membership is Active (through the organization when it covers it) and disassociated after a
   * cancellation; any other account is unrelated to this emulated organization of one.
   */
  private static WireWriter.Members accountDetails(MembershipRecord m, List<String> accountIds) {
    List<Map<String, String>> items = new ArrayList<>();
    for (String account : new LinkedHashSet<>(accountIds)) {
      if (account.equals(EmulatorDefaults.ACCOUNT_ID)) {
        items.add(
            Map.of(
                "accountId",
                account,
                "relationshipStatus",
                m.status() == MembershipStatus.ACTIVE ? "Associated" : "Disassociated",
                "relationshipType",
                m.config().customerType().equals("Organization") ? "Organization" : "Unrelated"));
      } else {
        items.add(
            Map.of(
                "accountId",
                account,
                "relationshipStatus",
                "Unassociated",
                "relationshipType",
                "Unrelated"));
      }
    }
    return name ->
        switch (name) {
          case "items" -> items;
          case "errors" -> List.of();
          default -> throw new IllegalArgumentException("No member " + name);
        };
  }

  static OpResult answer(Operation op, MembershipOutcome outcome) {
    if (outcome instanceof MembershipOutcome.Applied applied) {
      return OpResult.render(op, WireViews.of(applied.next()));
    }
    return OpResult.fail(((MembershipOutcome.Rejected) outcome).reason());
  }

  private static Rejection notFound(String membershipId) {
    return Rejection.notFound("Membership " + membershipId + " was not found");
  }
}
