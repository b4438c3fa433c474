package com.pulumi.securityir.provider;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.reconcile.AppliedStep;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outputs of one {@code CaseStatus} resource, encoded for the engine. The case title is
 * sensitive in the service's API model, so it is always returned as a secret; {@code caseId} and
 * {@code status} are secret when their inputs were.
 *
 * @param lastTransitions the steps applied by the last operation; empty means none were needed,
 *     absent means they are not known yet (a preview)
 */
record CaseStatusOutputs(
    CaseSnapshot snapshot,
    boolean closeOnDelete,
    Optional<List<AppliedStep>> lastTransitions,
    boolean secretCaseId,
    boolean secretStatus) {

  static final String RESOLVER_TYPE = "resolverType";
  static final String TITLE = "title";
  static final String CASE_ARN = "caseArn";
  static final String LAST_TRANSITIONS = "lastTransitions";

  CaseStatusOutputs {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(lastTransitions, "lastTransitions");
  }

  static CaseStatusOutputs of(
      CaseStatusInputs inputs, CaseSnapshot snapshot, Optional<List<AppliedStep>> transitions) {
    return new CaseStatusOutputs(
        snapshot,
        inputs.closeOnDelete(),
        transitions,
        inputs.secretCaseId(),
        inputs.secretStatus());
  }

  Struct toStruct() {
    Struct.Builder out = Struct.newBuilder();
    out.putFields(
        CaseStatusInputs.CASE_ID,
        maybeSecret(PropertyValue.string(snapshot.caseId().value()), secretCaseId));
    out.putFields(
        CaseStatusInputs.STATUS,
        maybeSecret(PropertyValue.string(snapshot.status().wireName()), secretStatus));
    out.putFields(CaseStatusInputs.CLOSE_ON_DELETE, PropertyValue.bool(closeOnDelete));
    out.putFields(RESOLVER_TYPE, PropertyValue.string(snapshot.resolverType().wireName()));
    out.putFields(TITLE, PropertyValue.secretValue(PropertyValue.string(snapshot.title())));
    out.putFields(CASE_ARN, PropertyValue.string(snapshot.arn()));
    out.putFields(
        LAST_TRANSITIONS,
        lastTransitions.map(CaseStatusOutputs::transitions).orElseGet(PropertyValue::unknownList));
    return out.build();
  }

  /**
   * Same as {@link #toStruct()}, but {@code lastTransitions} copied from an earlier state: a
   * refresh applies no transitions, so the last operation's list stays as it was.
   */
  Struct toStructKeepingTransitions(Struct previous) {
    Struct.Builder out = toStruct().toBuilder();
    Value kept = previous.getFieldsMap().get(LAST_TRANSITIONS);
    out.putFields(LAST_TRANSITIONS, kept != null ? kept : transitions(List.of()));
    return out.build();
  }

  private static Value transitions(List<AppliedStep> steps) {
    ListValue.Builder list = ListValue.newBuilder();
    for (AppliedStep step : steps) {
      list.addValues(
          Value.newBuilder()
              .setStructValue(
                  Struct.newBuilder()
                      .putFields("from", PropertyValue.string(step.transition().from().wireName()))
                      .putFields("to", PropertyValue.string(step.transition().to().wireName()))
                      .putFields(
                          "operation",
                          PropertyValue.string(step.transition().operation().operationName()))
                      .putFields(
                          "time",
                          PropertyValue.string(
                              DateTimeFormatter.ISO_INSTANT.format(step.appliedAt())))));
    }
    return Value.newBuilder().setListValue(list).build();
  }

  private static Value maybeSecret(Value value, boolean secret) {
    return secret ? PropertyValue.secretValue(value) : value;
  }
}
