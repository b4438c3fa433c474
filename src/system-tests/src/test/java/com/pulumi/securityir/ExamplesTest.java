package com.pulumi.securityir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.cases.CasesFileLoad;
import com.pulumi.securityir.cases.CasesFileLoader;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files users start from: the sample cases file, the project file and the examples. (The Java
 * example is built as a user builds it, against the installed SDK, by {@code
 * sdk.JavaExampleDependenciesIT}.)
 */
class ExamplesTest {

  /** Surefire runs in the project directory. */
  private static final Path ROOT = Path.of("").toAbsolutePath();

  private static final Path SCHEMA = ROOT.resolve("schema.json");

  /** Inputs of the package's schema; {@link #schemaDeclaresTheSamePropertySets} keeps them true. */
  private static final Map<String, Set<String>> INPUTS =
      Map.of(
          "securityir:index:CaseStatus",
              Set.of("caseId", "status", "closeOnDelete", "note", "comment"),
          "securityir:index:Case",
              Set.of(
                  "title",
                  "description",
                  "engagementType",
                  "reportedIncidentStartDate",
                  "actualIncidentStartDate",
                  "impactedAccounts",
                  "watchers",
                  "threatActorIpAddresses",
                  "impactedServices",
                  "impactedAwsRegions",
                  "resolverType",
                  "tags",
                  "status",
                  "closeOnDelete"),
          "securityir:index:CaseComment", Set.of("caseId", "body"),
          "securityir:index:Membership",
              Set.of(
                  "membershipName",
                  "incidentResponseTeam",
                  "optInFeatures",
                  "coverEntireOrganization",
                  "organizationalUnits",
                  "tags",
                  "cancelOnDelete"),
          "pulumi:providers:securityir",
              Set.of(
                  "region",
                  "profile",
                  "endpoint",
                  "accessKey",
                  "secretKey",
                  "sessionToken",
                  "maxRetries",
                  "transitionGraph"));

  private static Object yaml(Path file) throws IOException {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
  }

  private static CasesFile loaded(Path file) {
    CasesFileLoad load = new CasesFileLoader().load(file);
    if (load instanceof CasesFileLoad.Invalid invalid) {
      throw new AssertionError(invalid.report());
    }
    return ((CasesFileLoad.Loaded) load).file();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cases.yaml", "examples/quickstart/cases.yaml"})
  void sampleCasesFilesLoadWithoutProblems(String file) {
    assertTrue(loaded(ROOT.resolve(file)).cases().size() >= 3);
  }

  @Test
  void rootSampleShowsTheOxfordCommaSpellingIsAccepted() throws IOException {
    assertTrue(Files.readString(ROOT.resolve("cases.yaml")).contains("Eradication, and Recovery"));
    assertTrue(
        loaded(ROOT.resolve("cases.yaml")).cases().stream()
            .anyMatch(c -> c.status() == LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY));
  }

  private record SeedCase(CaseId caseId, LifecycleStatus status, ResolverType resolverType) {}

  private static Map<String, SeedCase> seed() throws IOException {
    List<?> entries =
        assertInstanceOf(List.class, yaml(ROOT.resolve("examples/quickstart/seed.yaml")));
    Map<String, SeedCase> byId = new LinkedHashMap<>();
    for (Object entry : entries) {
      Map<?, ?> fields = assertInstanceOf(Map.class, entry);
      assertTrue(fields.get("title") instanceof String, () -> "no title: " + fields);
      SeedCase seedCase =
          new SeedCase(
              CaseId.parse(assertInstanceOf(String.class, fields.get("caseId"))).orElseThrow(),
              LifecycleStatus.parse(assertInstanceOf(String.class, fields.get("status")))
                  .orElseThrow(),
              ResolverType.fromWireName(String.valueOf(fields.get("resolverType")))
                  .orElseThrow(() -> new AssertionError("resolver type of " + fields)));
      byId.put(seedCase.caseId().value(), seedCase);
    }
    assertEquals(entries.size(), byId.size(), "case ids in the seed must be unique");
    return byId;
  }

  @Test
  void quickstartSeedIsAListOfValidCases() throws IOException {
    assertEquals(5, seed().size());
  }

  @Test
  void quickstartPlansShowAOneStepATwoStepACloseANoOpAndARefusal() throws IOException {
    Map<String, SeedCase> seed = seed();
    Planner planner = new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED));
    Map<String, String> kinds = new LinkedHashMap<>();
    for (CaseDeclaration declared :
        loaded(ROOT.resolve("examples/quickstart/cases.yaml")).cases()) {
      SeedCase live = seed.get(declared.caseId().value());
      assertTrue(live != null, () -> declared.name() + " is not in the seed");
      Plan plan = planner.plan(live.status(), declared.status(), live.resolverType());
      kinds.put(declared.name(), kind(plan));
    }

