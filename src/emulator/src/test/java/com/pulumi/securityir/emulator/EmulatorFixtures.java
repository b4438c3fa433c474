package com.pulumi.securityir.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.CreateCaseRequest;
import software.amazon.awssdk.services.securityir.model.EngagementType;
import software.amazon.awssdk.services.securityir.model.ResolverType;
import software.amazon.awssdk.services.securityir.model.Watcher;

/**
 * Shared test plumbing: the real SDK client against an emulator, and raw HTTP with a SigV4-looking
 * header.
 */
final class EmulatorFixtures {

  static final String FAKE_SIGV4 =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/security-ir/aws4_request, "
          + "SignedHeaders=host;x-amz-date, Signature=0123456789abcdef";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private EmulatorFixtures() {}

  /** The unchanged SDK client, retries off, pointed at the emulator. */
  static SecurityIrClient client(SecurityIrEmulator emulator) {
    return client(
        emulator,
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
  }

  static SecurityIrClient client(SecurityIrEmulator emulator, AwsCredentialsProvider credentials) {
    return client(emulator, credentials, Region.US_EAST_1);
  }

  /** The unchanged SDK client, retries off, signing for {@code region}. */
  static SecurityIrClient client(SecurityIrEmulator emulator, Region region) {
    return client(
        emulator,
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
        region);
  }

  private static SecurityIrClient client(
      SecurityIrEmulator emulator, AwsCredentialsProvider credentials, Region region) {
    return SecurityIrClient.builder()
        .endpointOverride(emulator.endpoint())
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(10)).build())
        .overrideConfiguration(
            o ->
                o.retryStrategy(AwsRetryStrategy.doNotRetry())
                    .apiCallTimeout(Duration.ofSeconds(20)))
        .build();
  }

  /** A complete, valid CreateCase request for a case worked by {@code resolver}. */
  static CreateCaseRequest createRequest(ResolverType resolver) {
    return CreateCaseRequest.builder()
        .resolverType(resolver)
        .title("Suspicious console logins")
        .description("Multiple failed console logins from an unknown network")
        .engagementType(EngagementType.SECURITY_INCIDENT)
        .reportedIncidentStartDate(Instant.parse("2025-01-02T03:04:05.678Z"))
        .impactedAccounts(List.of("111122223333"))
        .watchers(List.of(Watcher.builder().email("responder@example.com").name("Ana").build()))
        .build();
  }

  /** Sends a raw request; {@code auth} null means no Authorization header. */
  static HttpResponse<String> raw(
      SecurityIrEmulator emulator, String method, String pathAndQuery, String body, String auth)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(emulator.endpoint() + pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A signed-looking raw request. */
  static HttpResponse<String> signed(
      SecurityIrEmulator emulator, String method, String pathAndQuery, String body)
      throws IOException, InterruptedException {
    return raw(emulator, method, pathAndQuery, body, FAKE_SIGV4);
  }

  static String seed(SecurityIrEmulator emulator, CaseState status, Resolver resolver) {
    return emulator
        .control()
        .seedCase(SeedCase.of(null, "Seeded case", status, resolver))
        .orElseThrow();
  }
}
