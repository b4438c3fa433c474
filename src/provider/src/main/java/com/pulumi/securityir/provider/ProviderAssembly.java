package com.pulumi.securityir.provider;

import com.pulumi.securityir.provider.casecomment.CaseCommentHandler;
import com.pulumi.securityir.provider.casestatus.CaseStatusHandler;
import com.pulumi.securityir.provider.config.ProviderConfig;
import com.pulumi.securityir.provider.config.ServicesFactory;
import com.pulumi.securityir.provider.membership.MembershipHandler;
import com.pulumi.securityir.provider.resource.EngineLog;
import com.pulumi.securityir.provider.resource.ResourceHandler;
import com.pulumi.securityir.provider.securitycase.CaseHandler;
import com.pulumi.securityir.provider.server.CancelSwitch;
import com.pulumi.securityir.provider.server.ProviderServer;
import com.pulumi.securityir.provider.server.ResourceRegistry;
import com.pulumi.securityir.provider.services.Services;
import java.time.Clock;
import java.util.List;

/**
 * Puts the provider together: its configuration, the one list of resource types it offers, and the
 * server over them. The plugin and the in-process tests build it the same way.
 */
public final class ProviderAssembly {

  private ProviderAssembly() {}

  /** The resource handlers, one per type token; a new resource is one more entry here. */
  static List<ResourceHandler<?, ?>> handlers(
      Services services, EngineLog log, CancelSwitch cancel) {
    return List.of(
        new CaseStatusHandler(services, log, cancel),
        new CaseHandler(services, log, cancel),
        new CaseCommentHandler(services, log),
        new MembershipHandler(services, log));
  }

  /**
   * The server the engine talks to.
   *
   * @param factory builds the services once Configure has run
   * @param log messages for the person running Pulumi
   * @param clock turns each request's timeout into a deadline
   * @param onCancel run after {@code Cancel} is answered
   */
  public static ProviderServer server(
      ServicesFactory factory, EngineLog log, Clock clock, Runnable onCancel) {
    ProviderConfig config = new ProviderConfig(factory);
    CancelSwitch cancel = new CancelSwitch();
    return new ProviderServer(
        config, new ResourceRegistry(handlers(config, log, cancel), clock), cancel, onCancel);
  }
}
