package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.gateway.FailureTranslator.Attempts;
import com.pulumi.securityir.gateway.FailureTranslator.Call;
import com.pulumi.securityir.gateway.RetryPolicy.Decision;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.SecurityIrClientBuilder;
import software.amazon.awssdk.services.securityir.model.CaseEditItem;
import software.amazon.awssdk.services.securityir.model.CloseCaseRequest;
import software.amazon.awssdk.services.securityir.model.CloseCaseResponse;
import software.amazon.awssdk.services.securityir.model.GetCaseRequest;
import software.amazon.awssdk.services.securityir.model.GetCaseResponse;
import software.amazon.awssdk.services.securityir.model.ListCaseEditsRequest;
import software.amazon.awssdk.services.securityir.model.ListCaseEditsResponse;
import software.amazon.awssdk.services.securityir.model.ListCasesItem;
import software.amazon.awssdk.services.securityir.model.ListCasesRequest;
import software.amazon.awssdk.services.securityir.model.ListCasesResponse;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusRequest;
import software.amazon.awssdk.services.securityir.model.UpdateCaseStatusResponse;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The production {@link CaseGateway}: AWS Security Incident Response through one {@link
 * SecurityIrClient}, plus the read-only {@link CaseAuditTrail} and {@link CaseDirectory}.
 *
 * <p>Thread-safe: the one client is built once per configuration and shared by all calls. Each call
 * is sent once from the caller's view; throttling, service failures and I/O failures are retried
 * here according to a {@link RetryPolicy} (the SDK's own retries are off, so that waits never run
 * past the caller's {@link Deadline} and messages can say how many attempts were made). A read
 * attempt carries the time left as its SDK {@code apiCallTimeout}; a mutating attempt, once sent,
 * is let finish (bounded by the socket timeout), so that a deadline never leaves a move's outcome
 * unknown; no attempt of either kind starts after the deadline. Every failure becomes a {@link
 * CaseGatewayException} whose message never contains the secret key, session token, Authorization
 * header or case title. {@link #close()} closes the client and the credential providers this
 * gateway created.
 */
public final class AwsCaseGateway
    implements CaseGateway, CaseAuditTrail, CaseDirectory, AutoCloseable {

  /** The statuses {@code UpdateCaseStatus} accepts (the API's {@code SelfManagedCaseStatus}). */
  private static final Set<LifecycleStatus> SELF_MANAGED_TARGETS =
      EnumSet.of(
          LifecycleStatus.SUBMITTED,
          LifecycleStatus.DETECTION_AND_ANALYSIS,
          LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY,
          LifecycleStatus.POST_INCIDENT_ACTIVITIES);

  /** Pages are 25 items at most; this bounds a listing at 25,000 items. */
  private static final int MAX_PAGES = 1000;

  private static final String RESOLVED_ENDPOINT_FIELD =
      "endpoint (from AWS_ENDPOINT_URL_SECURITY_IR, AWS_ENDPOINT_URL, aws.endpointUrl* or the"
          + " profile's endpoint_url)";

  private final SecurityIrClient client;
  private final List<SdkAutoCloseable> ownedResources;
  private final String region;
  private final String endpoint;
  private final RetryPolicy retryPolicy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final FailureTranslator translator;

  /**
   * Wraps a client built elsewhere (tests, or callers with special needs). The gateway owns the
   * client from now on and closes it in {@link #close()}; the client's own retries should be off.
   *
   * @param region the client's region, named in messages
   * @param endpoint the endpoint the client talks to, named in messages
   */
  public AwsCaseGateway(
      SecurityIrClient client,
      String region,
      String endpoint,
      RetryPolicy retryPolicy,
      Clock clock,
      Sleeper sleeper) {
    this(
        client,
        List.of(),
        region,
        endpoint,
        retryPolicy,
        clock,
        sleeper,
        () -> ThreadLocalRandom.current().nextDouble(),
        List.of());
  }

  AwsCaseGateway(
      SecurityIrClient client,
      List<SdkAutoCloseable> ownedResources,
      String region,
      String endpoint,
      RetryPolicy retryPolicy,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter,
      List<String> secrets) {
    this.client = Objects.requireNonNull(client, "client");
    this.ownedResources = List.copyOf(ownedResources);
    this.region = Objects.requireNonNull(region, "region");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    this.translator = new FailureTranslator(secrets);
  }

  /**
   * Builds the one SDK client of {@code config}: URLConnection HTTP client, {@code
   * DefaultsMode.LEGACY}, explicit region and credentials when given (so no instance-metadata
   * lookup happens then), SDK retries off. Unset values come from the SDK's usual sources; an
   * endpoint found there must pass {@link EndpointPolicy} too.
   *
   * @return the ready gateway, or every problem found; never throws for bad configuration
   */
  public static GatewayOpening open(GatewayConfig config) {
    return open(config, Clock.systemUTC(), Sleeper.system());
  }

  /** As {@link #open(GatewayConfig)}, with the clock and sleeper used between attempts. */
  public static GatewayOpening open(GatewayConfig config, Clock clock, Sleeper sleeper) {
    List<ConfigProblem> problems = config.validate();
    if (!problems.isEmpty()) {
      return new GatewayOpening.Refused(problems);
    }
    List<SdkAutoCloseable> owned = new ArrayList<>();
    SecurityIrClientBuilder builder =
        SecurityIrClient.builder()
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(30)))
            .defaultsMode(DefaultsMode.LEGACY)
            .credentialsProvider(credentials(config, owned))
            .overrideConfiguration(
                o -> {
                  o.retryStrategy(AwsRetryStrategy.doNotRetry());
                  config.profile().ifPresent(o::defaultProfileName);
                });
    config.endpoint().ifPresent(e -> builder.endpointOverride(URI.create(e.strip())));
    SecurityIrClient client;
    try {
      if (config.region().isPresent()) {
        builder.region(Region.of(config.region().get()));
      } else if (config.profile().isPresent()) {
        builder.region(
            DefaultAwsRegionProviderChain.builder()
                .profileName(config.profile().get())
                .build()
                .getRegion());
      }
      client = builder.build();
    } catch (SdkClientException e) {
      closeQuietly(owned);
      if (config.region().isEmpty()
          && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("region")) {
        return new GatewayOpening.Refused(
            List.of(
                new ConfigProblem(
                    "region",
                    "(not set)",
                    "no region found in the configuration, AWS_REGION or the profile; set the"
                        + " region, e.g. us-east-1")));
      }
      throw e;
    }
    Optional<URI> resolved = client.serviceClientConfiguration().endpointOverride();
    if (config.endpoint().isEmpty() && resolved.isPresent()) {
      Optional<ConfigProblem> refused =
          EndpointPolicy.check(RESOLVED_ENDPOINT_FIELD, resolved.get().toString());
      if (refused.isPresent()) {
        client.close();
        closeQuietly(owned);
        return new GatewayOpening.Refused(List.of(refused.get()));
      }
    }
    String regionId = client.serviceClientConfiguration().region().id();
    String endpointText =
        resolved
            .map(uri -> EndpointPolicy.printable(uri.toString()))
            .orElse("https://security-ir." + regionId + ".api.aws");
    List<String> secrets = new ArrayList<>();
    config.secretAccessKey().ifPresent(s -> secrets.add(s.reveal()));
    config.sessionToken().ifPresent(s -> secrets.add(s.reveal()));
    return new GatewayOpening.Ready(
        new AwsCaseGateway(
            client,
            owned,
            regionId,
            endpointText,
            RetryPolicy.withMaxAttempts(config.maxAttempts()),
            clock,
            sleeper,
            () -> ThreadLocalRandom.current().nextDouble(),
            secrets));
  }

  private static AwsCredentialsProvider credentials(
      GatewayConfig config, List<SdkAutoCloseable> owned) {
    if (config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()) {
      String id = config.accessKeyId().get();
      String secret = config.secretAccessKey().get().reveal();
      return StaticCredentialsProvider.create(
          config.sessionToken().isPresent()
              ? AwsSessionCredentials.create(id, secret, config.sessionToken().get().reveal())
              : AwsBasicCredentials.create(id, secret));
    }
    if (config.profile().isPresent()) {
      ProfileCredentialsProvider profile =
          ProfileCredentialsProvider.builder().profileName(config.profile().get()).build();
      owned.add(profile);
      return profile;
    }
    DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
    owned.add(chain);
    return chain;
  }

  /** The region this gateway's client calls, e.g. {@code us-east-1}. */
  public String region() {
    return region;
  }

  /** The endpoint this gateway's client calls (user info redacted). */
  public String endpoint() {
    return endpoint;
  }

  @Override
  public CaseSnapshot read(CaseId caseId, Deadline deadline) {
    Call call = call("GetCase", Optional.of(caseId));
    GetCaseResponse response =
        execute(
            call,
            deadline,
            override ->
                client.getCase(
                    GetCaseRequest.builder()
                        .caseId(caseId.value())
                        .overrideConfiguration(override)
                        .build()));
    return new CaseSnapshot(
        caseId,
        status(call, response.caseStatusAsString()),
        resolverType(call, response.resolverTypeAsString()),
        Objects.requireNonNullElse(response.title(), ""),
        Objects.requireNonNullElse(response.caseArn(), ""));
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
    Call call = call("UpdateCaseStatus", Optional.of(caseId));
    UpdateCaseStatusResponse response =
        execute(
            call,
            deadline,
            false,
            override ->
                client.updateCaseStatus(
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
    Call call = call("CloseCase", Optional.of(caseId));
    CloseCaseResponse response =
        execute(
            call,
            deadline,
            false,
            override ->
                client.closeCase(
                    CloseCaseRequest.builder()
                        .caseId(caseId.value())
                        .overrideConfiguration(override)
                        .build()));
    String reported = response.caseStatusAsString();
    return reported == null ? LifecycleStatus.CLOSED : status(call, reported);
  }

  @Override
  public List<CaseEdit> edits(CaseId caseId, Deadline deadline) {
    Call call = call("ListCaseEdits", Optional.of(caseId));
    List<CaseEdit> edits = new ArrayList<>();
    paginate(
        call,
        token -> {
          ListCaseEditsResponse page =
              execute(
                  call,
                  deadline,
                  override ->
                      client.listCaseEdits(
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

  @Override
  public List<CaseSnapshot> cases(Deadline deadline) {
    Call call = call("ListCases", Optional.empty());
    List<CaseSnapshot> cases = new ArrayList<>();
    paginate(
        call,
        token -> {
          ListCasesResponse page =
              execute(
                  call,
                  deadline,
                  override ->
                      client.listCases(
                          ListCasesRequest.builder()
                              .maxResults(25)
                              .nextToken(token)
                              .overrideConfiguration(override)
                              .build()));
          for (ListCasesItem item : page.items()) {
            cases.add(snapshot(call, item));
          }
          return page.nextToken();
        });
    return List.copyOf(cases);
  }

  private CaseSnapshot snapshot(Call call, ListCasesItem item) {
    Parsed<CaseId> id = CaseId.parse(item.caseId());
    if (!(id instanceof Parsed.Success<CaseId> success)) {
      throw translator.unexpected(
          call, "a case id this client does not understand ('" + printable(item.caseId()) + "')");
    }
    return new CaseSnapshot(
        success.value(),
        status(call, item.caseStatusAsString()),
        resolverType(call, item.resolverTypeAsString()),
        Objects.requireNonNullElse(item.title(), ""),
        Objects.requireNonNullElse(item.caseArn(), ""));
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

  /** Runs one read-only API call with retries, within the deadline. */
  private <T> T execute(
      Call call, Deadline deadline, Function<AwsRequestOverrideConfiguration, T> attempt) {
    return execute(call, deadline, true, attempt);
  }

  /**
   * Runs one API call with retries, starting no attempt after the deadline.
   *
   * @param cutAtDeadline whether an attempt in flight is abandoned when the deadline passes: true
   *     for reads; false for moves, whose outcome must be learnt, not guessed
   */
  private <T> T execute(
      Call call,
      Deadline deadline,
      boolean cutAtDeadline,
      Function<AwsRequestOverrideConfiguration, T> attempt) {
    Instant start = clock.instant();
    int attempts = 0;
    while (true) {
      Optional<Duration> remaining = deadline.remaining(clock);
      if (remaining.isPresent() && remaining.get().isZero()) {
        throw translator.deadlinePassed(call);
      }
      AwsRequestOverrideConfiguration override =
          remaining
              .filter(left -> cutAtDeadline)
              .map(left -> AwsRequestOverrideConfiguration.builder().apiCallTimeout(left).build())
              .orElse(null);
      attempts++;
      try {
        return attempt.apply(override);
      } catch (SdkException failure) {
        Decision decision =
            retryPolicy.decide(failure, attempts, deadline.remaining(clock), jitter.getAsDouble());
        if (decision instanceof Decision.GiveUp giveUp) {
          throw translator.translate(
              failure,
              call,
              new Attempts(attempts, Duration.between(start, clock.instant()), giveUp.reason()));
        }
        Duration delay = ((Decision.Retry) decision).delay();
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw translator.interrupted(
              failure,
              call,
              new Attempts(
                  attempts,
                  Duration.between(start, clock.instant()),
                  RetryPolicy.GiveUpReason.ATTEMPTS_EXHAUSTED));
        }
      }
    }
  }

  private LifecycleStatus status(Call call, String raw) {
    return LifecycleStatus.fromWireName(raw)
        .orElseThrow(
            () ->
                translator.unexpected(
                    call,
                    raw == null
                        ? "no case status"
                        : "a case status this client does not know: '" + printable(raw) + "'"));
  }

  private ResolverType resolverType(Call call, String raw) {
    return ResolverType.fromWireName(raw)
        .orElseThrow(
            () ->
                translator.unexpected(
                    call,
                    raw == null
                        ? "no resolver type"
                        : "a resolver type this client does not know: '" + printable(raw) + "'"));
  }

  private Call call(String operation, Optional<CaseId> caseId) {
    return new Call(operation, caseId, region, endpoint);
  }

  private static String printable(String raw) {
    return raw == null ? "" : FailureTranslator.oneLine(raw);
  }

  /** Closes the SDK client and the credential providers this gateway created. Idempotent. */
  @Override
  public void close() {
    client.close();
    closeQuietly(ownedResources);
  }

  private static void closeQuietly(List<SdkAutoCloseable> resources) {
    for (SdkAutoCloseable resource : resources) {
      resource.close();
    }
  }

  @Override
  public String toString() {
    return "AwsCaseGateway[region=" + region + ", endpoint=" + endpoint + "]";
  }
}
