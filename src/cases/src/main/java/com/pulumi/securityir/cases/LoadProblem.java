package com.pulumi.securityir.cases;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem of a cases file, at a position a person can jump to.
 *
 * @param file the file as the user named it (for loads from text: the display name)
 * @param line 1-based line; 0 when the problem concerns the file as a whole (e.g. it cannot be
 *     read), in which case {@link #format()} omits the position
 * @param column 1-based column; 0 together with {@code line == 0}
 * @param message what is wrong, quoting the offending key or value, and how to fix it; never
 *     contains a line break
 */
public record LoadProblem(Path file, int line, int column, String message) {

  public LoadProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
      throw new IllegalArgumentException("invalid position " + line + ":" + column);
    }
  }

  /** The problem as compilers print them: {@code cases.yaml:7:13: status: unknown status ...}. */
  public String format() {
    return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
