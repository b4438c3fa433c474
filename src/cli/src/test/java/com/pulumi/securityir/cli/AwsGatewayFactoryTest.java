package com.pulumi.securityir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.pulumi.securityir.gateway.ConfigProblem;
import com.pulumi.securityir.gateway.GatewayConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AWS factory hands the gateway's own answers to the CLI; opening sends no request. */
class AwsGatewayFactoryTest {

  private final AwsGatewayFactory factory = new AwsGatewayFactory();

  @Test
  void passesTheGatewaysRefusalOnAsData() {
    GatewayFactory.Opening opening =
        factory.open(GatewayConfig.builder().endpoint("http://example.com").maxAttempts(0).build());

    GatewayFactory.Opening.Refused refused =
        assertInstanceOf(GatewayFactory.Opening.Refused.class, opening);
    assertEquals(
        List.of("endpoint", "maxAttempts"),
        refused.problems().stream().map(ConfigProblem::field).toList());
  }

  @Test
  void namesTheEndpointAndRegionItOpened() {
    GatewayFactory.Opening opening =
        factory.open(
            GatewayConfig.builder()
                .endpoint("http://127.0.0.1:9")
                .region("eu-west-1")
                .accessKeyId("AKIAIOSFODNN7EXAMPLE")
                .secretAccessKey("not-a-real-secret")
                .build());

    try (GatewayFactory.OpenGateway open =
        assertInstanceOf(GatewayFactory.Opening.Opened.class, opening).gateway()) {
      assertEquals("http://127.0.0.1:9, region eu-west-1", open.target());
    }
  }
}
