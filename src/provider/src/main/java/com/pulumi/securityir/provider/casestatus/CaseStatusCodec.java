package com.pulumi.securityir.provider.casestatus;

import static com.pulumi.securityir.core.resource.CaseStatusResource.CASE_ARN;
import static com.pulumi.securityir.core.resource.CaseStatusResource.CASE_ID;
import static com.pulumi.securityir.core.resource.CaseStatusResource.CLOSE_ON_DELETE;
import static com.pulumi.securityir.core.resource.CaseStatusResource.COMMENT;
import static com.pulumi.securityir.core.resource.CaseStatusResource.LAST_TRANSITIONS;
import static com.pulumi.securityir.core.resource.CaseStatusResource.NOTE;
import static com.pulumi.securityir.core.resource.CaseStatusResource.RESOLVER_TYPE;
import static com.pulumi.securityir.core.resource.CaseStatusResource.STATUS;
import static com.pulumi.securityir.core.resource.CaseStatusResource.TITLE;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.ApiOperation;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.Transition;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import com.pulumi.securityir.core.record.ChangeRecord;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.core.resource.PropertyDescriptor;
import com.pulumi.securityir.core.resource.PropertyType;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.OptionalInput;
import com.pulumi.securityir.provider.resource.PropertyCodec;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.resource.PropertyValue;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The properties of {@code securityir:index:CaseStatus}, by {@link CaseStatusResource#DESCRIPTOR}:
 * checks declared inputs (every problem at once, naming its property, never quoting a secret),
 * reads them into {@link CaseStatusInputs}, and writes and reads {@link CaseStatusOutputs}.
 * Stateless and thread-safe.
 */
public final class CaseStatusCodec implements PropertyCodec<CaseStatusInputs, CaseStatusOutputs> {

  private static final DescriptorRules.InputHints HINTS =
      new DescriptorRules.InputHints() {
        @Override
        public String required(PropertyDescriptor input) {
          return input.name().equals(CASE_ID)
              ? "the numeric id of the case, e.g. \"8403556009\""
              : "the status the case should be in, one of " + LifecycleStatus.quotedWireNames();
        }

        @Override
        public String wrongType(PropertyDescriptor input, PropertyValue given) {
          if (!input.name().equals(CASE_ID)) {
            return "";
          }
          return given instanceof PropertyValue.Numeric
              ? "; quote the id (\"8403556009\") so no digits are lost"
              : "; use the case's numeric id as a string, e.g. \"8403556009\"";
        }
      };

  @Override
  public List<PropertyProblem> validate(PropertyMap news) {
    List<PropertyProblem> problems =
        new ArrayList<>(DescriptorRules.checkInputs(CaseStatusResource.DESCRIPTOR, news, HINTS));
    if (news.get(CASE_ID).orElse(null) instanceof PropertyValue.Text text
        && CaseId.parse(text.value()) instanceof Parsed.Failure<CaseId> failure) {
      problems.add(
          new PropertyProblem(
              CASE_ID,
              text.secret()
                  ? "the secret case id is not 10 to 32 digits; check the value you set"
                  : failure.reason()));
    }
    if (news.get(STATUS).orElse(null) instanceof PropertyValue.Text text
        && LifecycleStatus.parseDeclared(text.value())
            instanceof Parsed.Failure<LifecycleStatus> failure) {
      problems.add(
          new PropertyProblem(
              STATUS,
              text.secret()
                  ? "the secret status is not a status that can be declared"
                  : failure.reason()));
    }
    if (news.get(NOTE).orElse(null) instanceof PropertyValue.Text text) {
      // Its length and the limit, never its text: the note ends up in a sensitive comment body.
      ChangeRecord.noteProblem(text.value())
          .ifPresent(problem -> problems.add(new PropertyProblem(NOTE, NOTE + " " + problem)));
    }
    return problems;
  }

  @Override
  public Inputs<CaseStatusInputs> decodeInputs(PropertyMap inputs) {
    Optional<CaseId> caseId = caseId(inputs);
    Optional<LifecycleStatus> status =
        inputs.text(STATUS).flatMap(t -> value(LifecycleStatus.parse(t)));
    Optional<PropertyValue> close = inputs.get(CLOSE_ON_DELETE);
    Optional<Recording> recording = recording(inputs);
    if (caseId.isEmpty()
        || status.isEmpty()
        || close.filter(v -> !(v instanceof PropertyValue.Flag)).isPresent()
        || recording.isEmpty()) {
      return new Inputs.Incomplete<>(inputs);
    }
    return new Inputs.Known<>(
        new CaseStatusInputs(
            caseId.get(),
            status.get(),
            inputs.flag(CLOSE_ON_DELETE),
            inputs.isSecret(CASE_ID),
            inputs.isSecret(STATUS),
            recording.get()));
  }

  /**
   * {@code note} and {@code comment} among {@code properties} (inputs or outputs), each possibly
   * unknown; empty when one has the wrong type.
   */
  static Optional<Recording> recording(PropertyMap properties) {
    Optional<OptionalInput<String>> note =
        optional(
            properties.get(NOTE),
            v -> v instanceof PropertyValue.Text t ? Optional.of(t.value()) : Optional.empty());
    Optional<OptionalInput<Boolean>> comment =
        optional(
            properties.get(COMMENT),
            v -> v instanceof PropertyValue.Flag f ? Optional.of(f.value()) : Optional.empty());
    return note.flatMap(n -> comment.map(c -> new Recording(n, c)));
  }

  /** The case id among {@code properties}, when it is a valid one. */
  static Optional<CaseId> caseId(PropertyMap properties) {
    return properties.text(CASE_ID).flatMap(t -> value(CaseId.parse(t)));
  }

  /** The status in its canonical spelling and the id without spaces, secrets kept. */
  @Override
  public PropertyMap canonicalInputs(PropertyMap news) {
    PropertyMap canonical = news;
    if (news.get(STATUS).orElse(null) instanceof PropertyValue.Text text
        && LifecycleStatus.parse(text.value()) instanceof Parsed.Success<LifecycleStatus> status) {
      canonical =
          canonical.with(STATUS, new PropertyValue.Text(status.value().wireName(), text.secret()));
    }
    if (news.get(CASE_ID).orElse(null) instanceof PropertyValue.Text text) {
      canonical =
          canonical.with(CASE_ID, new PropertyValue.Text(text.value().strip(), text.secret()));
    }
    return canonical;
  }

  @Override
  public PropertyMap encodeInputs(CaseStatusInputs inputs) {
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    values.put(CASE_ID, new PropertyValue.Text(inputs.caseId().value(), inputs.secretCaseId()));
    values.put(STATUS, new PropertyValue.Text(inputs.status().wireName(), inputs.secretStatus()));
    values.put(CLOSE_ON_DELETE, PropertyValue.flag(inputs.closeOnDelete()));
    put(values, NOTE, inputs.recording().note(), PropertyType.STRING, PropertyValue::text);
    put(values, COMMENT, inputs.recording().comment(), PropertyType.BOOLEAN, PropertyValue::flag);
    return new PropertyMap(values);
  }

  @Override
  public PropertyMap encodeOutputs(CaseStatusOutputs outputs) {
    CaseSnapshot snapshot = outputs.snapshot();
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    values.put(CASE_ID, new PropertyValue.Text(snapshot.caseId().value(), outputs.secretCaseId()));
    values.put(
        STATUS, new PropertyValue.Text(snapshot.status().wireName(), outputs.secretStatus()));
    values.put(CLOSE_ON_DELETE, PropertyValue.flag(outputs.closeOnDelete()));
    Recording recording = outputs.recording();
    put(values, NOTE, recording.note(), PropertyType.STRING, PropertyValue::text);
    // Always written: an unset comment is the default, true.
    put(
        values,
        COMMENT,
        recording.comment() instanceof OptionalInput.Absent<Boolean>
            ? new OptionalInput.Given<>(true, false)
            : recording.comment(),
        PropertyType.BOOLEAN,
        PropertyValue::flag);
    values.put(RESOLVER_TYPE, PropertyValue.text(snapshot.resolverType().wireName()));
    values.put(TITLE, PropertyValue.text(snapshot.title()));
    values.put(CASE_ARN, PropertyValue.text(snapshot.arn()));
    values.put(
        LAST_TRANSITIONS,
        outputs
            .lastTransitions()
            .<PropertyValue>map(CaseStatusCodec::transitions)
            .orElseGet(() -> PropertyValue.unknown(PropertyType.ARRAY)));
    return new PropertyMap(values);
  }

  @Override
  public Optional<CaseStatusOutputs> decodeOutputs(PropertyMap state) {
    Optional<CaseId> caseId = caseId(state);
    Optional<LifecycleStatus> status = state.text(STATUS).flatMap(LifecycleStatus::fromWireName);
    Optional<ResolverType> resolver = state.text(RESOLVER_TYPE).flatMap(ResolverType::fromWireName);
    if (caseId.isEmpty() || status.isEmpty() || resolver.isEmpty()) {
      return Optional.empty();
    }
    CaseSnapshot snapshot =
        new CaseSnapshot(
            caseId.get(),
            status.get(),
            resolver.get(),
            state.text(TITLE).orElse(""),
            state.text(CASE_ARN).orElse(""));
    return Optional.of(
        new CaseStatusOutputs(
            snapshot,
            state.flag(CLOSE_ON_DELETE),
            // A list this codec did not write is not trusted: the next operation writes its own.
            Optional.of(
                state.get(LAST_TRANSITIONS).flatMap(CaseStatusCodec::steps).orElse(List.of())),
            state.isSecret(CASE_ID),
            state.isSecret(STATUS),
            // A state written before these outputs existed had neither: the defaults.
            recording(state).orElse(Recording.DEFAULT)));
  }

  private static <T> Optional<OptionalInput<T>> optional(
      Optional<PropertyValue> given, Function<PropertyValue, Optional<T>> read) {
    if (given.isEmpty()) {
      return Optional.of(OptionalInput.absent());
    }
    PropertyValue value = given.get();
    if (value instanceof PropertyValue.Unknown) {
      return Optional.of(new OptionalInput.Unknown<>(value.secret()));
    }
    return read.apply(value).map(v -> new OptionalInput.Given<>(v, value.secret()));
  }

  private static <T> void put(
      Map<String, PropertyValue> values,
      String name,
      OptionalInput<T> input,
      PropertyType type,
      Function<T, PropertyValue> plain) {
    if (input instanceof OptionalInput.Given<T> given) {
      values.put(name, plain.apply(given.value()).withSecret(given.secret()));
    } else if (input instanceof OptionalInput.Unknown<T> unknown) {
      values.put(name, PropertyValue.unknown(type).withSecret(unknown.secret()));
    }
  }

  private static PropertyValue.Items transitions(List<AppliedStep> steps) {
    List<PropertyValue> items = new ArrayList<>();
    for (AppliedStep step : steps) {
      Map<String, PropertyValue> fields = new LinkedHashMap<>();
      fields.put("from", PropertyValue.text(step.transition().from().wireName()));
      fields.put("to", PropertyValue.text(step.transition().to().wireName()));
      fields.put("operation", PropertyValue.text(step.transition().operation().operationName()));
      fields.put(
          "time", PropertyValue.text(DateTimeFormatter.ISO_INSTANT.format(step.appliedAt())));
      items.add(new PropertyValue.Fields(fields, false));
    }
    return new PropertyValue.Items(items, false);
  }

  private static Optional<List<AppliedStep>> steps(PropertyValue value) {
    if (!(value instanceof PropertyValue.Items items)) {
      return Optional.empty();
    }
    List<AppliedStep> steps = new ArrayList<>();
    for (PropertyValue item : items.items()) {
      if (!(item instanceof PropertyValue.Fields fields)) {
        return Optional.empty();
      }
      PropertyMap step = new PropertyMap(fields.fields());
      Optional<LifecycleStatus> from = step.text("from").flatMap(LifecycleStatus::fromWireName);
      Optional<LifecycleStatus> to = step.text("to").flatMap(LifecycleStatus::fromWireName);
      Optional<ApiOperation> operation =
          step.text("operation")
              .flatMap(
                  name ->
                      Arrays.stream(ApiOperation.values())
                          .filter(o -> o.operationName().equals(name))
                          .findFirst());
      Optional<Instant> time = step.text("time").flatMap(CaseStatusCodec::instant);
      if (from.isEmpty() || to.isEmpty() || operation.isEmpty() || time.isEmpty()) {
        return Optional.empty();
      }
      steps.add(new AppliedStep(new Transition(from.get(), to.get(), operation.get()), time.get()));
    }
    return Optional.of(steps);
  }

  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static <T> Optional<T> value(Parsed<T> parsed) {
    return parsed instanceof Parsed.Success<T> success
        ? Optional.of(success.value())
        : Optional.empty();
  }
}
