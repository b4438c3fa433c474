package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.gateway.CaseDetailsGateway;
import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.gateway.MembershipGateway;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.gateway.FailureTranslator.Call;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.CaseEditItem;
import software.amazon.awssdk.services.securityir.model.CloseCaseRequest;
import software.amazon.awssdk.services.securityir.model.CloseCaseResponse;
import software.amazon.awssdk.services.securityir.model.CreateCaseCommentRequest;
import software.amazon.awssdk.services.securityir.model.CreateCaseCommentResponse;
import software.amazon.awssdk.services.securityir.model.GetCaseRequest;
import software.amazon.awssdk.services.securityir.model.GetCaseResponse;
import software.amazon.awssdk.services.securityir.model.ListCaseEditsRequest;
import software.amazon.awssdk.services.securityir.model.ListCaseEditsResponse;
import software.amazon.awssdk.services.securityir.model.ListCasesItem;
import software.amazon.awssdk.services.securityir.model.ListCasesRequest;
import software.amazon.awssdk.services.securityir.model.ListCasesResponse;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusRequest;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusResponse;

/**
 * The production {@link CaseGateway}: AWS Security Incident Response through one {@link
 * SecurityIrClient}, plus the read-only {@link CaseAuditTrail}. This class only maps: the core's
 * requests to SDK requests and SDK responses to the core's values. {@link #open} builds the client
 * (see {@link ClientOpener} for its configuration), and every call goes through a {@link
 * RetryingCaller}: the SDK's own retries are off, so that waits never run past the caller's {@link
 * Deadline} and messages can say how many attempts were made; a move in flight is never abandoned
 * at the deadline. All calls of one gateway share one {@link AdaptiveLimit} of attempts in flight,
 * bounded by {@link GatewayConfig#maxConcurrency()}, which halves when the service throttles and
 * grows back while calls succeed.
 *
 * <p>Thread-safe: the one client is built once per configuration and shared by all calls. Every
 * failure becomes a {@link CaseGatewayException} whose message never contains the secret key,
 * session token, Authorization header or case title. {@link #close()} closes the client and the
 * credential providers made for it.
 */
public final class AwsCaseGateway implements CaseGateway, CaseAuditTrail, AutoCloseable {

  /** The statuses {@code UpdateCaseStatus} accepts (the API's {@code SelfManagedCaseStatus}). */
  private static final Set<LifecycleStatus> SELF_MANAGED_TARGETS =
      EnumSet.of(
          LifecycleStatus.SUBMITTED,
          LifecycleStatus.DETECTION_AND_ANALYSIS,
          LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY,
          LifecycleStatus.POST_INCIDENT_ACTIVITIES);

  /** Pages are 25 items at most; this bounds a listing at 25,000 items. */
  private static final int MAX_PAGES = 1000;

  private final SecurityIrConnection connection;
  private final RetryingCaller caller;
  private final FailureTranslator translator;
  private final AwsCaseDetailsGateway details;
  private final AwsMembershipGateway memberships;

