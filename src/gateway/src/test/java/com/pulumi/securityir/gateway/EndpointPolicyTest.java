package com.pulumi.securityir.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://security-ir.us-east-1.api.aws",
        "https://x",
        "https://example.com:8443/base",
        "HTTPS://EXAMPLE.COM",
        "http://127.0.0.1:1234",
        "http://127.9.9.9",
        "http://127.255.255.255:80",
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://[::1]:80",
        "http://[0:0:0:0:0:0:0:1]:9000",
      })
  void acceptsHttpsAnywhereAndHttpOnLoopback(String endpoint) {
    assertEquals(Optional.empty(), EndpointPolicy.check("endpoint", endpoint));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://example.com|http:// is allowed only for loopback",
        "http://10.0.0.1|http:// is allowed only for loopback",
        "http://127.0.0.1.evil.com|http:// is allowed only for loopback",
        "http://localhost.evil.com:80|http:// is allowed only for loopback",
        "http://128.0.0.1|http:// is allowed only for loopback",
        "http://127.0.0.256|no valid host",
        "http://[::2]|http:// is allowed only for loopback",
        "http://0x7f000001|http:// is allowed only for loopback",
        "ftp://127.0.0.1/x|must start with https://",
        "security-ir.us-east-1.api.aws|must start with https://",
        "https://exa mple.com|not a valid URL",
        "https://|not a valid URL",
        "https://under_score:443|no valid host",
        "https://example.com/?a=b|remove the '?' query",
      })
  void refusesEverythingElseWithTheValueAndTheFix(String endpoint, String fixFragment) {
    ConfigProblem problem = EndpointPolicy.check("endpoint", endpoint).orElseThrow();
    assertEquals("endpoint", problem.field());
    assertEquals(endpoint, problem.value());
    assertTrue(problem.fix().contains(fixFragment), problem.fix());
  }

  @Test
  void refusesAnEmptyEndpointWithAHint() {
    ConfigProblem problem = EndpointPolicy.check("--endpoint", " ").orElseThrow();
    assertEquals("--endpoint", problem.field());
    assertTrue(problem.fix().contains("leave it unset"), problem.fix());
  }

  @Test
  void refusesUserInfoWithoutQuotingIt() {
    ConfigProblem problem =
        EndpointPolicy.check("endpoint", "https://AKIAUSER:canary-password@example.com")
            .orElseThrow();
    assertFalse(problem.value().contains("canary-password"), problem.value());
    assertFalse(problem.describe().contains("canary-password"), problem.describe());
    assertTrue(problem.value().contains("(redacted)@example.com"), problem.value());
  }

  @Test
  void treatsOnlyLiteralLoopbackAddressesAsLoopback() {
    assertTrue(EndpointPolicy.isLoopbackHost("127.0.0.1"));
    assertTrue(EndpointPolicy.isLoopbackHost("[::1]"));
    assertFalse(EndpointPolicy.isLoopbackHost("localhost.localdomain"));
    assertFalse(EndpointPolicy.isLoopbackHost("::1"));
    assertFalse(EndpointPolicy.isLoopbackHost(null));
  }
}
