package com.pulumi.securityir.cli;

import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.ACKNOWLEDGED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CLOSED;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.DETECTION_AND_ANALYSIS;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.POST_INCIDENT_ACTIVITIES;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.READY_TO_CLOSE;
import static com.pulumi.securityir.core.lifecycle.LifecycleStatus.SUBMITTED;
import static com.pulumi.securityir.core.lifecycle.ResolverType.AWS;
import static com.pulumi.securityir.core.lifecycle.ResolverType.SELF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.cases.CasesFileLoad;
import com.pulumi.securityir.cases.CasesFileLoader;
import com.pulumi.securityir.core.gateway.CaseGateway;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CasePage;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code securityir import} in this JVM, over the fake case service (two cases a page). */
class ImportCommandTest {

  @TempDir Path dir;

  /**
   * One case per situation: every status, both resolver types. Ids are listed out of order on
   * purpose; the fake lists them by id.
   */
  private final FakeCaseGateway gateway =
      new FakeCaseGateway()
          .with("1000000004", POST_INCIDENT_ACTIVITIES, SELF)
          .with("1000000001", SUBMITTED, SELF)
          .with("1000000002", DETECTION_AND_ANALYSIS, SELF)
          .with("1000000003", CONTAINMENT_ERADICATION_AND_RECOVERY, SELF)
          .with("1000000005", DETECTION_AND_ANALYSIS, AWS)
          .with("1000000006", ACKNOWLEDGED, AWS)
          .with("1000000007", READY_TO_CLOSE, AWS)
          .with("1000000008", CLOSED, SELF)
          .with("1000000009", CLOSED, AWS);

  private final FakeGatewayFactory gateways = FakeGatewayFactory.over(gateway);

  private CliRunner.Run run(String... args) {
    return CliRunner.run(gateways, dir, args);
  }

