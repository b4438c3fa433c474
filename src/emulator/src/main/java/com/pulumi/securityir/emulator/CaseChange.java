package com.pulumi.securityir.emulator;

import java.util.List;
import java.util.Map;

/** A change requested of one existing case; {@link CaseRules#apply} decides its outcome. */
sealed interface CaseChange {

  /** The operation that asks for it, as named in messages and the audit trail. */
  String operation();

  /** UpdateCaseStatus. */
  record UpdateStatus(CaseState target) implements CaseChange {
    @Override
    public String operation() {
      return "UpdateCaseStatus";
    }
  }

  /** CloseCase. */
  record Close() implements CaseChange {
    @Override
    public String operation() {
      return "CloseCase";
    }
  }

  /** UpdateResolverType. */
  record ChangeResolver(Resolver target) implements CaseChange {
    @Override
    public String operation() {
      return "UpdateResolverType";
    }
  }

  /** UpdateCase. */
  record UpdateDetails(DetailsPatch patch) implements CaseChange {
    @Override
    public String operation() {
      return "UpdateCase";
    }
  }

  /**
   * CreateCaseComment; {@code clientToken} may be {@code null}. The body is sensitive and kept out
   * of {@link #toString()}.
   */
  record AddComment(String clientToken, String body) implements CaseChange {
    @Override
    public String operation() {
      return "CreateCaseComment";
    }

    @Override
    public String toString() {
      return "AddComment[clientToken=" + clientToken + ", body=<sensitive>]";
    }
  }

  /** UpdateCaseComment: the comment's new body, sensitive and kept out of {@link #toString()}. */
  record EditComment(String commentId, String body) implements CaseChange {
    @Override
    public String operation() {
      return "UpdateCaseComment";
    }

    @Override
    public String toString() {
      return "EditComment[commentId=" + commentId + ", body=<sensitive>]";
    }
  }

  /** TagResource: adds or replaces these tags. */
  record Tag(Map<String, String> tags) implements CaseChange {
    public Tag {
      tags = Copies.map(tags);
    }

    @Override
    public String operation() {
      return "TagResource";
    }
  }

  /** UntagResource: removes these keys (absent ones are ignored). */
  record Untag(List<String> keys) implements CaseChange {
    public Untag {
      keys = List.copyOf(keys);
    }

    @Override
    public String operation() {
      return "UntagResource";
    }
  }

  /**
   * A move made through the control plane, as AWS responders would make it: any status, recorded as
   * an UpdateCaseStatus edit.
   */
  record ResponderMove(CaseState target) implements CaseChange {
    @Override
    public String operation() {
      return "UpdateCaseStatus";
    }
  }
}
