package com.pulumi.securityir.emulator;

import java.util.Map;

/**
 * One membership as the emulator stores it (and as the state file holds it). Immutable: every
 * change makes a new record, so the store hands out snapshots. Timestamps are epoch milliseconds.
 *
 * @param region the region the membership was created in (the signing region of its
 *     CreateMembership); its ARN names it
 * @param deactivatedAt when it was cancelled; {@code null} while Active
 */
record MembershipRecord(
    String membershipId,
    String membershipArn,
    String region,
    MembershipStatus status,
    long activatedAt,
    Long deactivatedAt,
    MembershipConfig config,
    Map<String, String> tags) {

  MembershipRecord {
    tags = Copies.map(tags);
  }

  MembershipRecord withStatus(MembershipStatus newStatus, Long newDeactivatedAt) {
    return new MembershipRecord(
        membershipId,
        membershipArn,
        region,
        newStatus,
        activatedAt,
        newDeactivatedAt,
        config,
        tags);
  }

  MembershipRecord withConfig(MembershipConfig newConfig) {
    return new MembershipRecord(
        membershipId, membershipArn, region, status, activatedAt, deactivatedAt, newConfig, tags);
  }

  MembershipRecord withTags(Map<String, String> newTags) {
    return new MembershipRecord(
        membershipId, membershipArn, region, status, activatedAt, deactivatedAt, config, newTags);
  }
}
