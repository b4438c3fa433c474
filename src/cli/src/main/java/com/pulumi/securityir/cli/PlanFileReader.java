package com.pulumi.securityir.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.pulumi.securityir.cases.CaseDeclaration;
import com.pulumi.securityir.cases.CasesFile;
import com.pulumi.securityir.cases.CasesFileLoader;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.record.ChangeRecord;
import com.pulumi.securityir.core.text.OneLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a file as a {@link PlanFile}: a file whose content is one JSON object with {@code "format":
 * "securityir-plan"} is a plan file, anything else is not (the caller reads it as a cases file).
 * Everything in a plan file is checked before it is used, as data: every field's type and value,
 * and that each case's saved steps are exactly the path this build plans from the saved live status
 * (so an edited plan cannot smuggle in a move nobody reviewed). Problems never quote a note.
 * Stateless and thread-safe.
 */
final class PlanFileReader {

  /** Far above a plan of the largest cases file, small enough to bound the work. */
  static final int MAX_BYTES = 32 * 1024 * 1024;

  private PlanFileReader() {}

  static SavedPlan.Reading read(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      // Not readable as anything: the cases file loader says why in its own words.
      return new SavedPlan.Reading.NotAPlan();
    }
    String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").strip();
    if (!text.startsWith("{")) {
      return new SavedPlan.Reading.NotAPlan();
    }
    JsonElement root;
    try {
      root = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      // A damaged plan should be reported as one, not as a cases file with odd YAML.
      return text.contains("\"" + PlanFile.FORMAT + "\"")
          ? unusable(
              file,
              "is a securityir plan but not valid JSON ("
                  + OneLine.message(e.getMessage())
                  + "); make the plan again: securityir plan --out PLAN FILE")
          : new SavedPlan.Reading.NotAPlan();
    }
    if (!root.isJsonObject() || !isFormat(root.getAsJsonObject().get("format"))) {
      return new SavedPlan.Reading.NotAPlan();
    }
    if (bytes.length > MAX_BYTES) {
      return unusable(file, "the file is larger than " + MAX_BYTES + " bytes");
    }
    return new Checks(file).plan(root.getAsJsonObject());
  }

  private static boolean isFormat(JsonElement format) {
    return format != null
        && format.isJsonPrimitive()
        && format.getAsJsonPrimitive().isString()
        && format.getAsString().equals(PlanFile.FORMAT);
  }

  private static SavedPlan.Reading unusable(Path file, String problem) {
    return new SavedPlan.Reading.Unusable(List.of(file + ": " + problem));
  }

  /** The checks of one document; collects every problem. Single use, not thread-safe. */
  private static final class Checks {
    private final Path file;
    private final JsonFields f = new JsonFields();

    Checks(Path file) {
      this.file = file;
    }

    SavedPlan.Reading plan(JsonObject root) {
      JsonElement version = root.get("formatVersion");
      if (version == null
          || !version.isJsonPrimitive()
          || !version.getAsJsonPrimitive().isNumber()
          || !version.getAsString().equals(Integer.toString(PlanFile.VERSION))) {
        return unusable(
            file,
            "plan format version "
                + (version == null ? "(none)" : OneLine.input(version.toString()))
                + " is not one this securityir reads (version "
                + PlanFile.VERSION
                + "); make the plan again with this securityir: securityir plan --out PLAN FILE");
      }
      Optional<JsonObject> casesFile = f.object(root, "casesFile");
      Optional<JsonObject> graph = f.object(root, "transitionGraph");
      Optional<String> path =
          casesFile
              .flatMap(o -> f.string(o, "casesFile.path"))
              .filter(p -> f.check(isPath(p), "casesFile.path", "not a file path"));
      Optional<String> sha = casesFile.flatMap(o -> f.string(o, "casesFile.sha256"));
      Optional<String> endpoint = f.string(root, "endpoint");
      Optional<String> region = f.string(root, "region");
      Optional<GraphVariant> variant =
          graph.flatMap(o -> f.string(o, "transitionGraph.variant")).flatMap(this::variant);
      Optional<String> fingerprint = graph.flatMap(o -> f.string(o, "transitionGraph.fingerprint"));
      Optional<String> tool = f.string(root, "securityirVersion");
      Optional<Instant> created =
          f.string(root, "createdAt").flatMap(t -> f.instant("createdAt", t));
      if (variant.isPresent()
          && fingerprint.isPresent()
          && !TransitionGraph.of(variant.get()).fingerprint().equals(fingerprint.get())) {
        f.add(
            "transitionGraph: the plan's '"
                + variant.get()
                + "' graph has other moves than this securityir's (fingerprint "
                + OneLine.input(fingerprint.get())
                + "); make the plan again with this securityir");
      }
      List<PlannedCase> cases = new ArrayList<>();
      Optional<JsonArray> array = f.array(root, "cases");
      if (array.isPresent() && variant.isPresent()) {
        Planner planner = new Planner(TransitionGraph.of(variant.get()));
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.get().size(); i++) {
          String where = "cases[" + i + "]";
          JsonElement c = array.get().get(i);
          if (!c.isJsonObject()) {
            f.add(where + ": expected an object");
            continue;
          }
          plannedCase(where, c.getAsJsonObject(), planner)
              .filter(p -> unique(where, p.declaration(), names, ids))
              .ifPresent(cases::add);
        }
      }
      if (!f.problems().isEmpty()) {
        return new SavedPlan.Reading.Unusable(
            f.problems().stream().map(p -> file + ": " + p).toList());
      }
      PlanFile.Header header =
          new PlanFile.Header(
              path.get(),
              sha.get(),
              endpoint.get(),
              region.get(),
              variant.get(),
              fingerprint.get(),
              tool.get(),
              created.get());
      List<CaseDeclaration> declarations = cases.stream().map(PlannedCase::declaration).toList();
      return new SavedPlan.Reading.Read(
          new SavedPlan(
              file,
              header,
              new CasesPlan(new CasesFile(Path.of(path.get()), declarations), cases)));
    }

    private static boolean isPath(String text) {
      try {
        Path.of(text);
        return !text.isBlank();
      } catch (InvalidPathException e) {
        return false;
      }
    }

    private boolean unique(String where, CaseDeclaration d, Set<String> names, Set<String> ids) {
      if (!names.add(d.name()) || !ids.add(d.caseId().value())) {
        f.add(where + ": case '" + d.name() + "' (" + d.caseId() + ") is listed twice");
        return false;
      }
      return true;
    }

    private Optional<PlannedCase> plannedCase(String where, JsonObject c, Planner planner) {
      Optional<String> name =
          f.string(c, where + ".name")
              .filter(
                  n ->
                      f.check(
                          CasesFileLoader.isValidResourceName(n),
                          where + ".name",
                          "not a valid case name"));
      Optional<CaseId> caseId =
          f.string(c, where + ".caseId").flatMap(t -> f.parsed(where + ".caseId", CaseId.parse(t)));
      Optional<LifecycleStatus> declared =
          f.string(c, where + ".declaredStatus").flatMap(t -> status(where + ".declaredStatus", t));
      Optional<Integer> line =
          f.integer(c, where + ".line")
              .filter(l -> f.check(l >= 1, where + ".line", "must be 1 or more"));
      Optional<Optional<String>> note = note(c, where + ".note");
      Optional<Boolean> comment = f.bool(c, where + ".comment");
      Optional<String> kind = f.string(c, where + ".plan");
      if (name.isEmpty()
          || caseId.isEmpty()
          || declared.isEmpty()
          || line.isEmpty()
          || note.isEmpty()
          || comment.isEmpty()
          || kind.isEmpty()) {
        return Optional.empty();
      }
      CaseDeclaration declaration =
          new CaseDeclaration(
              name.get(),
              caseId.get(),
              declared.get(),
              false,
              note.get(),
              comment.get(),
              line.get());
      String label = where + " (" + name.get() + ")";
      if (kind.get().equals("unreadable")) {
        return unreadable(label, c, declaration);
      }
      Optional<CaseSnapshot> live =
          f.object(c, where + ".live").flatMap(o -> snapshot(where + ".live", caseId.get(), o));
      Optional<List<Transition>> steps =
          f.array(c, where + ".steps").flatMap(a -> steps(where + ".steps", a));
      if (live.isEmpty() || steps.isEmpty()) {
        return Optional.empty();
      }
      Plan plan = planner.plan(live.get().status(), declared.get(), live.get().resolverType());
      String expected =
          plan instanceof Plan.Path p ? (p.isNoOp() ? "unchanged" : "change") : "refused";
      if (!expected.equals(kind.get())
          || plan instanceof Plan.Path p && !p.steps().equals(steps.get())) {
        f.add(
            label
                + ": the saved plan is not what securityir plans from '"
                + live.get().status().wireName()
                + "' to '"
                + declared.get().wireName()
                + "' ("
                + (plan instanceof Plan.Path p ? p.describe() : "refused")
                + "); was the file edited? Make the plan again: securityir plan --out PLAN FILE");
        return Optional.empty();
      }
      if (plan instanceof Plan.Refusal refusal) {
        return Optional.of(new PlannedCase.Refused(declaration, live.get(), refusal));
      }
      Plan.Path path = (Plan.Path) plan;
      return Optional.of(
          path.isNoOp()
              ? new PlannedCase.Unchanged(declaration, live.get())
              : new PlannedCase.Change(declaration, live.get(), path));
    }

    private Optional<PlannedCase> unreadable(String label, JsonObject c, CaseDeclaration d) {
      Optional<JsonObject> error = f.object(c, label + ".error");
      Optional<CaseGatewayException.Kind> kind =
          error.flatMap(e -> f.string(e, label + ".error.kind")).flatMap(k -> errorKind(label, k));
      Optional<String> message = error.flatMap(e -> f.string(e, label + ".error.message"));
      if (kind.isEmpty() || message.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new PlannedCase.Unreadable(
              d, new CaseGatewayException(kind.get(), OneLine.message(message.get()))));
    }

    private Optional<CaseGatewayException.Kind> errorKind(String label, String text) {
      for (CaseGatewayException.Kind kind : CaseGatewayException.Kind.values()) {
        if (kind.name().equals(text)) {
          return Optional.of(kind);
        }
      }
      f.add(label + ".error.kind: unknown kind '" + OneLine.input(text) + "'");
      return Optional.empty();
    }

    private Optional<CaseSnapshot> snapshot(String where, CaseId id, JsonObject live) {
      Optional<LifecycleStatus> status =
          f.string(live, where + ".status").flatMap(t -> status(where + ".status", t));
      Optional<ResolverType> resolver =
          f.string(live, where + ".resolverType")
              .flatMap(
                  t -> {
                    Optional<ResolverType> r = ResolverType.fromWireName(t);
                    f.check(r.isPresent(), where + ".resolverType", "use 'Self' or 'AWS'");
                    return r;
                  });
      JsonElement updated = live.get("lastUpdatedDate");
      Optional<Optional<Instant>> lastUpdated;
      if (updated == null || updated.isJsonNull()) {
        lastUpdated = Optional.of(Optional.empty());
      } else {
        lastUpdated =
            f.string(live, where + ".lastUpdatedDate")
                .flatMap(t -> f.instant(where + ".lastUpdatedDate", t))
                .map(Optional::of);
      }
      if (status.isEmpty() || resolver.isEmpty() || lastUpdated.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new CaseSnapshot(id, status.get(), resolver.get(), "", "", lastUpdated.get()));
    }

    private Optional<List<Transition>> steps(String where, JsonArray array) {
      List<Transition> steps = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        String at = where + "[" + i + "]";
        if (!array.get(i).isJsonObject()) {
          f.add(at + ": expected an object");
          return Optional.empty();
        }
        JsonObject s = array.get(i).getAsJsonObject();
        Optional<LifecycleStatus> from =
            f.string(s, at + ".from").flatMap(t -> status(at + ".from", t));
        Optional<LifecycleStatus> to = f.string(s, at + ".to").flatMap(t -> status(at + ".to", t));
        Optional<String> operation = f.string(s, at + ".operation");
        if (from.isEmpty() || to.isEmpty() || operation.isEmpty()) {
          return Optional.empty();
        }
        Optional<ApiOperation> op =
            Arrays.stream(ApiOperation.values())
                .filter(o -> o.operationName().equals(operation.get()))
                .findFirst();
        if (op.isEmpty()) {
          f.add(at + ".operation: unknown operation '" + OneLine.input(operation.get()) + "'");
          return Optional.empty();
        }
        steps.add(new Transition(from.get(), to.get(), op.get()));
      }
      return Optional.of(steps);
    }

    private Optional<Optional<String>> note(JsonObject c, String where) {
      JsonElement note = c.get(JsonFields.leaf(where));
      if (note == null || note.isJsonNull()) {
        return Optional.of(Optional.empty());
      }
      Optional<String> text = f.string(c, where);
      Optional<String> problem = text.flatMap(ChangeRecord::noteProblem);
      problem.ifPresent(p -> f.add(where + " " + p));
      return text.isEmpty() || problem.isPresent() ? Optional.empty() : Optional.of(text);
    }

    private Optional<GraphVariant> variant(String text) {
      return f.parsed("transitionGraph.variant", GraphVariant.parse(text));
    }

    private Optional<LifecycleStatus> status(String where, String text) {
      Optional<LifecycleStatus> status = LifecycleStatus.fromWireName(text);
      f.check(
          status.isPresent(),
          where,
          "'"
              + OneLine.input(text)
              + "' is not a status; use one of "
              + LifecycleStatus.quotedWireNames());
      return status;
    }
  }
}
