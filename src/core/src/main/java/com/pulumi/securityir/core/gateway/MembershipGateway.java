package com.pulumi.securityir.core.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The account's Security Incident Response membership (its subscription): the port the {@code
 * Membership} resource works through, beside {@link CaseGateway} and {@link CaseDetailsGateway}.
 * Owned by the core; implemented over the AWS SDK and by test fakes.
 *
 * <p>Implementations are thread-safe, retry transient failures internally within the deadline
 * (every attempt of a create carrying the same client token, so a landed call is never applied
 * twice), report every failure as a {@link CaseGatewayException} (a membership that does not exist
 * as {@link CaseGatewayException.Kind#CASE_NOT_FOUND}), and never put a sensitive member (the
 * membership's name, responders' names, job titles and emails) in a message or log.
 */
public interface MembershipGateway {

  /**
   * Subscribes the account in the gateway's region ({@code CreateMembership}).
   *
   * @param clientToken 1 to 255 characters: the service's idempotency key, so a repeat with the
   *     same token (a retry, or a later run that lost the answer) subscribes no second time
   * @return the new membership's id, or the one created earlier with this token
   * @throws CaseGatewayException of kind {@code CONFLICT} when the account already has a membership
   *     there
   */
  MembershipId create(NewMembership membership, String clientToken, Deadline deadline);

  /** The membership ({@code GetMembership}) and its tags ({@code ListTagsForResource}). */
  LiveMembership read(MembershipId id, Deadline deadline);

  /** Sends one {@code UpdateMembership}; an empty update is not sent. */
  void update(MembershipId id, MembershipUpdate update, Deadline deadline);

  /** Cancels the subscription ({@code CancelMembership}); cancelling a cancelled one is a no-op. */
  void cancel(MembershipId id, Deadline deadline);

  /**
   * The account's membership in the gateway's region that is not Terminated, if there is one
   * ({@code ListMemberships}, every page).
   */
  Optional<MembershipId> existing(Deadline deadline);

  /** Sets these tags on the membership ({@code TagResource}), keeping the others. */
  void tag(String membershipArn, Map<String, String> tags, Deadline deadline);

  /** Removes these tag keys from the membership ({@code UntagResource}). */
  void untag(String membershipArn, Set<String> keys, Deadline deadline);
}