    assertEquals(
        Map.of(
            "phishing", "one step",
            "credential-stuffing", "two steps",
            "lost-laptop", "close",
            "build-host-malware", "no-op",
            "ransomware-drill", "refusal"),
        kinds);
  }

  private static String kind(Plan plan) {
    if (plan instanceof Plan.Refusal) {
      return "refusal";
    }
    Plan.Path path = (Plan.Path) plan;
    if (path.isNoOp()) {
      return "no-op";
    }
    if (path.steps().size() == 1 && path.steps().get(0).operation() == ApiOperation.CLOSE_CASE) {
      return "close";
    }
    return switch (path.steps().size()) {
      case 1 -> "one step";
      case 2 -> "two steps";
      default -> path.steps().size() + " steps";
    };
  }

  /** The Pulumi YAML examples, each a project directory under {@code examples/}. */
  private static final List<String> YAML_EXAMPLES =
      List.of(
          "examples/yaml/Pulumi.yaml",
          "examples/drill/Pulumi.yaml",
          "examples/membership/Pulumi.yaml");

  @Test
  void theYamlExamplesTogetherUseEveryResourceType() throws IOException {
    Set<String> typesUsed = new TreeSet<>();
    for (String example : YAML_EXAMPLES) {
      typesUsed.addAll(yamlExampleUsesOnlyTheSchemasTypesAndInputProperties(example));
    }
    assertEquals(new TreeSet<>(INPUTS.keySet()), typesUsed);
  }

  @Test
  void theDrillExampleCreatesACaseWithWatchersAndACommentAndClosesItOnDestroy() throws IOException {
    Map<?, ?> resources =
        assertInstanceOf(
            Map.class,
            assertInstanceOf(Map.class, yaml(ROOT.resolve("examples/drill/Pulumi.yaml")))
                .get("resources"));
    Map<?, ?> drill =
        assertInstanceOf(
            Map.class, assertInstanceOf(Map.class, resources.get("drill")).get("properties"));
    assertEquals(true, drill.get("closeOnDelete"));
    assertTrue(assertInstanceOf(List.class, drill.get("watchers")).size() >= 1);
    Map<?, ?> kickoff =
        assertInstanceOf(
            Map.class, assertInstanceOf(Map.class, resources.get("kickoff")).get("properties"));
    assertEquals("${drill.caseId}", kickoff.get("caseId"));
  }

  @Test
  void theMembershipExampleDeclaresATeamOfThreeWithTriageOnAndLeavesItOnDestroy()
      throws IOException {
    Map<?, ?> resources =
        assertInstanceOf(
            Map.class,
            assertInstanceOf(Map.class, yaml(ROOT.resolve("examples/membership/Pulumi.yaml")))
                .get("resources"));
    Map<?, ?> account =
        assertInstanceOf(
            Map.class, assertInstanceOf(Map.class, resources.get("account")).get("properties"));
    assertEquals(3, assertInstanceOf(List.class, account.get("incidentResponseTeam")).size());
    assertEquals(
        List.of(Map.of("featureName", "Triage", "isEnabled", true)), account.get("optInFeatures"));
    assertEquals(false, account.get("cancelOnDelete"));
  }

  /** Checks one example's resources; returns the types it uses. */
  private static Set<String> yamlExampleUsesOnlyTheSchemasTypesAndInputProperties(String file)
      throws IOException {
    Map<?, ?> program = assertInstanceOf(Map.class, yaml(ROOT.resolve(file)));
    assertEquals("yaml", program.get("runtime"));
    Map<?, ?> resources = assertInstanceOf(Map.class, program.get("resources"));
    Set<String> typesUsed = new TreeSet<>();
    for (Map.Entry<?, ?> resource : resources.entrySet()) {
      Map<?, ?> body = assertInstanceOf(Map.class, resource.getValue());
      String type = String.valueOf(body.get("type"));
      typesUsed.add(type);
      Set<String> allowed = INPUTS.get(type);
      assertTrue(allowed != null, () -> resource.getKey() + ": unknown type " + type);
      Map<?, ?> properties = assertInstanceOf(Map.class, body.get("properties"));
      for (Object property : properties.keySet()) {
        assertTrue(
            allowed.contains(String.valueOf(property)),
            () -> resource.getKey() + ": " + type + " has no input " + property);
      }
    }
    return typesUsed;
  }

  @Test
  void schemaDeclaresTheSamePropertySets() throws IOException {
    assumeTrue(Files.exists(SCHEMA), "schema.json is not in this tree yet");
    JsonObject schema = JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject();
    Map<String, Set<String>> fromSchema = new java.util.HashMap<>();
    for (String resource : schema.getAsJsonObject("resources").keySet()) {
      fromSchema.put(
          resource,
          schema
              .getAsJsonObject("resources")
              .getAsJsonObject(resource)
              .getAsJsonObject("inputProperties")
              .keySet());
    }
    fromSchema.put(
        "pulumi:providers:securityir",
        schema.getAsJsonObject("provider").getAsJsonObject("inputProperties").keySet());

    assertEquals(INPUTS, fromSchema);
  }

  @Test
  void projectFileRunsTheCasesProgramJarWithTheLocalPlugin() throws IOException {
    Map<?, ?> project = assertInstanceOf(Map.class, yaml(ROOT.resolve("Pulumi.yaml")));

    assertEquals("securityir-cases", project.get("name"));
    assertEquals(
        Map.of("name", "java", "options", Map.of("binary", "target/securityir.jar")),
        project.get("runtime"));
    assertEquals(
        Map.of("providers", List.of(Map.of("name", "securityir", "path", "./bin"))),
        project.get("plugins"));
    assertEquals(
        "cases.yaml",
        ((Map<?, ?>) ((Map<?, ?>) project.get("config")).get("casesFile")).get("default"));
  }
}
