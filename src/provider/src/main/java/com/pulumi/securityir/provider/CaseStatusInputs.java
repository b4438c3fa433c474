package com.pulumi.securityir.provider;

import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The declared inputs of one {@code securityir:index:CaseStatus} resource, fully known and valid.
 *
 * @param secretCaseId whether the engine sent {@code caseId} as a secret (outputs keep it secret
 *     and messages never show it)
 * @param secretStatus whether the engine sent {@code status} as a secret
 */
record CaseStatusInputs(
    CaseId caseId,
    LifecycleStatus status,
    boolean closeOnDelete,
    boolean secretCaseId,
    boolean secretStatus) {

  static final String CASE_ID = "caseId";
  static final String STATUS = "status";
  static final String CLOSE_ON_DELETE = "closeOnDelete";
  static final List<String> KEYS = List.of(CASE_ID, STATUS, CLOSE_ON_DELETE);

  CaseStatusInputs {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
  }

  /** How the case is named in messages: its id, unless the id is secret. */
  String caseLabel() {
    return secretCaseId ? "case [secret id]" : "case " + caseId;
  }

  /** Inputs as far as the engine knows them; during a preview some may still be unknown. */
  sealed interface Declared {
    /** Every input is known. */
    record Known(CaseStatusInputs inputs) implements Declared {}

    /** Some input is unknown; {@code caseId} is present when it is known. */
    record PartlyUnknown(Optional<CaseId> caseId) implements Declared {}
  }

  /**
   * Every problem with a set of declared inputs, for Check. Unknown values are not problems: they
   * are checked when known. Never throws.
   */
  static List<PropertyProblem> validate(Map<String, PropertyValue> news) {
    List<PropertyProblem> problems = new ArrayList<>();
    for (String key : news.keySet()) {
      if (!KEYS.contains(key) && !key.startsWith("__")) {
        problems.add(new PropertyProblem(key, UnknownProperty.message(key, KEYS)));
      }
    }
    PropertyValue caseId = news.get(CASE_ID);
    if (caseId == null) {
      problems.add(
          new PropertyProblem(
              CASE_ID, "caseId is required: the numeric id of the case, e.g. \"8403556009\""));
    } else if (caseId instanceof PropertyValue.Text text) {
      if (CaseId.parse(text.value()) instanceof Parsed.Failure<CaseId> failure) {
        problems.add(
            new PropertyProblem(
                CASE_ID,
                text.secret()
                    ? "the secret case id is not 10 to 32 digits; check the value you set"
                    : failure.reason()));
      }
    } else if (!(caseId instanceof PropertyValue.Unknown)) {
      problems.add(
          new PropertyProblem(
              CASE_ID,
              "caseId must be a string, got "
                  + caseId.describeType()
                  + (caseId instanceof PropertyValue.Numeric
                      ? "; quote the id (\"8403556009\") so no digits are lost"
                      : "; use the case's numeric id as a string, e.g. \"8403556009\"")));
    }
    PropertyValue status = news.get(STATUS);
    if (status == null) {
      problems.add(
          new PropertyProblem(
              STATUS,
              "status is required: the status the case should be in, one of "
                  + LifecycleStatus.quotedWireNames()));
    } else if (status instanceof PropertyValue.Text text) {
      if (LifecycleStatus.parseDeclared(text.value())
          instanceof Parsed.Failure<LifecycleStatus> failure) {
        problems.add(
            new PropertyProblem(
                STATUS,
                text.secret()
                    ? "the secret status is not a status that can be declared"
                    : failure.reason()));
      }
    } else if (!(status instanceof PropertyValue.Unknown)) {
      problems.add(
          new PropertyProblem(STATUS, "status must be a string, got " + status.describeType()));
    }
    PropertyValue close = news.get(CLOSE_ON_DELETE);
    if (close != null
        && !(close instanceof PropertyValue.Flag)
        && !(close instanceof PropertyValue.Unknown)) {
      problems.add(
          new PropertyProblem(
              CLOSE_ON_DELETE, "closeOnDelete must be true or false, got " + close.describeType()));
    }
    return problems;
  }

  /** Reads inputs that passed {@link #validate}. */
  static Declared fromChecked(Map<String, PropertyValue> news) {
    PropertyValue caseId = news.get(CASE_ID);
    PropertyValue status = news.get(STATUS);
    PropertyValue close = news.get(CLOSE_ON_DELETE);
    Optional<CaseId> id =
        caseId instanceof PropertyValue.Text text
            ? Optional.of(CaseId.parse(text.value()).orElseThrow())
            : Optional.empty();
    if (id.isEmpty()
        || !(status instanceof PropertyValue.Text statusText)
        || close instanceof PropertyValue.Unknown) {
      return new Declared.PartlyUnknown(id);
    }
    return new Declared.Known(
        new CaseStatusInputs(
            id.get(),
            LifecycleStatus.parse(statusText.value()).orElseThrow(),
            close instanceof PropertyValue.Flag flag && flag.value(),
            caseId.secret(),
            status.secret()));
  }

  /** Property names whose values the engine sent as secrets. */
  static Set<String> secretKeys(Map<String, PropertyValue> values) {
    return Set.copyOf(
        values.entrySet().stream()
            .filter(e -> e.getValue().secret())
            .map(Map.Entry::getKey)
            .toList());
  }
}