  /**
   * @param connection the client to call; the gateway owns it from now on and closes it
   * @param caller runs each call with retries within the deadline
   * @param translator words the responses this gateway cannot use
   */
  AwsCaseGateway(
      SecurityIrConnection connection, RetryingCaller caller, FailureTranslator translator) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.caller = Objects.requireNonNull(caller, "caller");
    this.translator = Objects.requireNonNull(translator, "translator");
    this.details = new AwsCaseDetailsGateway(connection, caller, translator);
    this.memberships = new AwsMembershipGateway(connection, caller, translator);
  }

  /**
   * The case's content and comments ({@code CreateCase}, {@code UpdateCase}, tags, ...) over this
   * gateway's client, retries and limit of attempts in flight; closed with this gateway.
   */
  public CaseDetailsGateway details() {
    return details;
  }

  /**
   * The account's membership ({@code CreateMembership}, {@code UpdateMembership}, tags, ...) over
   * this gateway's client, retries and limit of attempts in flight; closed with this gateway.
   */
  public MembershipGateway memberships() {
    return memberships;
  }

  /**
   * Builds the gateway of {@code config}, with real time between attempts.
   *
   * @return the ready gateway, or every problem found; never throws for bad configuration
   */
  public static GatewayOpening open(GatewayConfig config) {
    return open(config, Clock.systemUTC(), Sleeper.system());
  }

  /** As {@link #open(GatewayConfig)}, with the clock and sleeper used between attempts. */
  public static GatewayOpening open(GatewayConfig config, Clock clock, Sleeper sleeper) {
    ClientOpener.Opening opening = ClientOpener.open(config);
    if (opening instanceof ClientOpener.Opening.Refused refused) {
      return new GatewayOpening.Refused(refused.problems());
    }
    SecurityIrConnection connection = ((ClientOpener.Opening.Opened) opening).connection();
    FailureTranslator translator = FailureTranslator.redacting(config);
    RetryingCaller caller =
        new RetryingCaller(
            RetryPolicy.withMaxAttempts(config.maxAttempts()),
            clock,
            sleeper,
            () -> ThreadLocalRandom.current().nextDouble(),
            translator,
            new AdaptiveLimit(config.maxConcurrency()));
    return new GatewayOpening.Ready(new AwsCaseGateway(connection, caller, translator));
  }

  /**
   * How many attempts this gateway allowed in flight at once, and how far throttling brought that
   * down (see {@link AdaptiveLimit}).
   */
  public AdaptiveLimit.Snapshot concurrency() {
    return caller.concurrency();
  }

  /** The region this gateway's client calls, e.g. {@code us-east-1}. */
  public String region() {
    return connection.region();
  }

  /** The endpoint this gateway's client calls (user info redacted). */
  public String endpoint() {
    return connection.endpoint();
  }

  @Override
  public CaseSnapshot read(CaseId caseId, Deadline deadline) {
    Call call = call("GetCase", caseId);
    GetCaseResponse response =
        caller.read(
            call,
            deadline,
            override ->
                client()
                    .getCase(
                        GetCaseRequest.builder()
                            .caseId(caseId.value())
                            .overrideConfiguration(override)
                            .build()));
    return new CaseSnapshot(
        caseId,
        status(call, response.caseStatusAsString()),
        resolverType(call, response.resolverTypeAsString()),
        Objects.requireNonNullElse(response.title(), ""),
        Objects.requireNonNullElse(response.caseArn(), ""),
        Optional.ofNullable(response.lastUpdatedDate()));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Pages hold up to 25 cases. An item that lacks its status or resolver type (both optional in
   * the model) is completed with a {@code GetCase} read, so every snapshot returned is complete.
   */
  @Override
  public CasePage listCases(Optional<String> nextToken, Deadline deadline) {
    Call call = new Call("ListCases", Optional.empty(), connection.region(), connection.endpoint());
    ListCasesResponse page =
        caller.read(
            call,
            deadline,
            override ->
                client()
                    .listCases(
                        ListCasesRequest.builder()
                            .maxResults(25)
                            .nextToken(nextToken.orElse(null))
                            .overrideConfiguration(override)
                            .build()));
    List<CaseSnapshot> cases = new ArrayList<>();
    for (ListCasesItem item : page.items()) {
      if (item.caseId() == null) {
        throw translator.unexpected(call, "a case without a caseId");
      }
      if (!(CaseId.parse(item.caseId()) instanceof Parsed.Success<CaseId> parsed)) {
        throw translator.unexpected(
            call, "a case id this client does not know: '" + OneLine.message(item.caseId()) + "'");
      }
      CaseId caseId = parsed.value();
      if (item.caseStatusAsString() == null || item.resolverTypeAsString() == null) {
        cases.add(read(caseId, deadline));
        continue;
      }
      cases.add(
          new CaseSnapshot(
              caseId,
              status(call, item.caseStatusAsString()),
              resolverType(call, item.resolverTypeAsString()),
              Objects.requireNonNullElse(item.title(), ""),
              Objects.requireNonNullElse(item.caseArn(), ""),
              Optional.ofNullable(item.lastUpdatedDate())));
    }
    String next = page.nextToken();
    return new CasePage(
        cases, next == null || next.isEmpty() ? Optional.empty() : Optional.of(next));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Every attempt carries the caller's {@code clientToken}, so a retry after a lost answer adds
   * no second comment. The body is never part of a message.
   */
  @Override
  public String addComment(CaseId caseId, String body, String clientToken, Deadline deadline) {
    Call call = call("CreateCaseComment", caseId);
    CreateCaseCommentResponse response =
        caller.move(
            call,
            deadline,
            override ->
                client()
                    .createCaseComment(
                        CreateCaseCommentRequest.builder()
                            .caseId(caseId.value())
                            .body(body)
                            .clientToken(clientToken)
                            .overrideConfiguration(override)
                            .build()));
    if (response.commentId() == null) {
      throw translator.unexpected(call, "no commentId");
    }
    return response.commentId();
  }

  /**
   * {@inheritDoc}
   *
   * <p>When the service's answer carries no status, the requested one is returned: a successful
   * answer means the move was made.
   *
   * @throws IllegalArgumentException when {@code target} is not one UpdateCaseStatus accepts
   *     (Closed goes through {@link #close}; Acknowledged and Ready to Close are set only by the
   *     service): the planner never asks for that
   */
  @Override
  public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus target, Deadline deadline) {
    if (!SELF_MANAGED_TARGETS.contains(target)) {
      throw new IllegalArgumentException(
          "UpdateCaseStatus cannot set '"
              + target.wireName()
              + "'; use close() for Closed, and Acknowledged or Ready to Close are set only by the"
              + " service");
    }
    Call call = call("UpdateCaseStatus", caseId);
    UpdateCaseStatusResponse response =
        caller.move(
            call,
            deadline,
            override ->
                client()
                    .updateCaseStatus(
                        UpdateCaseStatusRequest.builder()
                            .caseId(caseId.value())
                            .caseStatus(target.wireName())
                            .overrideConfiguration(override)
                            .build()));
    String reported = response.caseStatusAsString();
    return reported == null ? target : status(call, reported);
  }

  /**
   * {@inheritDoc}
   *
   * <p>When the service's answer carries no status, Closed is returned: the API documents that a
   * successful CloseCase answers Closed.
   */
  @Override
  public LifecycleStatus close(CaseId caseId, Deadline deadline) {
    Call call = call("CloseCase", caseId);
    CloseCaseResponse response =
        caller.move(
            call,
            deadline,
            override ->
                client()
                    .closeCase(
                        CloseCaseRequest.builder()
                            .caseId(caseId.value())
                            .overrideConfiguration(override)
                            .build()));
    String reported = response.caseStatusAsString();
    return reported == null ? LifecycleStatus.CLOSED : status(call, reported);
  }

  @Override
  public List<CaseEdit> edits(CaseId caseId, Deadline deadline) {
    Call call = call("ListCaseEdits", caseId);
    List<CaseEdit> edits = new ArrayList<>();
    paginate(
        call,
        token -> {
          ListCaseEditsResponse page =
              caller.read(
                  call,
                  deadline,
                  override ->
                      client()
                          .listCaseEdits(
                              ListCaseEditsRequest.builder()
                                  .caseId(caseId.value())
                                  .maxResults(25)
                                  .nextToken(token)
                                  .overrideConfiguration(override)
                                  .build()));
          for (CaseEditItem item : page.items()) {
            if (item.eventTimestamp() == null) {
              throw translator.unexpected(call, "an edit without an eventTimestamp");
            }
            edits.add(
                new CaseEdit(
                    item.eventTimestamp(),
                    Objects.requireNonNullElse(item.principal(), ""),
                    Objects.requireNonNullElse(item.action(), ""),
                    Objects.requireNonNullElse(item.message(), "")));
          }
          return page.nextToken();
        });
    return List.copyOf(edits);
  }

  /** Calls {@code page} with null, then with each next token, until none is returned. */
  private void paginate(Call call, Function<String, String> page) {
    Set<String> seen = new HashSet<>();
    String token = null;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      token = page.apply(token);
      if (token == null || token.isEmpty()) {
        return;
      }
      if (!seen.add(token)) {
        throw translator.unexpected(call, "a next-page token it had already returned");
      }
    }
    throw translator.unexpected(call, "more than " + MAX_PAGES + " pages");
  }

  private LifecycleStatus status(Call call, String raw) {
    return LifecycleStatus.fromWireName(raw)
        .orElseThrow(
            () ->
                translator.unexpected(
                    call,
                    raw == null
                        ? "no case status"
                        : "a case status this client does not know: '"
                            + OneLine.message(raw)
                            + "'"));
  }

  private ResolverType resolverType(Call call, String raw) {
    return ResolverType.fromWireName(raw)
        .orElseThrow(
            () ->
                translator.unexpected(
                    call,
                    raw == null
                        ? "no resolver type"
                        : "a resolver type this client does not know: '"
                            + OneLine.message(raw)
                            + "'"));
  }

  private Call call(String operation, CaseId caseId) {
    return new Call(operation, caseId, connection.region(), connection.endpoint());
  }

  private SecurityIrClient client() {
    return connection.client();
  }

  /** Closes the SDK client and the credential providers made for it. Idempotent. */
  @Override
  public void close() {
    connection.close();
  }

  @Override
  public String toString() {
    return "AwsCaseGateway[region=" + region() + ", endpoint=" + endpoint() + "]";
  }
}
