package com.pulumi.securityir.emulator;

import com.google.gson.JsonObject;

/**
 * Routes each implemented operation to the part of the emulated service that owns it: cases,
 * memberships, or the tags of either. Thread-safe: all state lives in the one store they share.
 */
final class ServiceApi {

  private final CaseApi cases;
  private final MembershipApi memberships;
  private final TagApi tags;

  ServiceApi(AccountStore store, TransitionRules table, String defaultRegion) {
    this.cases = new CaseApi(store, table, defaultRegion);
    this.memberships = new MembershipApi(store, defaultRegion);
    this.tags = new TagApi(store, table);
  }

  /**
   * Runs an implemented operation on a request that passed validation.
   *
   * @param signingRegion the region of the request's SigV4 scope: where a new resource lives
   */
  OpResult execute(Operation op, JsonObject in, String signingRegion) {
    return switch (op) {
      case TAG_RESOURCE, UNTAG_RESOURCE, LIST_TAGS_FOR_RESOURCE -> tags.execute(op, in);
      case CREATE_MEMBERSHIP,
              GET_MEMBERSHIP,
              UPDATE_MEMBERSHIP,
              CANCEL_MEMBERSHIP,
              LIST_MEMBERSHIPS,
              BATCH_GET_MEMBER_ACCOUNT_DETAILS ->
          memberships.execute(op, in, signingRegion);
      default -> cases.execute(op, in, signingRegion);
    };
  }
}
