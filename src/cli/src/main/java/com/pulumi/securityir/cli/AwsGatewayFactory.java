package com.pulumi.securityir.cli;

import com.pulumi.securityir.gateway.AwsCaseGateway;
import com.pulumi.securityir.gateway.GatewayConfig;
import com.pulumi.securityir.gateway.GatewayOpening;
import java.util.Optional;

/** The CLI's case service in production: AWS Security Incident Response. Thread-safe. */
final class AwsGatewayFactory implements GatewayFactory {

  @Override
  public Opening open(GatewayConfig config) {
    GatewayOpening opening = AwsCaseGateway.open(config);
    if (opening instanceof GatewayOpening.Refused refused) {
      return new Opening.Refused(refused.problems());
    }
    AwsCaseGateway gateway = ((GatewayOpening.Ready) opening).gateway();
    return new Opening.Opened(
        new OpenGateway(
            gateway,
            gateway,
            gateway.endpoint(),
            gateway.region(),
            () -> Optional.of(gateway.concurrency()),
            gateway::close));
  }
}