  private CliRunner.Run importTo(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("import", "--out", out.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private static List<CaseDeclaration> load(Path file) {
    CasesFileLoad load = new CasesFileLoader().load(file);
    if (load instanceof CasesFileLoad.Invalid invalid) {
      throw new AssertionError("the imported file does not load:\n" + invalid.report());
    }
    return ((CasesFileLoad.Loaded) load).file().cases();
  }

  /** "name id status" of each declaration, in file order. */
  private static List<String> declared(Path file) {
    return load(file).stream()
        .map(c -> c.name() + " " + c.caseId() + " " + c.status().wireName())
        .toList();
  }

  private static String entry(String id, LifecycleStatus status) {
    return "case-" + id + " " + id + " " + status.wireName();
  }

  private long listCalls() {
    return gateway.calls().stream().filter(c -> c.operation().equals("ListCases")).count();
  }

  @Test
  void writesEveryOpenCaseDeclaredInItsCurrentStatusByIdReadingEveryPage() throws IOException {
    Path out = dir.resolve("cases.yaml");

    CliRunner.Run run = importTo(out);

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertEquals("", run.err());
    // The open cases whose status a cases file can declare, by id; nine cases at two a page.
    assertEquals(
        List.of(
            entry("1000000001", SUBMITTED),
            entry("1000000002", DETECTION_AND_ANALYSIS),
            entry("1000000003", CONTAINMENT_ERADICATION_AND_RECOVERY),
            entry("1000000004", POST_INCIDENT_ACTIVITIES),
            entry("1000000005", DETECTION_AND_ANALYSIS)),
        declared(out));
    assertEquals(5, listCalls());
    assertEquals(
        gateway.calls().size(),
        listCalls(),
        "import makes no call but ListCases: " + gateway.calls());
    assertTrue(run.out().contains("Listed 9 cases on 5 pages.\n"), run.toString());
    assertTrue(run.out().contains("Left out: 2 closed cases (--all adds them).\n"), run.toString());
    assertTrue(
        run.out().contains("Wrote " + out + ": 5 cases, each declared in its current status.\n"),
        run.toString());
    assertTrue(
        run.out()
            .contains(
                ": 2 cases in a status only the service or AWS responders set, which a cases file"
                    + " cannot declare:\n"
                    + "  case-1000000006 (1000000006): Acknowledged\n"
                    + "  case-1000000007 (1000000007): Ready to Close\n"),
        run.toString());
    assertTrue(run.out().contains("\nNext: securityir plan " + out + "\n"), run.toString());
  }

  @Test
  void thePlanOfTheWrittenFileChangesNothing() {
    Path out = dir.resolve("cases.yaml");
    assertEquals(ExitCodes.OK, importTo(out, "--all").exitCode());

    CliRunner.Run plan = run("plan", out.toString());

    assertEquals(ExitCodes.OK, plan.exitCode(), plan.toString());
    assertTrue(
        plan.out().endsWith("Plan: 0 to change (0 steps), 7 unchanged, 0 refused.\n"),
        plan.toString());
    assertEquals(List.of(), gateway.mutatingCalls());
  }

  @Test
  void anUndeclarableCaseIsCommentedOutWithItsReasonAndTheWayOut() throws IOException {
    Path out = dir.resolve("cases.yaml");

    importTo(out);

    String text = Files.readString(out);
    assertTrue(text.contains("\n  # case-1000000006:\n  #   caseId: \"1000000006\"\n"), text);
    assertTrue(text.contains("\n  #   status: \"Ready to Close\"\n"), text);
    // From Acknowledged an AWS-supported case can only be closed (the documented lifecycle).
    String reason =
        text.substring(text.indexOf("# case-1000000006 is commented out:"))
            .lines()
            .takeWhile(l -> !l.equals("  # case-1000000006:"))
            .map(l -> l.replaceFirst("^ *# ", ""))
            .reduce("", (a, b) -> a + " " + b);
    assertTrue(
        reason.contains("'Acknowledged' is set only by the service or AWS responders"), reason);
    assertTrue(reason.contains("from here ('Closed')"), reason);
  }

  static Stream<Arguments> selections() {
    return Stream.of(
        Arguments.of(
            List.of("--all"),
            List.of(
                "1000000001",
                "1000000002",
                "1000000003",
                "1000000004",
                "1000000005",
                "1000000008",
                "1000000009")),
        Arguments.of(
            List.of("--resolver", "self"),
            List.of("1000000001", "1000000002", "1000000003", "1000000004")),
        Arguments.of(List.of("--resolver", "AWS"), List.of("1000000005")),
        Arguments.of(List.of("--resolver", "aws", "--all"), List.of("1000000005", "1000000009")),
        Arguments.of(
            List.of("--resolver", "all"),
            List.of("1000000001", "1000000002", "1000000003", "1000000004", "1000000005")));
  }

  @ParameterizedTest
  @MethodSource("selections")
  void allAddsClosedCasesAndResolverChoosesTheResolverType(
      List<String> options, List<String> expectedIds) {
    Path out = dir.resolve("cases.yaml");

    CliRunner.Run run = importTo(out, options.toArray(String[]::new));

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertEquals(
        expectedIds, load(out).stream().map(CaseDeclaration::caseId).map(CaseId::value).toList());
  }

  @Test
  void thePulumiImportFileNamesEveryDeclaredCaseAsTheCasesFileDoes() throws IOException {
    Path out = dir.resolve("cases.yaml");
    Path pulumi = dir.resolve("pulumi-import.json");

    CliRunner.Run run = importTo(out, "--pulumi-import", pulumi.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    List<String> fromJson = new ArrayList<>();
    for (JsonElement e :
        JsonParser.parseString(Files.readString(pulumi))
            .getAsJsonObject()
            .getAsJsonArray("resources")) {
      JsonObject resource = e.getAsJsonObject();
      assertEquals("securityir:index:CaseStatus", resource.get("type").getAsString());
      fromJson.add(resource.get("name").getAsString() + " " + resource.get("id").getAsString());
    }
    assertEquals(load(out).stream().map(c -> c.name() + " " + c.caseId()).toList(), fromJson);
    assertTrue(
        run.out()
            .contains(
                "Wrote "
                    + pulumi
                    + ": 5 CaseStatus resources for 'pulumi import --file', with the names of "
                    + out
                    + " (2 commented-out cases left out).\n"),
        run.toString());
    assertTrue(
        run.out().endsWith("For a Pulumi stack: pulumi import --file " + pulumi + "\n"),
        run.toString());
  }

  @Test
  void refusesToOverwriteEitherFileWithoutForceBeforeAnyCall() throws IOException {
    Path out = dir.resolve("cases.yaml");
    Path pulumi = dir.resolve("pulumi-import.json");
    Files.writeString(pulumi, "mine");

    CliRunner.Run refused = importTo(out, "--pulumi-import", pulumi.toString());

    assertEquals(ExitCodes.ERROR, refused.exitCode(), refused.toString());
    assertEquals(
        "securityir import: --pulumi-import '"
            + pulumi
            + "': the file exists; pass --force to overwrite it, or name a new file\n",
        refused.err());
    assertEquals("", refused.out());
    assertFalse(Files.exists(out), "nothing is written when one file is refused");
    assertEquals("mine", Files.readString(pulumi));
    assertEquals(List.of(), gateway.calls());

    CliRunner.Run forced = importTo(out, "--pulumi-import", pulumi.toString(), "--force");

    assertEquals(ExitCodes.OK, forced.exitCode(), forced.toString());
    assertTrue(Files.readString(pulumi).contains("\"case-1000000001\""));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("cases.yaml", "pulumi-import.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left behind");
    }
  }

  @Test
  void theHeaderSaysWhenAndFromWhereAndHowToUseTheFile() throws IOException {
    Path out = dir.resolve("cases.yaml");
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    importTo(out);

    String text = Files.readString(out);
    Matcher written =
        Pattern.compile("^# Written by 'securityir import' on (\\S+) from the live cases at")
            .matcher(text);
    assertTrue(written.find(), text);
    Instant at = Instant.parse(written.group(1));
    assertFalse(at.isBefore(before) || at.isAfter(Instant.now()), at.toString());
    String header = text.substring(0, text.indexOf("\ncases:"));
    assertTrue(header.replaceAll("\n# ?", " ").contains(FakeGatewayFactory.TARGET), header);
    assertTrue(header.contains("'securityir plan'"), header);
  }

  @Test
  void noTitleIsWrittenOrPrinted() throws IOException {
    Path out = dir.resolve("cases.yaml");
    Path pulumi = dir.resolve("pulumi.json");

    CliRunner.Run run = importTo(out, "--all", "--pulumi-import", pulumi.toString());

    for (String text :
        List.of(run.out(), run.err(), Files.readString(out), Files.readString(pulumi))) {
      assertFalse(text.contains("sensitive title"), text);
    }
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(
            List.of("import", "--resolver", "mine", "--out", "x.yaml"),
            "securityir import: --resolver 'mine': use self (self-managed cases), aws"
                + " (AWS-supported cases) or all (default all)\n"),
        Arguments.of(
            List.of("import"),
            "securityir import: --out is missing: name the cases file to write, e.g. --out"
                + " cases.yaml\n"),
        Arguments.of(
            List.of("import", "--out", "same.json", "--pulumi-import", "./same.json"),
            "securityir import: --pulumi-import './same.json': the same file as --out; name"
                + " another file\n"),
        Arguments.of(
            List.of("import", "--out", "."),
            "securityir import: --out '.': is a directory; name a file to write in it\n"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void aUsageErrorNamesTheOptionTheValueAndTheFixAndCallsNothing(
      List<String> args, String expected) {
    CliRunner.Run run = run(args.toArray(String[]::new));

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(expected, run.err());
    assertEquals(List.of(), gateways.opened());
  }

  @Test
  void aMissingDirectoryIsNamed() {
    Path out = dir.resolve("no/such/cases.yaml");

    CliRunner.Run run = importTo(out);

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(
        run.err().contains("the directory " + dir.resolve("no/such") + " does not exist"),
        run.err());
  }

  @Test
  void aFailedListingExitsOneWithOneLineAndWritesNothing() {
    Path out = dir.resolve("cases.yaml");
    CaseGateway failing =
        listing(
            token -> {
              if (token.isPresent()) {
                throw new CaseGatewayException(
                    CaseGatewayException.Kind.ACCESS_DENIED, "Access denied: grant ListCases.");
              }
              return gateway.listCases(token, Deadline.none());
            });

    CliRunner.Run run = CliRunner.run(factory(failing), dir, "import", "--out", out.toString());

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(
        "securityir import: ListCases failed on page 2: Access denied: grant ListCases.; nothing"
            + " was written\n",
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aPageTokenGivenTwiceEndsTheListingInsteadOfLoopingForever() {
    Path out = dir.resolve("cases.yaml");
    CaseGateway looping = listing(token -> new CasePage(List.of(), Optional.of("2")));

    CliRunner.Run run = CliRunner.run(factory(looping), dir, "import", "--out", out.toString());

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(
        "securityir import: ListCases answered page 2 with the same next-page token as page 1, so"
            + " the listing would never end; try again later, and report it if it persists;"
            + " nothing was written\n",
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aListingThatNeverEndsStopsAtTheBoundOfPages() {
    Path out = dir.resolve("cases.yaml");
    int[] calls = {0};
    CaseGateway endless =
        listing(token -> new CasePage(List.of(), Optional.of("token-" + ++calls[0])));

    CliRunner.Run run = CliRunner.run(factory(endless), dir, "import", "--out", out.toString());

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertEquals(ImportListing.MAX_PAGES, calls[0]);
    assertTrue(run.err().contains("ListCases gave more than 10000 pages"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void moreCasesThanACasesFileMayHoldWritesNothing() {
    Path out = dir.resolve("cases.yaml");
    // A declared entry takes well over 80 bytes, so this many cannot fit in the loader's 1 MiB.
    int many = CasesFileLoader.MAX_BYTES / 80;
    List<CaseSnapshot> cases = new ArrayList<>();
    for (int i = 0; i < many; i++) {
      CaseId id = new CaseId(String.format("3%09d", i));
      cases.add(new CaseSnapshot(id, SUBMITTED, SELF, "sensitive title", "arn"));
    }
    CaseGateway huge = listing(token -> new CasePage(cases, Optional.empty()));

    CliRunner.Run run = CliRunner.run(factory(huge), dir, "import", "--out", out.toString());

    assertEquals(ExitCodes.ERROR, run.exitCode(), run.toString());
    assertTrue(
        run.err().contains("more than one may hold (" + CasesFileLoader.MAX_BYTES + ")"),
        run.err());
    assertTrue(run.err().endsWith("; nothing was written\n"), run.err());
    assertFalse(Files.exists(out));
  }

  /** The fake, with ListCases answered by {@code pages} from the token asked for. */
  private CaseGateway listing(Function<Optional<String>, CasePage> pages) {
    return new CaseGateway() {
      @Override
      public CaseSnapshot read(CaseId caseId, Deadline deadline) {
        return gateway.read(caseId, deadline);
      }

      @Override
      public LifecycleStatus updateStatus(CaseId caseId, LifecycleStatus to, Deadline deadline) {
        return gateway.updateStatus(caseId, to, deadline);
      }

      @Override
      public LifecycleStatus close(CaseId caseId, Deadline deadline) {
        return gateway.close(caseId, deadline);
      }

      @Override
      public CasePage listCases(Optional<String> nextToken, Deadline deadline) {
        return pages.apply(nextToken);
      }

      @Override
      public String addComment(CaseId caseId, String body, String token, Deadline deadline) {
        return gateway.addComment(caseId, body, token, deadline);
      }
    };
  }

  private GatewayFactory factory(CaseGateway over) {
    return config ->
        new GatewayFactory.Opening.Opened(
            new GatewayFactory.OpenGateway(
                over, gateway, FakeGatewayFactory.ENDPOINT, FakeGatewayFactory.REGION, () -> {}));
  }
}
