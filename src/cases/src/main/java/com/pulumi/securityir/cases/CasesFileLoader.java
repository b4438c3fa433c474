package com.pulumi.securityir.cases;

import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.core.text.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads a {@code cases.yaml} file:
 *
 * <pre>
 * cases:
 *   phishing-2026-11:                 # resource name, unique
 *     caseId: "8403556009"
 *     status: Containment, Eradication and Recovery
 *     closeOnDelete: true             # optional, default false
 * </pre>
 *
 * <p>Safety: the YAML is only composed into a node tree (SnakeYAML's {@link Composer}); no Java
 * object is ever constructed from it, whatever tags it carries. Before parsing, the size is checked
 * ({@value #MAX_BYTES} bytes at most); during parsing, aliases and foreign tags are rejected and
 * nesting is bounded ({@value #MAX_DEPTH} levels), so a hostile file costs time and memory
 * proportional to its bounded size only.
 *
 * <p>Every problem of a file is reported, each with file, 1-based line and column, the offending
 * key or value, and the fix; a YAML syntax error ends parsing and is reported at its position.
 * Never throws for bad input. Stateless and thread-safe; a load reads the file once and keeps no
 * handle open.
 */
public final class CasesFileLoader {

  /** The largest cases file accepted: ample for thousands of cases, small enough to bound work. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** A valid file nests three levels (cases, entry, settings); this leaves room for mistakes. */
  public static final int MAX_DEPTH = 10;

  private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /**
   * True for names usable as a Pulumi resource name in a URN and a shell: 1 to 100 characters,
   * letters, digits, '-', '_' and '.', starting with a letter or digit.
   */
  public static boolean isValidResourceName(String name) {
    return name != null && RESOURCE_NAME.matcher(name).matches();
  }

  /**
   * Loads the file at {@code file}. The path is reported as given, so pass it the way the user
   * named it (e.g. relative to the working directory).
   */
  public CasesFileLoad load(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return wholeFile(file, "is a directory, not a cases file; name the YAML file itself");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return tooLarge(file, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        // Read one byte past the limit: the file may have grown since it was measured.
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      return wholeFile(
          file, "file not found; create it (see the sample cases.yaml) or name an existing file");
    } catch (IOException e) {
      return wholeFile(
          file,
          "cannot read the file ("
              + e.getClass().getSimpleName()
              + "); check that it exists and is readable");
    }
    if (bytes.length > MAX_BYTES) {
      return tooLarge(file, bytes.length);
    }
    String sha256 = Sha256.hex(bytes);
    return decode(bytes)
        .map(text -> load(text, file, sha256))
        .orElseGet(() -> notUtf8(file, bytes));
  }

  /**
   * Loads cases from text, as if read from a file called {@code displayName} (used in every
   * problem). For tests and for callers that already hold the content.
   */
  public CasesFileLoad load(String content, Path displayName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(displayName, "displayName");
    return load(content, displayName, Sha256.hex(content));
  }

  private CasesFileLoad load(String content, Path displayName, String sha256) {
    if (content.length() > MAX_BYTES) {
      return tooLarge(displayName, content.length());
    }
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    Problems problems = new Problems(displayName);
    Node root;
    GuardedParser parser =
        new GuardedParser(
            new ParserImpl(new StreamReader(new StringReader(text)), options()),
            MAX_DEPTH,
            problems);
    try {
      root = new Composer(parser, new Resolver(), options()).getSingleNode();
    } catch (GuardedParser.TooDeep e) {
      problems.add(
          e.mark(),
          "nesting deeper than "
              + MAX_DEPTH
              + " levels; a cases file needs three (cases, case name, settings): check the"
              + " indentation");
      return new CasesFileLoad.Invalid(problems.list());
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(mark, syntaxMessage(e));
      return new CasesFileLoad.Invalid(problems.list());
    } catch (YAMLException e) {
      // Only SnakeYAML's own limits end up here, and the checks above come first.
      problems.add(1, 1, "the file cannot be read as YAML: " + OneLine.input(e.getMessage()));
      return new CasesFileLoad.Invalid(problems.list());
    }
    if (parser.aliases() > 0) {
      // The aliases were replaced by empty values; checking the rest would report noise.
      return new CasesFileLoad.Invalid(problems.list());
    }
    List<CaseDeclaration> cases = new DocumentChecks(new YamlNodes(problems, parser)).file(root);
    return problems.isEmpty()
        ? new CasesFileLoad.Loaded(new CasesFile(displayName, cases), sha256)
        : new CasesFileLoad.Invalid(problems.list());
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    // Second lines of defence; GuardedParser rejects aliases and deep nesting first.
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH + 5);
    options.setCodePointLimit(MAX_BYTES);
    options.setProcessComments(false);
    options.setTagInspector(tag -> false);
    return options;
  }

  private static String syntaxMessage(MarkedYAMLException e) {
    StringBuilder message = new StringBuilder("invalid YAML: ");
    message.append(e.getProblem() != null ? e.getProblem() : "syntax error");
    if (e.getContext() != null) {
      message.append(" (").append(e.getContext());
      if (e.getContextMark() != null
          && e.getProblemMark() != null
          && e.getContextMark().getLine() != e.getProblemMark().getLine()) {
        message.append(" started at line ").append(e.getContextMark().getLine() + 1);
      }
      message.append(")");
    }
    message.append(
        "; check the indentation (spaces, not tabs) and quote values that contain ': ' or ' #'");
    return message.toString();
  }

  private static CasesFileLoad wholeFile(Path file, String message) {
    return new CasesFileLoad.Invalid(List.of(new LoadProblem(file, 0, 0, message)));
  }

  private static CasesFileLoad tooLarge(Path file, long size) {
    return new CasesFileLoad.Invalid(
        List.of(
            new LoadProblem(
                file,
                1,
                1,
                "the file is too large ("
                    + size
                    + " bytes; at most "
                    + MAX_BYTES
                    + "); a cases file lists one short entry per case: remove entries of"
                    + " closed cases or split the cases over several stacks")));
  }

  /** Strict UTF-8: malformed input is reported, never replaced. */
  private static Optional<String> decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    if (result.isError()) {
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    return Optional.of(out.toString());
  }

  private static CasesFileLoad notUtf8(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    decoder.decode(in, out, true);
    out.flip();
    // The decoder stopped at the first malformed byte: everything before it is valid text.
    int line = 1;
    int column = 1;
    while (out.hasRemaining()) {
      char c = out.get();
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new CasesFileLoad.Invalid(
        List.of(
            new LoadProblem(
                file, line, column, "the file is not valid UTF-8 text; save it as UTF-8")));
  }
}
