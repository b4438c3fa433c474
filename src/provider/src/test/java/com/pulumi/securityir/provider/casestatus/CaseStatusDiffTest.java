package com.pulumi.securityir.provider.casestatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.provider.casestatus.CaseStatusDiff.Decision;
import com.pulumi.securityir.provider.casestatus.CaseStatusDiff.Live;
import com.pulumi.securityir.provider.casestatus.CaseStatusDiff.Recorded;
import com.pulumi.securityir.provider.resource.DiffResult;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.OptionalInput;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyValue;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Diff decision as a table: what was recorded, what is declared, what is known of the live
 * case, and the answer: the changes (a {@code caseId} change replaces, per the descriptor), a
 * refusal, or "read the case first". Expectations follow the provider's promises: previews never
 * wait for a read a changed declaration cannot use, drift and refusals show against the live
 * status.
 */
class CaseStatusDiffTest {

  private static final CaseId ID = new CaseId("8403556009");
  private static final CaseId OTHER = new CaseId("8403556010");
  private static final LifecycleStatus DA = LifecycleStatus.DETECTION_AND_ANALYSIS;
  private static final LifecycleStatus CER = LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY;
  private static final LifecycleStatus PIA = LifecycleStatus.POST_INCIDENT_ACTIVITIES;
  private static final LifecycleStatus CLOSED = LifecycleStatus.CLOSED;
  private static final Planner PLANNER = new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED));

  private static Recorded recorded(CaseId id, LifecycleStatus status, boolean closeOnDelete) {
    return new Recorded(Optional.of(id), Optional.of(status), closeOnDelete);
  }

  private static Inputs<CaseStatusInputs> declared(
      CaseId id, LifecycleStatus status, boolean closeOnDelete) {
    return new Inputs.Known<>(new CaseStatusInputs(id, status, closeOnDelete, false, false));
  }

  private static Recording recording(OptionalInput<String> note, OptionalInput<Boolean> comment) {
    return new Recording(note, comment);
  }

  private static final OptionalInput<String> NO_NOTE = OptionalInput.absent();
  private static final OptionalInput<Boolean> UNSET = OptionalInput.absent();

  private static OptionalInput<String> note(String text) {
    return new OptionalInput.Given<>(text, false);
  }

  private static OptionalInput<Boolean> comment(boolean on) {
    return new OptionalInput.Given<>(on, false);
  }

  private static Recorded recorded(LifecycleStatus status, Recording recording) {
    return new Recorded(Optional.of(ID), Optional.of(status), false, recording);
  }

  private static Inputs<CaseStatusInputs> declared(LifecycleStatus status, Recording recording) {
    return new Inputs.Known<>(new CaseStatusInputs(ID, status, false, false, false, recording));
  }

  private static Inputs<CaseStatusInputs> secretlyDeclared(CaseId id, LifecycleStatus status) {
    return new Inputs.Known<>(new CaseStatusInputs(id, status, false, true, false));
  }

  private static Inputs<CaseStatusInputs> partly(Map<String, PropertyValue> given) {
    return new Inputs.Incomplete<>(new PropertyMap(given));
  }

  private static Live live(LifecycleStatus status, ResolverType resolver) {
    return new Live.Read(new CaseSnapshot(ID, status, resolver, "t", "arn"), PLANNER);
  }

  private static Live live(LifecycleStatus status) {
    return live(status, ResolverType.SELF);
  }

  private static final Live UNCONFIGURED = new Live.Unconfigured();
  private static final Live NOT_READ = new Live.NotYetRead();
  private static final PropertyValue UNKNOWN =
      new PropertyValue.Unknown(PropertyValue.UNKNOWN_STRING, false);

  static Stream<Arguments> table() {
    return Stream.of(
        // name, recorded, declared, live, expected
        Arguments.of(
            "unknown id during preview may be another case",
            recorded(ID, DA, false),
            partly(Map.of("caseId", UNKNOWN, "status", PropertyValue.text("Closed"))),
            UNCONFIGURED,
            "replace caseId, update status"),
        Arguments.of(
            "same id, unknown status: an update",
            recorded(ID, DA, false),
            partly(Map.of("caseId", PropertyValue.text(ID.value()), "status", UNKNOWN)),
            NOT_READ,
            "update status"),
        Arguments.of(
            "another known id with an unknown status",
            recorded(ID, DA, false),
            partly(Map.of("caseId", PropertyValue.text(OTHER.value()), "status", UNKNOWN)),
            NOT_READ,
            "replace caseId, update status"),
        Arguments.of(
            "another case id replaces, whatever else changed",
            recorded(ID, DA, false),
            declared(OTHER, CER, true),
            live(DA),
            "replace caseId"),
        Arguments.of(
            "nothing recorded of the case id replaces",
            new Recorded(Optional.empty(), Optional.empty(), false),
            declared(ID, DA, false),
            live(DA),
            "replace caseId"),
        Arguments.of(
            "a changed status is an update without waiting for the read",
            recorded(ID, DA, false),
            declared(ID, CER, false),
            NOT_READ,
            "update status"),
        Arguments.of(
            "a changed status is an update while the configuration is unknown",
            recorded(ID, DA, false),
            declared(ID, CER, false),
            UNCONFIGURED,
            "update status"),
        Arguments.of(
            "unchanged, configuration unknown: nothing to compare",
            recorded(ID, DA, false),
            declared(ID, DA, false),
            UNCONFIGURED,
            "none"),
        Arguments.of(
            "unchanged, not read yet: the live status decides",
            recorded(ID, DA, false),
            declared(ID, DA, false),
            NOT_READ,
            "read the case"),
        Arguments.of(
            "unchanged and live as recorded: no change",
            recorded(ID, DA, false),
            declared(ID, DA, false),
            live(DA),
            "none"),
        Arguments.of(
            "moved in the console: drift is an update back",
            recorded(ID, DA, false),
            declared(ID, DA, false),
            live(PIA),
            "update status"),
        Arguments.of(
            "recorded stale but live already as declared: the record is corrected",
            recorded(ID, CER, false),
            declared(ID, CER, false),
            live(PIA),
            "update status"),
        Arguments.of(
            "a changed status with a known live status and a path",
            recorded(ID, DA, false),
            declared(ID, PIA, false),
            live(DA),
            "update status"),
        Arguments.of(
            "only closeOnDelete changed",
            recorded(ID, DA, false),
            declared(ID, DA, true),
            live(DA),
            "update closeOnDelete"),
        Arguments.of(
            "closeOnDelete and status changed, not read yet",
            recorded(ID, DA, true),
            declared(ID, CER, false),
            NOT_READ,
            "update closeOnDelete, update status"),
        Arguments.of(
            "only the note changed: an update, never a replacement",
            recorded(DA, recording(note("why"), UNSET)),
            declared(DA, recording(note("why, better said"), UNSET)),
            live(DA),
            "update note"),
        Arguments.of(
            "a note added",
            recorded(DA, Recording.DEFAULT),
            declared(DA, recording(note("why"), UNSET)),
            live(DA),
            "update note"),
        Arguments.of(
            "a note removed",
            recorded(DA, recording(note("why"), UNSET)),
            declared(DA, Recording.DEFAULT),
            live(DA),
            "update note"),
        Arguments.of(
            "the same note made secret is no change",
            recorded(DA, recording(note("why"), UNSET)),
            declared(DA, recording(new OptionalInput.Given<>("why", true), UNSET)),
            live(DA),
            "none"),
        Arguments.of(
            "an unknown note, not read yet: the live status decides",
            recorded(DA, recording(note("why"), UNSET)),
            declared(DA, recording(new OptionalInput.Unknown<>(false), UNSET)),
            NOT_READ,
            "read the case"),
        Arguments.of(
            "an unknown note, the case read",
            recorded(DA, recording(note("why"), UNSET)),
            declared(DA, recording(new OptionalInput.Unknown<>(false), UNSET)),
            live(DA),
            "update note"),
        Arguments.of(
            "comment turned off",
            recorded(DA, Recording.DEFAULT),
            declared(DA, recording(NO_NOTE, comment(false))),
            live(DA),
            "update comment"),
        Arguments.of(
            "comment: true where it was unset is no change",
            recorded(DA, Recording.DEFAULT),
            declared(DA, recording(NO_NOTE, comment(true))),
            live(DA),
            "none"),
        Arguments.of(
            "note, comment and status changed, not read yet",
            recorded(DA, recording(note("why"), comment(false))),
            declared(CER, recording(note("because"), UNSET)),
            NOT_READ,
            "update note, update comment, update status"),
        Arguments.of(
            "a note change with drift updates both",
            recorded(DA, Recording.DEFAULT),
            declared(DA, recording(note("why"), UNSET)),
            live(PIA),
            "update note, update status"),
        Arguments.of(
            "another case id replaces, whatever the note",
            recorded(DA, Recording.DEFAULT),
            new Inputs.Known<>(
                new CaseStatusInputs(
                    OTHER, DA, false, false, false, recording(note("why"), UNSET))),
            live(DA),
            "replace caseId"),
        Arguments.of(
            "unknown status with a changed note",
            recorded(DA, recording(note("why"), UNSET)),
            partly(
                Map.of(
                    "caseId",
                    PropertyValue.text(ID.value()),
                    "status",
                    UNKNOWN,
                    "note",
                    PropertyValue.text("because"))),
            NOT_READ,
            "update status, update note"),
        Arguments.of(
            "a closed case cannot be reopened",
            recorded(ID, CLOSED, false),
            declared(ID, DA, false),
            live(CLOSED),
            "refused: case 8403556009: cannot move case from 'Closed' to 'Detection and"
                + " Analysis': the case is Closed, and closed cases cannot be reopened"),
        Arguments.of(
            "closed in the console under an unchanged declaration",
            recorded(ID, DA, false),
            declared(ID, DA, false),
            live(CLOSED),
            "refused: case 8403556009: cannot move case from 'Closed'"),
        Arguments.of(
            "an AWS-supported case can only be closed",
            recorded(ID, LifecycleStatus.ACKNOWLEDGED, false),
            declared(ID, CER, false),
            live(LifecycleStatus.ACKNOWLEDGED, ResolverType.AWS),
            "refused: case 8403556009: cannot move case from 'Acknowledged' to 'Containment,"
                + " Eradication and Recovery': this is an AWS-supported case"),
        Arguments.of(
            "a refusal never names a secret case id",
            recorded(ID, CLOSED, false),
            secretlyDeclared(ID, DA),
            live(CLOSED),
            "refused: case [secret id]: cannot move case from 'Closed'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(
      String name, Recorded old, Inputs<CaseStatusInputs> news, Live live, String expected) {
    String answer = describe(CaseStatusDiff.decide(old, news, live));
    if (expected.startsWith("refused: ")) {
      assertTrue(answer.startsWith(expected), () -> name + ": " + answer);
    } else {
      assertEquals(expected, answer, name);
    }
  }

  private static String describe(Decision decision) {
    if (decision instanceof Decision.NeedsRead) {
      return "read the case";
    }
    if (decision instanceof Decision.Refused refused) {
      return "refused: " + refused.message();
    }
    DiffResult diff = ((Decision.Changes) decision).diff();
    if (!diff.changed()) {
      return "none";
    }
    return diff.changes().stream()
        .map(c -> (c.replaces() ? "replace " : "update ") + c.property())
        .collect(Collectors.joining(", "));
  }
}
