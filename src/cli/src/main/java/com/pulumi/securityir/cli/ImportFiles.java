package com.pulumi.securityir.cli;

import com.pulumi.securityir.core.text.OneLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The files {@code securityir import} writes, all or none. Each file is written to a temporary file
 * beside it and then moved into place, so a reader never sees half a file. An existing file is
 * replaced only with {@code --force}: {@link #problems} refuses it up front, and the move checks
 * again. Stateless.
 */
final class ImportFiles {

  private ImportFiles() {}

  /**
   * One file to write.
   *
   * @param option the option that named it, for messages, e.g. {@code --out}
   * @param path the path as the user gave it
   */
  record Target(String option, Path path) {
    Target {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(path, "path");
    }

    String describe() {
      return option + " '" + OneLine.input(path.toString(), 200) + "'";
    }
  }

  /** A target and its content. */
  record Content(Target target, String text) {}

  /** Why the targets cannot be written, one line each naming the option; empty when they can. */
  static List<String> problems(List<Target> targets, boolean force) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      Path path = target.path();
      for (Target earlier : targets.subList(0, i)) {
        if (path.toAbsolutePath().normalize().equals(earlier.path().toAbsolutePath().normalize())) {
          problems.add(
              target.describe() + ": the same file as " + earlier.option() + "; name another file");
        }
      }
      Path parent = path.toAbsolutePath().getParent();
      if (Files.isDirectory(path)) {
        problems.add(target.describe() + ": is a directory; name a file to write in it");
      } else if (parent == null || !Files.isDirectory(parent)) {
        problems.add(
            target.describe()
                + ": the directory "
                + parent
                + " does not exist; create it, or name a file in an existing directory");
      } else if (Files.exists(path) && !force) {
        problems.add(
            target.describe()
                + ": the file exists; pass --force to overwrite it, or name a new file");
      }
    }
    return problems;
  }

  /**
   * Writes every file or none: a file written before a later one fails is removed again, unless it
   * replaced an existing file (with {@code force}), which cannot be restored and is then named.
   *
   * @return empty when every file was written, else one line saying what went wrong and what was
   *     left
   */
  static Optional<String> write(List<Content> files, boolean force) {
    List<Path> temporaries = new ArrayList<>();
    try {
      for (Content file : files) {
        temporaries.add(temporary(file));
      }
    } catch (IOException e) {
      temporaries.forEach(ImportFiles::deleteQuietly);
      return Optional.of("cannot write the files: " + cause(e) + "; nothing was written");
    }
    List<Content> created = new ArrayList<>();
    List<Content> replaced = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Content file = files.get(i);
      Path target = file.target().path();
      boolean existed = Files.exists(target);
      try {
        if (force) {
          Files.move(
              temporaries.get(i),
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } else {
          // Without REPLACE_EXISTING the move refuses a file that appeared since the check.
          Files.move(temporaries.get(i), target);
        }
      } catch (IOException e) {
        temporaries.subList(i, temporaries.size()).forEach(ImportFiles::deleteQuietly);
        return Optional.of(
            file.target().describe()
                + ": "
                + (e instanceof FileAlreadyExistsException
                    ? "the file appeared while importing; pass --force to overwrite it"
                    : "cannot write it: " + cause(e))
                + "; "
                + undo(created, replaced));
      }
      (existed ? replaced : created).add(file);
    }
    return Optional.empty();
  }

  /** Removes the files this write created; the ones it replaced cannot be restored. */
  private static String undo(List<Content> created, List<Content> replaced) {
    created.forEach(c -> deleteQuietly(c.target().path()));
    if (replaced.isEmpty()) {
      return "nothing was written";
    }
    return "only "
        + String.join(" and ", replaced.stream().map(c -> c.target().describe()).toList())
        + " was written, replacing the file there";
  }

  private static Path temporary(Content file) throws IOException {
    Path target = file.target().path().toAbsolutePath();
    Path temporary =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    Files.writeString(
        temporary, file.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    return temporary;
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Best effort: what is left is a temporary file, named so that it is plainly one.
    }
  }

  private static String cause(IOException e) {
    return e.getClass().getSimpleName() + ": " + OneLine.message(e.getMessage());
  }
}
