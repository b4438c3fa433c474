package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.EmulatorFixtures.client;
import static com.pulumi.securityir.emulator.EmulatorFixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.CaseStatus;
import software.amazon.awssdk.services.securityir.model.ConflictException;
import software.amazon.awssdk.services.securityir.model.ResolverType;
import software.amazon.awssdk.services.securityir.model.SecurityIrException;
import software.amazon.awssdk.services.securityir.model.ValidationException;

/**
 * The emulator enforces the published lifecycle on its own: every one of the 7x7 UpdateCaseStatus
 * pairs on both graphs, Closed as terminal, AWS-supported rules and the one-way resolver change.
 * The expected table ({@link DocumentedLifecycle}) is written from the API reference, independently
 * of the emulator's table.
 */
class EmulatorLifecycleTest {

  private static final String DA = DocumentedLifecycle.DA;
  private static final String CER = DocumentedLifecycle.CER;
  private static final List<String> ALL = DocumentedLifecycle.ALL;
  private static final List<String> SELF_MANAGED_INPUTS = DocumentedLifecycle.SELF_MANAGED_INPUTS;

  private static SecurityIrEmulator documented;
  private static SecurityIrEmulator extended;
  private static SecurityIrClient documentedClient;
  private static SecurityIrClient extendedClient;

  @BeforeAll
  static void start() throws Exception {
    documented = SecurityIrEmulator.start(EmulatorOptions.defaults());
    extended =
        SecurityIrEmulator.start(
            EmulatorOptions.defaults().withTransitionGraph(TransitionRules.EXTENDED));
    documentedClient = client(documented);
    extendedClient = client(extended);
  }

  @AfterAll
  static void stop() {
    documentedClient.close();
    extendedClient.close();
    documented.close();
    extended.close();
  }

  static Stream<Arguments> everyPairOnBothGraphs() {
    List<Arguments> args = new ArrayList<>();
    for (String graph : List.of("documented", "extended")) {
      for (String from : ALL) {
        for (String to : ALL) {
          args.add(Arguments.of(graph, from, to));
        }
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("everyPairOnBothGraphs")
  void updateCaseStatusAcceptsExactlyThePublishedMoves(String graph, String from, String to) {
    boolean ext = graph.equals("extended");
    SecurityIrEmulator emu = ext ? extended : documented;
    SecurityIrClient sir = ext ? extendedClient : documentedClient;
    String id = seed(emu, CaseState.fromWire(from).orElseThrow(), Resolver.SELF);
    boolean legal = DocumentedLifecycle.allows(graph, from, to);

    if (!SELF_MANAGED_INPUTS.contains(to)) {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> sir.updateCaseStatus(b -> b.caseId(id).caseStatus(to)));
      assertEquals("caseStatus", e.fieldList().get(0).name());
    } else if (legal) {
      var r = sir.updateCaseStatus(b -> b.caseId(id).caseStatus(to));
      assertEquals(201, r.sdkHttpResponse().statusCode());
      assertEquals(to, r.caseStatusAsString());
      assertEquals(to, sir.getCase(b -> b.caseId(id)).caseStatusAsString());
    } else {
      ConflictException e =
          assertThrows(
              ConflictException.class,
              () -> sir.updateCaseStatus(b -> b.caseId(id).caseStatus(to)));
      assertEquals(id, e.resourceId());
      assertEquals("case", e.resourceType());
      assertEquals(from, sir.getCase(b -> b.caseId(id)).caseStatusAsString());
    }
  }

  @ParameterizedTest
  @EnumSource(value = CaseState.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
  void closeCaseWorksFromEveryOpenStatusForBothResolvers(CaseState from) {
    for (Resolver resolver : Resolver.values()) {
      String id = seed(documented, from, resolver);
      var r = documentedClient.closeCase(b -> b.caseId(id));
      assertEquals(CaseStatus.CLOSED, r.caseStatus());
      assertEquals(r.closedDate(), documentedClient.getCase(b -> b.caseId(id)).closedDate());
    }
  }

  @ParameterizedTest
  @EnumSource(value = CaseState.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
  void awsSupportedCasesRefuseUpdateCaseStatus(CaseState from) {
    String id = seed(documented, from, Resolver.AWS);
    for (String to : SELF_MANAGED_INPUTS) {
      ConflictException e =
          assertThrows(
              ConflictException.class,
              () -> documentedClient.updateCaseStatus(b -> b.caseId(id).caseStatus(to)));
      assertTrue(e.awsErrorDetails().errorMessage().contains("AWS-supported"));
    }
    assertEquals(from.wire(), documentedClient.getCase(b -> b.caseId(id)).caseStatusAsString());
  }

  @Test
  void refusesEveryChangeToAClosedCase() {
    String id = seed(documented, CaseState.CLOSED, Resolver.SELF);
    List<Consumer<SecurityIrClient>> changes =
        Arrays.asList(
            c -> c.closeCase(b -> b.caseId(id)),
            c -> c.updateCaseStatus(b -> b.caseId(id).caseStatus(DA)),
            c -> c.updateCase(b -> b.caseId(id).title("Reopen me")),
            c -> c.updateResolverType(b -> b.caseId(id).resolverType(ResolverType.AWS)),
            c -> c.createCaseComment(b -> b.caseId(id).body("Anyone there?")));
    for (Consumer<SecurityIrClient> change : changes) {
      SecurityIrException e =
          assertThrows(SecurityIrException.class, () -> change.accept(documentedClient));
      assertInstanceOf(ConflictException.class, e);
    }
    assertEquals(CaseStatus.CLOSED, documentedClient.getCase(b -> b.caseId(id)).caseStatus());
    assertEquals(
        409,
        documented.control().moveCase(id, CaseState.DETECTION_AND_ANALYSIS)
                instanceof ControlResult.Rejected<CaseState> r
            ? r.httpStatus()
            : 0);
  }

  @Test
  void resolverTypeChangeIsOneWaySelfToAws() {
    String id = seed(documented, CaseState.DETECTION_AND_ANALYSIS, Resolver.SELF);
    var r = documentedClient.updateResolverType(b -> b.caseId(id).resolverType(ResolverType.AWS));
    assertEquals(ResolverType.AWS, r.resolverType());
    assertEquals(CaseStatus.DETECTION_AND_ANALYSIS, r.caseStatus());
    ConflictException back =
        assertThrows(
            ConflictException.class,
            () ->
                documentedClient.updateResolverType(
                    b -> b.caseId(id).resolverType(ResolverType.SELF)));
    assertEquals(id, back.resourceId());
    assertEquals(ResolverType.AWS, documentedClient.getCase(b -> b.caseId(id)).resolverType());
    assertThrows(
        ConflictException.class,
        () -> documentedClient.updateCaseStatus(b -> b.caseId(id).caseStatus(CER)));
  }

  @Test
  void responderMovesThroughTheControlPlaneAreAudited() {
    String id = seed(documented, CaseState.SUBMITTED, Resolver.AWS);
    documented.control().moveCase(id, CaseState.ACKNOWLEDGED).orElseThrow();
    documented.control().moveCase(id, CaseState.READY_TO_CLOSE).orElseThrow();
    var edits = documentedClient.listCaseEdits(b -> b.caseId(id)).items();
    assertEquals(3, edits.size());
    assertEquals("AWS Responder", edits.get(2).principal());
    assertTrue(edits.get(2).message().contains("Ready to Close"));
    assertEquals(
        CaseStatus.READY_TO_CLOSE, documentedClient.getCase(b -> b.caseId(id)).caseStatus());
  }
}
