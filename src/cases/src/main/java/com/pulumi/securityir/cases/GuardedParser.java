package com.pulumi.securityir.cases;

import com.pulumi.securityir.core.text.OneLine;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Sits between SnakeYAML's parser and composer and enforces what a cases file may contain before
 * any node is built:
 *
 * <ul>
 *   <li>no aliases: each one is reported at its own position and replaced by an empty scalar, so an
 *       alias bomb ("billion laughs") never expands and every alias of the file is reported;
 *   <li>no tags other than the YAML core ones ({@code !!str}, {@code !!int}, ...): each is reported
 *       at its position and stripped from the event, so the composer never sees it (and nothing
 *       here ever constructs objects from a tag anyway); the checks skip nodes that carried one
 *       ({@link #hadForeignTag}) instead of reporting them twice;
 *   <li>bounded nesting: parsing stops with {@link TooDeep} at the first collection nested deeper
 *       than the limit, before SnakeYAML's own (position-less) limit is reached.
 * </ul>
 *
 * <p>Single use, not thread-safe: one instance per load.
 */
final class GuardedParser implements Parser {

  /** Tags of the YAML core schema; anything else in a cases file is rejected. */
  static final Set<String> CORE_TAGS =
      Set.of(
          Tag.STR.getValue(),
          Tag.INT.getValue(),
          Tag.BOOL.getValue(),
          Tag.FLOAT.getValue(),
          Tag.NULL.getValue(),
          Tag.MAP.getValue(),
          Tag.SEQ.getValue());

  /** Thrown when nesting exceeds the limit; parsing cannot usefully continue. */
  static final class TooDeep extends RuntimeException {
    private final transient Mark mark;

    TooDeep(Mark mark) {
      super(null, null, false, false);
      this.mark = mark;
    }

    Mark mark() {
      return mark;
    }
  }

  private final Parser delegate;
  private final int depthLimit;
  private final Problems problems;
  private Event pending;
  private int depth;
  private int aliases;
  private final Set<Integer> foreignTagged = new HashSet<>();

  GuardedParser(Parser delegate, int depthLimit, Problems problems) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.depthLimit = depthLimit;
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  /** How many aliases were found (and replaced); any alias makes the file invalid. */
  int aliases() {
    return aliases;
  }

  /** True when the node starting at {@code mark} carried a foreign tag, already reported. */
  boolean hadForeignTag(Mark mark) {
    return foreignTagged.contains(mark.getIndex());
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    Event next = peekEvent();
    return next != null && next.is(choice);
  }

  @Override
  public Event peekEvent() {
    if (pending == null) {
      Event next = delegate.getEvent();
      pending = next == null ? null : inspect(next);
    }
    return pending;
  }

  @Override
  public Event getEvent() {
    Event next = peekEvent();
    pending = null;
    return next;
  }

  private Event inspect(Event event) {
    if (event instanceof AliasEvent alias) {
      aliases++;
      problems.add(
          alias.getStartMark(),
          "alias '*"
              + OneLine.input(alias.getAnchor())
              + "' is not allowed in a cases file; write the value out in full instead of"
              + " referring to an anchor");
      return new ScalarEvent(
          null,
          null,
          new ImplicitTuple(true, false),
          "",
          alias.getStartMark(),
          alias.getEndMark(),
          DumperOptions.ScalarStyle.PLAIN);
    }
    if (event instanceof ScalarEvent scalar) {
      if (isForeign(scalar.getTag(), scalar.getStartMark())) {
        return new ScalarEvent(
            scalar.getAnchor(),
            null,
            scalar.getImplicit(),
            scalar.getValue(),
            scalar.getStartMark(),
            scalar.getEndMark(),
            scalar.getScalarStyle());
      }
    } else if (event instanceof CollectionStartEvent start) {
      depth++;
      if (depth > depthLimit) {
        throw new TooDeep(start.getStartMark());
      }
      if (isForeign(start.getTag(), start.getStartMark())) {
        return start instanceof MappingStartEvent
            ? new MappingStartEvent(
                start.getAnchor(),
                null,
                true,
                start.getStartMark(),
                start.getEndMark(),
                start.getFlowStyle())
            : new SequenceStartEvent(
                start.getAnchor(),
                null,
                true,
                start.getStartMark(),
                start.getEndMark(),
                start.getFlowStyle());
      }
    } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
      depth--;
    }
    return event;
  }

  private boolean isForeign(String tag, Mark mark) {
    // null and "!" are the non-specific tags the resolver fills in; they are not written tags.
    if (tag == null || tag.equals("!") || CORE_TAGS.contains(tag)) {
      return false;
    }
    foreignTagged.add(mark.getIndex());
    String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    problems.add(
        mark,
        "YAML tag '"
            + OneLine.input(shown)
            + "' is not allowed in a cases file; remove it (values are plain text, numbers and"
            + " true/false)");
    return true;
  }
}
