package com.pulumi.securityir.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle and the semantics of each change, as documented in {@code docs/emulator.md}: a pure
 * function of the case, the requested change, the transition table and the stamp. No I/O, no lock,
 * no clock; the store calls it inside its atomic read-modify-write.
 */
final class CaseRules {

  /** The model's CommentId is six digits. */
  static final int MAX_COMMENTS = 999_999;

  private CaseRules() {}

  /** A case created by CreateCase: it starts {@code Submitted}. */
  static CaseRecord created(
      String caseId,
      String caseArn,
      CaseDetails details,
      Resolver resolverType,
      Map<String, String> tags,
      Stamp at) {
    CaseState status = CaseState.SUBMITTED;
    return CaseRecord.first(
        caseId,
        caseArn,
        details,
        status,
        resolverType,
        tags,
        null,
        new CaseEdit(
            at.atMillis(),
            at.principal(),
            "CreateCase",
            "Case created with status "
                + status.wire()
                + " and resolver type "
                + resolverType.wire()));
  }

  /** A case seeded in any status, bypassing the lifecycle; {@code seed} has been validated. */
  static CaseRecord seeded(String caseId, String caseArn, SeedCase seed, Stamp at) {
    CaseDetails details =
        new CaseDetails(
            seed.title(),
            seed.description() != null ? seed.description() : "Seeded by the emulator",
            seed.engagementType() != null ? seed.engagementType() : "Security Incident",
            at.atMillis(),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return CaseRecord.first(
        caseId,
        caseArn,
        details,
        seed.status(),
        seed.resolverType(),
        Map.of(),
        seed.status() == CaseState.CLOSED ? at.atMillis() : null,
        new CaseEdit(
            at.atMillis(),
            at.principal(),
            "CreateCase",
            "Case seeded with status "
                + seed.status().wire()
                + " and resolver type "
                + seed.resolverType().wire()));
  }

  /**
   * Applies {@code change} to {@code current}: the new state, or why it is refused. Closed is
   * terminal: only tag changes apply to a closed case.
   */
  static Outcome apply(CaseRecord current, CaseChange change, TransitionRules table, Stamp at) {
    if (change instanceof CaseChange.Tag t) {
      return Tags.merged(current.tags(), t.tags())
          .<Outcome>map(tags -> new Outcome.Applied(current.withTags(tags)))
          .orElseGet(() -> new Outcome.Rejected(Tags.tooMany(Rejection.CASE, current.caseId())));
    }
    if (change instanceof CaseChange.Untag u) {
      return new Outcome.Applied(current.withTags(Tags.without(current.tags(), u.keys())));
    }
    if (current.status() == CaseState.CLOSED) {
      return conflict(
          current,
          change instanceof CaseChange.ResponderMove
              ? "is Closed; closed cases cannot be reopened"
              : "is Closed; closed cases cannot be reopened or changed ("
                  + change.operation()
                  + " rejected)");
    }
    if (change instanceof CaseChange.UpdateStatus s) {
      return updateStatus(current, s.target(), table, at);
    }
    if (change instanceof CaseChange.Close c) {
      return new Outcome.Applied(statusChanged(current, CaseState.CLOSED, c, at));
    }
    if (change instanceof CaseChange.ChangeResolver r) {
      return changeResolver(current, r, at);
    }
    if (change instanceof CaseChange.UpdateDetails u) {
      return updateDetails(current, u, at);
    }
    if (change instanceof CaseChange.AddComment c) {
      return addComment(current, c, at);
    }
    if (change instanceof CaseChange.EditComment e) {
      return editComment(current, e, at);
    }
    if (change instanceof CaseChange.ResponderMove m) {
      if (current.status() == m.target()) {
        return conflict(current, "is already '" + m.target().wire() + "'");
      }
      return new Outcome.Applied(statusChanged(current, m.target(), m, at));
    }
    throw new IllegalArgumentException("No rule for " + change);
  }

  private static Outcome updateStatus(
      CaseRecord c, CaseState target, TransitionRules table, Stamp at) {
    if (c.resolverType() == Resolver.AWS) {
      return conflict(
          c,
          "is AWS-supported: its status is set by AWS Security Incident Response responders."
              + " Use CloseCase to close it.");
    }
    if (c.status() == target) {
      return conflict(
          c,
          "is already in status '" + target.wire() + "'; UpdateCaseStatus must change the status");
    }
    if (!table.allows(c.status(), target)) {
      List<String> allowed = new ArrayList<>();
      for (CaseState s : CaseState.values()) {
        if (table.allows(c.status(), s)) {
          allowed.add(s.wire());
        }
      }
      return conflict(
          c,
          "cannot move from '"
              + c.status().wire()
              + "' to '"
              + target.wire()
              + "'; allowed next statuses: "
              + allowed
              + " (use CloseCase to close)");
    }
    return new Outcome.Applied(statusChanged(c, target, new CaseChange.UpdateStatus(target), at));
  }

  private static CaseRecord statusChanged(
      CaseRecord c, CaseState target, CaseChange change, Stamp at) {
    boolean closing = target == CaseState.CLOSED;
    String message =
        closing
            ? "Case closed from status " + c.status().wire()
            : "Case status changed from " + c.status().wire() + " to " + target.wire();
    return c.withStatus(
        target,
        closing ? Long.valueOf(at.atMillis()) : c.closedDate(),
        new CaseEdit(at.atMillis(), at.principal(), change.operation(), message));
  }

  private static Outcome changeResolver(CaseRecord c, CaseChange.ChangeResolver r, Stamp at) {
    if (c.resolverType() == Resolver.AWS && r.target() == Resolver.SELF) {
      return conflict(
          c,
          "is AWS-supported; changing the resolver type is one-way (Self to AWS) and cannot be"
              + " reversed");
    }
    if (c.resolverType() == r.target()) {
      return conflict(c, "already has resolver type '" + r.target().wire() + "'");
    }
    return new Outcome.Applied(
        c.withResolver(
            r.target(),
            new CaseEdit(
                at.atMillis(),
                at.principal(),
                r.operation(),
                "Resolver type changed from "
                    + c.resolverType().wire()
                    + " to "
                    + r.target().wire())));
  }

  private static Outcome updateDetails(CaseRecord c, CaseChange.UpdateDetails u, Stamp at) {
    List<String> given = u.patch().givenMembers();
    return new Outcome.Applied(
        c.withDetails(
            u.patch().applyTo(c.details()),
            new CaseEdit(
                at.atMillis(),
                at.principal(),
                u.operation(),
                "Case details updated: "
                    + (given.isEmpty() ? "no members" : String.join(", ", given)))));
  }

  private static Outcome addComment(CaseRecord c, CaseChange.AddComment add, Stamp at) {
    String replayed = add.clientToken() == null ? null : c.commentTokens().get(add.clientToken());
    if (replayed != null) {
      return new Outcome.Applied(c, Optional.of(replayed));
    }
    if (c.comments().size() >= MAX_COMMENTS) {
      return new Outcome.Rejected(
          Rejection.ofCase(
              Rejection.Kind.QUOTA_EXCEEDED,
              c.caseId(),
              "Case " + c.caseId() + " has the maximum number of comments"));
    }
    String id = String.format("%06d", c.comments().size() + 1);
    return new Outcome.Applied(
        c.withComment(StoredComment.created(id, at, add.body()), add.clientToken()),
        Optional.of(id));
  }

  /**
   * Replaces a comment's body. The same body again changes nothing (UpdateCaseComment is
   * idempotent: a replay after a lost answer must not stamp a second update).
   */
  private static Outcome editComment(CaseRecord c, CaseChange.EditComment edit, Stamp at) {
    Optional<StoredComment> comment =
        c.comments().stream().filter(m -> m.commentId().equals(edit.commentId())).findFirst();
    if (comment.isEmpty()) {
      return new Outcome.Rejected(
          Rejection.notFound(
              "Comment " + edit.commentId() + " was not found in case " + c.caseId()));
    }
    if (comment.get().body().equals(edit.body())) {
      return new Outcome.Applied(c, Optional.of(edit.commentId()));
    }
    return new Outcome.Applied(
        c.withCommentEdited(comment.get().edited(edit.body(), at)), Optional.of(edit.commentId()));
  }

  private static Outcome conflict(CaseRecord c, String problem) {
    return new Outcome.Rejected(
        Rejection.conflict(c.caseId(), "Case " + c.caseId() + " " + problem));
  }
}
