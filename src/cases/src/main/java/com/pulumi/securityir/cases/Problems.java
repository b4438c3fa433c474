package com.pulumi.securityir.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/**
 * Collects the problems of one load, bounded so that a hostile file cannot make the report itself
 * huge: after {@link #MAX_REPORTED} problems the rest are only counted. Single use, not
 * thread-safe.
 */
final class Problems {

  static final int MAX_REPORTED = 50;

  private final Path file;
  private final List<LoadProblem> reported = new ArrayList<>();
  private int omitted;

  Problems(Path file) {
    this.file = file;
  }

  void add(Mark mark, String message) {
    add(mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, message);
  }

  void add(int line, int column, String message) {
    if (reported.size() < MAX_REPORTED) {
      reported.add(new LoadProblem(file, line, column, message.replaceAll("[\\r\\n]+", " ")));
    } else {
      omitted++;
    }
  }

  boolean isEmpty() {
    return reported.isEmpty();
  }

  /** The problems sorted by position, plus one summary line if some were left out. */
  List<LoadProblem> list() {
    List<LoadProblem> sorted = new ArrayList<>(reported);
    sorted.sort(Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column));
    if (omitted > 0) {
      LoadProblem last = sorted.get(sorted.size() - 1);
      sorted.add(
          new LoadProblem(
              file,
              last.line(),
              last.column(),
              omitted + " more problem(s) not shown; fix the ones above and load the file again"));
    }
    return sorted;
  }
}
